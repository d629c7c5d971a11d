import DoorstepCore
import Foundation
import SQLKit

extension ResidentStore {
    /// How many residents there are inside the caller's scope, or one grid of it.
    public func count(for principal: Principal, gridCode: String? = nil) async throws -> Int {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let grid: SQLQueryString = gridCode.map { "AND grid_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM residents WHERE \(scope) \(grid)").first()?.int("n") ?? 0
        }
    }

    /// One page of the residents inside the caller's scope, in the order of the registry (grid, building, unit,
    /// room).
    public func page(for principal: Principal, gridCode: String? = nil, offset: Int, limit: Int) async throws -> [Resident] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition(street: "r.street_code", community: "r.community_code", grid: "r.grid_code")
        let grid: SQLQueryString = gridCode.map { "AND r.grid_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT r.* FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
                WHERE \(scope) \(grid) ORDER BY r.grid_code, b.name, h.unit, h.room, r.created_at, r.id
                LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all()
            return try rows.map { try Self.resident($0, in: thisYear).shown(to: principal.role) }
        }
    }

    /// Residents inside the caller's scope whose name contains `name`, at most `limit`. Names are not sealed
    /// (they are how people are found on the ground), but they are personal: callers send them in a form body.
    public func find(name: String, for principal: Principal, limit: Int = 50) async throws -> [Resident] {
        // A role that sees names masked must not learn them by guessing either.
        guard principal.can(.viewRegistry), principal.role.seesNames else { throw StoreError.forbidden }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw ValidationFailure([FieldError("name", .required)]) }
        // `!` escapes, since a backslash means different things to the two engines; both fold case the same way
        // with LOWER, which matters for the Latin names on passports.
        let pattern = "%" + trimmed.lowercased().replacingOccurrences(of: "!", with: "!!").replacingOccurrences(of: "%", with: "!%")
            .replacingOccurrences(of: "_", with: "!_") + "%"
        let scope = principal.scope.condition()
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM residents WHERE \(scope) AND LOWER(name) LIKE \(bind: pattern) ESCAPE '!'
                ORDER BY grid_code, name, id LIMIT \(bind: limit)
                """
            ).all().map { try Self.resident($0, in: thisYear).shown(to: principal.role) }
        }
    }
}
