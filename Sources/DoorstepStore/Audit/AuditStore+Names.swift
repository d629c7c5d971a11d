import DoorstepCore
import SQLKit

extension AuditStore {
    /// The names behind these rows' actors and subjects, read once for a page of rows. A record outside the reader's
    /// territory (a case moved to another community, a resident who moved away) or since removed keeps no name: the
    /// page shows its kind, and a case's tracking code, which lets its holder rate it, never leaves its territory.
    public func names(for entries: [AuditEntry], by principal: Principal) async throws -> AuditNames {
        guard principal.can(.viewAudit) else { throw StoreError.forbidden }
        let actorIDs = Set(entries.compactMap(\.actorID))
        let ids = entries.reduce(into: [String: Set<String>]()) { ids, entry in
            let subject = AuditSubject(entry.subject)
            if let id = subject.id { ids[subject.kind, default: []].insert(id) }
        }
        let scope = principal.scope
        let within: SQLQueryString =
            scope.level == .street ? "street_code = \(bind: scope.code)" : "community_code = \(bind: scope.communityCode ?? scope.code)"
        return try await database.read { sql in
            var names = AuditNames()
            // Accounts name whoever acted on a row of this territory, wherever the account sits.
            let accounts = actorIDs.union(ids["account"] ?? [])
            if !accounts.isEmpty {
                for row in try await sql.raw("SELECT id, display_name, role FROM accounts WHERE id IN (\(binds: Array(accounts)))").all() {
                    let id = try row.string("id"), name = try row.string("display_name")
                    if let role = Role(rawValue: try row.string("role")) { names.actors[id] = .init(displayName: name, role: role) }
                    names.subjects["account:\(id)"] = name
                }
            }
            for (kind, table, column, masked) in Self.namedKinds {
                guard let wanted = ids[kind], !wanted.isEmpty else { continue }
                let rows = try await sql.raw(
                    "SELECT id, \(unsafeRaw: column) AS name FROM \(unsafeRaw: table) WHERE id IN (\(binds: Array(wanted))) AND \(within)"
                ).all()
                for row in rows {
                    let name = try row.string("name")
                    names.subjects["\(kind):\(try row.string("id"))"] = masked ? Masking.name(name) : name
                }
            }
            // Territories are named by their codes; the code's length says the table.
            for kind in ["territory", "community", "grid"] {
                for code in ids[kind] ?? [] {
                    guard let level = ScopeLevel(codeLength: code.count) else { continue }
                    let table = switch level {
                    case .street: "streets"
                    case .community: "communities"
                    case .grid: "grids"
                    }
                    if let row = try await sql.raw("SELECT name FROM \(unsafeRaw: table) WHERE code = \(bind: code)").first() {
                        names.subjects["\(kind):\(code)"] = try row.string("name")
                    }
                }
            }
            return names
        }
    }

    /// Subjects named from their own table: kind, table, the column that names a row, whether it names a person.
    /// Every one of these tables carries its street and community codes.
    static let namedKinds: [(String, String, String, Bool)] = [
        ("resident", "residents", "name", true), ("partyMember", "party_members", "name", true),
        ("volunteer", "volunteers", "name", true), ("gridWorker", "grid_workers", "name", true),
        ("case", "cases", "tracking_code", false), ("partner", "partners", "name", false),
        ("volunteerTeam", "volunteer_teams", "name", false), ("team", "vanguard_teams", "name", false),
        ("estate", "estates", "name", false), ("building", "buildings", "name", false),
        ("aidProject", "aid_projects", "title", false), ("timeBankItem", "time_bank_items", "name", false),
    ]
}
