import DoorstepCore
import Foundation
import SQLKit

/// The grid workers of each grid and S2's counts of them.
public struct GridWorkerStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Binds a worker to a grid inside the caller's scope. Naming a leader replaces the grid's previous leader.
    public func add(
        gridCode: String, name: String, accountID: String?, fullTime: Bool, isLeader: Bool, by principal: Principal
    ) async throws -> GridWorker {
        guard principal.can(.manageAccounts) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        if !principal.scope.contains(code: gridCode) { validator.check("gridCode", .outsideYourScope) }
        try validator.throwIfAny()
        let worker = GridWorker(
            id: Secrets.identifier(), gridCode: gridCode, name: name.trimmingCharacters(in: .whitespaces),
            accountID: accountID, fullTime: fullTime, isLeader: isLeader)
        let now = Timestamp.format(clock())
        let engine = database.engine
        try await database.write { sql in
            guard try await sql.raw("SELECT code FROM grids WHERE code = \(bind: gridCode)").first() != nil else {
                throw ValidationFailure([FieldError("gridCode", .notFound)])
            }
            if let accountID {
                guard
                    try await sql.raw(
                        "SELECT id FROM accounts WHERE id = \(bind: accountID) AND grid_code = \(bind: gridCode)"
                    ).first() != nil
                else { throw ValidationFailure([FieldError("accountID", .notFound)]) }
            }
            if isLeader {
                try await sql.raw("UPDATE grid_workers SET is_leader = \(bind: false) WHERE grid_code = \(bind: gridCode)").run()
            }
            try await sql.raw(
                """
                INSERT INTO grid_workers (id, street_code, community_code, grid_code, name, account_id, full_time, is_leader,
                    created_at)
                VALUES (\(bind: worker.id), \(bind: TerritoryCode.streetCode(of: gridCode)),
                    \(bind: TerritoryCode.communityCode(of: gridCode)), \(bind: gridCode), \(bind: worker.name),
                    \(bind: accountID), \(bind: fullTime), \(bind: isLeader), \(bind: now))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(by: principal, .personRegistered, subject: "gridWorker:\(worker.id)", territoryCode: gridCode),
                at: clock(), in: sql, engine: engine)
        }
        return worker
    }

    /// The workers inside the caller's scope, optionally of one grid; leaders first.
    public func workers(for principal: Principal, gridCode: String? = nil) async throws -> [GridWorker] {
        guard principal.can(.viewTerritory) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let grid: SQLQueryString = gridCode.map { "AND grid_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM grid_workers WHERE \(scope) \(grid) ORDER BY grid_code, is_leader DESC, full_time DESC, name"
            ).all().map {
                GridWorker(
                    id: try $0.string("id"), gridCode: try $0.string("grid_code"), name: try $0.string("name"),
                    accountID: try $0.optionalString("account_id"), fullTime: try $0.bool("full_time"),
                    isLeader: try $0.bool("is_leader"))
            }
        }
    }
}
