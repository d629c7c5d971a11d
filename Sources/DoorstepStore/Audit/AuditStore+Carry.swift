import DoorstepCore
import Foundation
import SQLKit

/// A street's own audit chain carried into this database's (`doorstep migrate-to`). The rows join this chain, so
/// `audit verify` and the audit pages see them as any others; `carried_audit_rows` keeps the place and links each
/// had, so the old chain, and the anchors kept of it, can still be checked with the old key file.
extension AuditStore {
    /// Appends `page` (the carried chain's rows, in order) to this chain inside the caller's transaction, keyed with
    /// `keys`; the head row is locked for the rest of the transaction.
    static func appendCarried(
        _ page: [AuditEntry], carryID: String, keys: KeyRing, in sql: any SQLDatabase, engine: Engine
    ) async throws {
        guard !page.isEmpty else { return }
        let head = try await lockedHead(in: sql, engine: engine)
        var sequence = head.sequence
        var previous = head.hash
        var rows: [[CarriedValue]] = []
        var places: [[CarriedValue]] = []
        for entry in page {
            sequence += 1
            let placed = try AuditChain.carried(entry, sequence: sequence, previousHash: previous, keys: keys)
            previous = placed.hash
            rows.append(placed.carriedRow)
            places.append([.integer(sequence), .text(carryID), .integer(entry.sequence), .text(entry.previousHash), .text(entry.hash)])
        }
        try await CarriedValue.insert(into: "audit_log", columns: CarriedTables.audit.columns, rows: rows, in: sql)
        try await CarriedValue.insert(
            into: "carried_audit_rows", columns: ["seq", "carry_id", "source_seq", "source_prev_hash", "source_hash"],
            rows: places, in: sql)
        try await moveHead(to: AuditAnchor(sequence: sequence, hash: previous), in: sql)
    }

    /// Checks a carried chain as it stood in its own database: each carried row put back at its old place with its
    /// old links, checked under the old key file's ring, up to the head it had when it was carried (and `anchor`,
    /// kept of the old chain, when given).
    public func verifyCarried(_ carryID: String, sourceKeys: KeyRing, anchor: AuditAnchor? = nil) async throws -> AuditVerification {
        let event = try await database.read { sql in
            try await sql.raw(
                """
                SELECT detail FROM audit_log WHERE action = \(bind: AuditAction.databaseCarriedIn.rawValue)
                AND subject = \(bind: "carried:\(carryID)")
                """
            ).first()?.string("detail")
        }
        guard let event, let detail = try? JSONDecoder().decode([String: String].self, from: Data(event.utf8)) else {
            throw StoreError.notFound
        }
        // A street whose chain was empty carried no rows and had no head.
        let head = detail["sourceHead"].flatMap(AuditAnchor.init) ?? AuditAnchor(sequence: 0, hash: AuditChain.genesis)
        var verifier = AuditChainVerifier(keys: sourceKeys, anchor: anchor)
        var after = 0
        while true {
            let cursor = after
            let page = try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT a.*, c.source_seq, c.source_prev_hash, c.source_hash
                    FROM carried_audit_rows c JOIN audit_log a ON a.seq = c.seq
                    WHERE c.carry_id = \(bind: carryID) AND c.source_seq > \(bind: cursor) ORDER BY c.source_seq LIMIT 1000
                    """
                ).all().map { row in
                    var entry = try Self.entry(row)
                    entry.sequence = try row.int("source_seq")
                    entry.previousHash = try row.string("source_prev_hash")
                    entry.hash = try row.string("source_hash")
                    return entry
                }
            }
            for entry in page where !verifier.check(entry) { break }
            if verifier.finding != nil || page.count < 1000 { break }
            after = page[page.count - 1].sequence
        }
        let result = verifier.result(headSequence: head.sequence, headHash: head.hash)
        // Rows past the old head were never in the old chain.
        if case .intact(let rows) = result, rows > head.sequence { return .changed(sequence: head.sequence + 1) }
        return result
    }
}
