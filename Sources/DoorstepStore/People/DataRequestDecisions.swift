import DoorstepCore
import Foundation
import SQLKit

/// Staff's side of residents' requests: the requests inside their scope, and the decision on each. Carrying out
/// a request and recording the decision happen in one transaction.
extension ResidentStore {
    public func dataRequests(for principal: Principal, status: DataRequestStatus? = .open, limit: Int = 200) async throws
        -> [DataRequest]
    {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition(street: "q.street_code", community: "q.community_code", grid: "q.grid_code")
        let state: SQLQueryString = status.map { "AND q.status = \(bind: $0.rawValue)" } ?? ""
        return try await database.read { sql in
            try await sql.raw(
                "\(unsafeRaw: Self.requestQuery) WHERE \(scope) \(state) ORDER BY q.created_at, q.id LIMIT \(bind: limit)"
            ).all().map { try Self.dataRequest($0).shown(to: principal.role) }
        }
    }

    /// How many requests inside the caller's scope wait for a decision.
    public func openRequestCount(for principal: Principal) async throws -> Int {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        return try await database.read { sql in
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM data_requests WHERE \(scope) AND status = \(bind: DataRequestStatus.open.rawValue)"
            ).first()?.int("n") ?? 0
        }
    }

    /// Carries out an open request (the correction applied from the value the resident gave, or the record
    /// anonymised) or refuses it; a refusal needs a reason, which the resident sees. A correction of `other` is
    /// made by hand first and then marked done here.
    public func decide(
        request id: String, carryOut: Bool, note: String, by principal: Principal, clientAddress: String? = nil
    ) async throws -> DataRequest {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        var validator = Validator()
        if !carryOut { validator.text("note", note, maximum: 500) } else if note.count > 500 {
            validator.check("note", .tooLong(maximum: 500))
        }
        try validator.throwIfAny()
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        let keys = self.keys
        return try await database.write { sql in
            guard
                let row = try await sql.raw(
                    "SELECT * FROM data_requests WHERE id = \(bind: id) AND \(scope)"
                ).first()
            else { throw StoreError.notFound }
            guard try row.string("status") == DataRequestStatus.open.rawValue else {
                throw ValidationFailure([FieldError("status", .alreadyExists)])
            }
            let residentID = try row.string("resident_id")
            let kind = DataRequestKind(rawValue: try row.string("kind")) ?? .correction
            if carryOut {
                switch kind {
                case .deletion:
                    try await anonymise(residentID, at: Timestamp.format(now), in: sql)
                    try await AuditStore.append(
                        AuditEvent(
                            by: principal, .residentAnonymised, subject: "resident:\(residentID)",
                            territoryCode: try row.string("grid_code"), detail: ["request": id], clientAddress: clientAddress),
                        at: now, in: sql, engine: engine)
                case .correction:
                    if let field = try row.optionalString("field").flatMap(CorrectableField.init(rawValue:)), field != .other {
                        let value =
                            try row.optionalString("proposed_sealed").map {
                                try keys.open($0, context: SealedColumn.proposedValue.context)
                            } ?? (try row.optionalString("proposed_shown") ?? "")
                        try await applyCorrection(residentID, changes: [field: value], by: principal, in: sql)
                        try await AuditStore.append(
                            AuditEvent(
                                by: principal, .residentCorrected, subject: "resident:\(residentID)",
                                territoryCode: try row.string("grid_code"), detail: ["fields": field.rawValue, "request": id],
                                clientAddress: clientAddress),
                            at: now, in: sql, engine: engine)
                    }
                }
            }
            let status: DataRequestStatus = carryOut ? .done : .refused
            try await sql.raw(
                """
                UPDATE data_requests SET status = \(bind: status.rawValue), decided_by = \(bind: principal.accountID),
                    decided_at = \(bind: Timestamp.format(now)), decision_note = \(bind: note.isEmpty ? nil : note),
                    proposed_sealed = NULL
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .dataRequestDecided, subject: "dataRequest:\(id)",
                    territoryCode: try row.string("grid_code"), detail: ["kind": kind.rawValue, "status": status.rawValue],
                    reason: note.isEmpty ? nil : note, clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return try await Self.dataRequest(id: id, in: sql)
        }
    }
}
