import DoorstepCore
import Foundation
import SQLKit

/// The versioned category dictionary: the shipped entries every community uses and each community's own.
/// Editing an entry publishes a new version; cases keep the code and name they were registered under.
public struct CategoryStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// The current version of every active entry a community uses, classes before their children, by code.
    public func categories(community: String) async throws -> [CaseCategory] {
        try await database.read { sql in
            try await Self.current(community: community, in: sql).filter(\.active)
        }
    }

    /// Adds a local entry for the caller's community, or a new version of one with the same code.
    public func publish(_ category: CaseCategory, by principal: Principal) async throws -> CaseCategory {
        guard principal.can(.manageCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard principal.scope.level == .community else {
            throw ValidationFailure([FieldError("communityCode", .scopeNotAllowedForRole(role: principal.role))])
        }
        try category.validate()
        let community = principal.scope.code
        let now = Timestamp.format(clock())
        return try await database.write { sql in
            let existing = try await Self.current(community: community, in: sql)
            if let parent = category.parentCode, !existing.contains(where: { $0.code == parent && $0.parentCode == nil }) {
                throw ValidationFailure([FieldError("parentCode", .notFound)])
            }
            // A community may override a shipped entry: its version then starts above the shipped one.
            let version = try await sql.raw(
                "SELECT MAX(version) AS latest FROM case_categories WHERE code = \(bind: category.code) AND owner IN ('', \(bind: community))"
            ).first()?.optionalInt("latest") ?? 0
            var entry = category
            entry.version = version + 1
            entry.communityCode = community
            entry.isLocal = true
            entry.standardRef = nil
            let limits = [Urgency.routine, .urgent, .emergency].map { entry.limit(for: $0).text }
            try await sql.raw(
                """
                INSERT INTO case_categories (owner, code, version, standard_ref, kind, name, parent_code, default_handler,
                    limit_routine, limit_urgent, limit_emergency, response_limit, register_condition, close_condition,
                    is_local, active, created_at)
                VALUES (\(bind: community), \(bind: entry.code), \(bind: entry.version), NULL, \(bind: entry.kind.rawValue),
                    \(bind: entry.name.trimmingCharacters(in: .whitespaces)), \(bind: entry.parentCode),
                    \(bind: entry.defaultHandler.rawValue), \(bind: limits[0]), \(bind: limits[1]), \(bind: limits[2]),
                    \(bind: entry.responseLimit.text), \(bind: entry.registerCondition), \(bind: entry.closeCondition),
                    \(bind: true), \(bind: entry.active), \(bind: now))
                """
            ).run()
            return entry
        }
    }

    /// The current entry of `code` for a community: its own newest version if it has one, else the shipped one.
    static func current(code: String, community: String, in sql: any SQLDatabase) async throws -> CaseCategory? {
        try await sql.raw(
            """
            SELECT * FROM case_categories WHERE code = \(bind: code) AND owner IN ('', \(bind: community))
            ORDER BY version DESC LIMIT 1
            """
        ).first().map(category)
    }

    static func current(community: String, in sql: any SQLDatabase) async throws -> [CaseCategory] {
        let rows = try await sql.raw(
            "SELECT * FROM case_categories WHERE owner IN ('', \(bind: community)) ORDER BY code, version DESC"
        ).all()
        var seen = Set<String>()
        return try rows.map(category).filter { seen.insert($0.code).inserted }
    }

    static func category(_ row: any SQLRow) throws -> CaseCategory {
        let owner = try row.string("owner")
        var limits: [Urgency: TimeLimit] = [:]
        for (urgency, column) in [(Urgency.routine, "limit_routine"), (.urgent, "limit_urgent"), (.emergency, "limit_emergency")] {
            limits[urgency] = TimeLimit(text: try row.string(column))
        }
        return CaseCategory(
            standardRef: try row.optionalString("standard_ref"), kind: CaseKind(rawValue: try row.string("kind")) ?? .event,
            code: try row.string("code"), version: try row.int("version"), name: try row.string("name"),
            parentCode: try row.optionalString("parent_code"),
            defaultHandler: HandlerLevel(rawValue: try row.string("default_handler")) ?? .grid, limits: limits,
            responseLimit: TimeLimit(text: try row.string("response_limit")) ?? .workingHours(2),
            registerCondition: try row.string("register_condition"), closeCondition: try row.string("close_condition"),
            isLocal: try row.bool("is_local"), communityCode: owner.isEmpty ? nil : owner, active: try row.bool("active"))
    }
}
