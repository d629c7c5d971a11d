import DoorstepCore
import Foundation
import SQLKit

/// Streets, communities and grids, read within the caller's scope. A record outside the scope is reported as
/// not found, exactly like one that does not exist.
public struct TerritoryStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// The streets the caller can see: only their own.
    public func streets(for principal: Principal) async throws -> [Street] {
        try await database.read { sql in
            try await sql.raw("SELECT code, name FROM streets WHERE code = \(bind: principal.scope.streetCode)")
                .all().map(Self.street)
        }
    }

    /// The street the caller's territory lies in, as `streets(for:)` lists it; any other is not found.
    public func street(code: String, for principal: Principal) async throws -> Street {
        guard let street = try await streets(for: principal).first(where: { $0.code == code }) else { throw StoreError.notFound }
        return street
    }

    /// The communities inside the caller's scope.
    public func communities(for principal: Principal) async throws -> [Community] {
        let scope = principal.scope
        let condition: SQLQueryString =
            switch scope.level {
            case .street: "street_code = \(bind: scope.code)"
            case .community, .grid: "code = \(bind: scope.communityCode ?? "")"
            }
        return try await database.read { sql in
            try await sql.raw("SELECT code, street_code, name FROM communities WHERE \(condition) ORDER BY code")
                .all().map(Self.community)
        }
    }

    /// Every community by name, for the public pages where a resident picks theirs: names are public.
    public func publicCommunities() async throws -> [Community] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM communities ORDER BY street_code, name").all().map(Self.community)
        }
    }

    public func community(code: String, for principal: Principal) async throws -> Community {
        // A grid worker can see the community their grid lies in, but only as the frame of their grid.
        guard let community = try await communities(for: principal).first(where: { $0.code == code }) else {
            throw StoreError.notFound
        }
        return community
    }

    /// The grids inside the caller's scope, optionally of one community.
    public func grids(for principal: Principal, communityCode: String? = nil) async throws -> [Grid] {
        let scope = principal.scope.condition(grid: "code")
        let community: SQLQueryString = communityCode.map { "AND community_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw(
                "SELECT \(unsafeRaw: Self.gridColumns) FROM grids WHERE \(scope) \(community) ORDER BY code"
            ).all().map(Self.grid)
        }
    }

    public func grid(code: String, for principal: Principal) async throws -> Grid {
        let scope = principal.scope.condition(grid: "code")
        let row = try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.gridColumns) FROM grids WHERE code = \(bind: code) AND \(scope)")
                .first()
        }
        guard let row else { throw StoreError.notFound }
        return try Self.grid(row)
    }

    /// The name of the territory the caller answers for, as people say it: "光明街道", "幸福里社区",
    /// "幸福里社区 第一网格".
    public func scopeName(for principal: Principal) async throws -> String {
        try await database.read { sql in try await Self.name(of: principal.scope, in: sql) }
    }

    static func name(of scope: TerritoryScope, in sql: any SQLDatabase) async throws -> String {
        let query: SQLQueryString =
            switch scope.level {
            case .street: "SELECT name FROM streets WHERE code = \(bind: scope.code)"
            case .community: "SELECT name FROM communities WHERE code = \(bind: scope.code)"
            case .grid:
                """
                SELECT c.name || ' ' || g.name AS name FROM grids g JOIN communities c ON c.code = g.community_code
                WHERE g.code = \(bind: scope.code)
                """
            }
        return try await sql.raw(query).first()?.string("name") ?? scope.code
    }

    /// The names of these communities and grids, for naming the places of records the caller has already read —
    /// the one read here not limited to the caller's scope: a territory's name is not personal, and a record in
    /// scope (a case dispatched across grids) may name a place beside it.
    public func placeNames(communities: Set<String>, grids: Set<String>) async throws -> PlaceNames {
        guard !communities.isEmpty || !grids.isEmpty else { return PlaceNames() }
        return try await database.read { sql in
            var names = PlaceNames()
            if !communities.isEmpty {
                for row in try await sql.raw("SELECT code, name FROM communities WHERE code IN (\(binds: Array(communities)))").all() {
                    names.communities[try row.string("code")] = try row.string("name")
                }
            }
            if !grids.isEmpty {
                for row in try await sql.raw("SELECT code, name FROM grids WHERE code IN (\(binds: Array(grids)))").all() {
                    names.grids[try row.string("code")] = try row.string("name")
                }
            }
            return names
        }
    }

    /// Registers a street from a set-up command (the CLI or the demo), which runs with the operator's authority.
    public func create(_ street: Street, operatorName: String) async throws {
        var validator = Validator()
        validator.check("code", TerritoryCode.problem(with: street.code, at: .street))
        validator.text("name", street.name, maximum: 50)
        try validator.throwIfAny()
        try await insert(code: street.code, name: street.name, operatorName: operatorName) { now in
            "INSERT INTO streets (code, name, created_at) VALUES (\(bind: street.code), \(bind: street.name), \(bind: now))"
        }
    }

    /// Registers a community of an existing street.
    public func create(_ community: Community, operatorName: String) async throws {
        var validator = Validator()
        validator.check("code", TerritoryCode.problem(with: community.code, at: .community, under: community.streetCode))
        validator.text("name", community.name, maximum: 50)
        try validator.throwIfAny()
        try await insert(code: community.code, name: community.name, operatorName: operatorName) { now in
            """
            INSERT INTO communities (code, street_code, name, created_at)
            VALUES (\(bind: community.code), \(bind: community.streetCode), \(bind: community.name), \(bind: now))
            """
        }
    }

    /// Registers a grid of an existing community.
    public func create(_ grid: Grid, operatorName: String) async throws {
        var validator = Validator()
        validator.check("code", TerritoryCode.problem(with: grid.code, at: .grid, under: grid.communityCode))
        validator.text("name", grid.name, maximum: 50)
        try validator.throwIfAny()
        try await insert(code: grid.code, name: grid.name, operatorName: operatorName) { now in
            """
            INSERT INTO grids (code, community_code, street_code, name, created_at)
            VALUES (\(bind: grid.code), \(bind: grid.communityCode), \(bind: grid.streetCode), \(bind: grid.name),
                    \(bind: now))
            """
        }
    }

    /// Whether any street exists yet: the demo fills only an empty database.
    public func isEmpty() async throws -> Bool {
        try await database.read { sql in try await sql.raw("SELECT code FROM streets LIMIT 1").first() == nil }
    }

    /// Every street's code, for the operator's tools on the command line.
    public func streetCodes() async throws -> [String] {
        try await database.read { sql in try await sql.raw("SELECT code FROM streets ORDER BY code").all().map { try $0.string("code") } }
    }

    /// Inserts one territory row and its audit row together. A parent that does not exist is named as the
    /// problem, as is a code already taken.
    private func insert(
        code: String, name: String, operatorName: String, _ statement: @Sendable (String) -> SQLQueryString
    ) async throws {
        let now = clock()
        let query = statement(Timestamp.format(now))
        let engine = database.engine
        do {
            try await database.write { sql in
                try await sql.raw(query).run()
                try await AuditStore.append(
                    AuditEvent(
                        actorID: nil, actorName: operatorName, action: .territoryCreated, subject: "territory:\(code)",
                        territoryCode: code, detail: ["name": name]),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("code", .alreadyExists)])
        } catch where isForeignKeyViolation(error) {
            throw ValidationFailure([FieldError("parent", .notFound)])
        }
    }

    static func street(_ row: any SQLRow) throws -> Street {
        Street(code: try row.string("code"), name: try row.string("name"))
    }

    static func community(_ row: any SQLRow) throws -> Community {
        Community(code: try row.string("code"), streetCode: try row.string("street_code"), name: try row.string("name"))
    }

    static let gridColumns = "code, community_code, name, boundary, household_target"

    static func grid(_ row: any SQLRow) throws -> Grid {
        Grid(
            code: try row.string("code"), communityCode: try row.string("community_code"), name: try row.string("name"),
            boundary: try row.optionalString("boundary").flatMap { try? GridBoundary.parse($0) },
            householdTarget: try row.optionalInt("household_target"))
    }
}
