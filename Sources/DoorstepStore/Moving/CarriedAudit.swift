import DoorstepCore

extension CarriedTables {
    /// The source's chain, read in its order; its rows join the target's chain one by one (`AuditStore.appendCarried`).
    static let audit = CarriedTable(
        name: "audit_log",
        columns: ["seq", "at", "actor_id", "actor_name", "action", "subject", "territory_code", "detail", "reason", "client_address",
            "prev_hash", "hash"],
        kinds: [.integer] + Array(repeating: .text, count: 11), selfReferences: [], only: nil, order: "seq")
}

/// An audit row as `CarriedTables.audit` reads and writes it.
extension AuditEntry {
    init(carried row: [CarriedValue]) throws {
        guard row.count == 12, case .integer(let sequence?) = row[0] else { throw StoreError.notFound }
        let text = row.map { $0.text }
        self.init(
            sequence: sequence, recordedAt: text[1] ?? "", actorID: text[2], actorName: text[3] ?? "", actionName: text[4] ?? "",
            subject: text[5] ?? "", territoryCode: text[6], detail: text[7] ?? "", reason: text[8], clientAddress: text[9],
            previousHash: text[10] ?? "", hash: text[11] ?? "")
    }

    var carriedRow: [CarriedValue] {
        [
            .integer(sequence), .text(recordedAt), .text(actorID), .text(actorName), .text(actionName), .text(subject),
            .text(territoryCode), .text(detail), .text(reason), .text(clientAddress), .text(previousHash), .text(hash),
        ]
    }
}
