import DoorstepCore
import Foundation
import SQLKit

extension TerritoryStore {
    /// Renames a grid inside the caller's scope, and sets or clears its boundary (GeoJSON) and household target.
    /// Audited with what changed.
    public func updateGrid(
        code: String, name: String, boundary: String?, householdTarget: Int?, by principal: Principal
    ) async throws -> Grid {
        guard principal.can(.manageTerritory) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        var parsed: GridBoundary?
        if let boundary, !boundary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            do {
                parsed = try GridBoundary.parse(boundary)
            } catch {
                validator.check("boundary", .boundaryFormat)
            }
        }
        if let householdTarget, householdTarget < 0 { validator.check("householdTarget", .tooSmall(minimum: 0)) }
        try validator.throwIfAny()
        let newBoundary = parsed
        let scope = principal.scope.condition(grid: "code")
        let now = clock()
        let engine = database.engine
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return try await database.write { sql in
            guard
                let before = try await sql.raw(
                    "SELECT \(unsafeRaw: Self.gridColumns) FROM grids WHERE code = \(bind: code) AND \(scope)"
                ).first().map(Self.grid)
            else { throw StoreError.notFound }
            try await sql.raw(
                """
                UPDATE grids SET name = \(bind: trimmed), boundary = \(bind: newBoundary?.geoJSON),
                    household_target = \(bind: householdTarget)
                WHERE code = \(bind: code)
                """
            ).run()
            let after = Grid(
                code: code, communityCode: before.communityCode, name: trimmed, boundary: newBoundary,
                householdTarget: householdTarget)
            var changed: [String] = []
            if before.name != after.name { changed.append("name") }
            if before.boundary != after.boundary { changed.append("boundary") }
            if before.householdTarget != after.householdTarget { changed.append("householdTarget") }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .gridUpdated, subject: "territory:\(code)", territoryCode: code,
                    detail: ["changed": changed.joined(separator: ","), "name": trimmed]),
                at: now, in: sql, engine: engine)
            return after
        }
    }
}
