import DoorstepCore
import Foundation
import SQLKit

extension BuildingStore {
    /// Moves a building to another grid when grid lines are redrawn. Everything that lives in it follows in the
    /// same transaction — households, residents, the Party-member hubs and members who live there, residents'
    /// requests — so every count by grid stays true. Both grids must lie inside the caller's scope; the move is
    /// audited with both grids and the reason. A building leaving its community leaves its estate.
    public func move(_ id: String, toGrid gridCode: String, reason: String, by principal: Principal) async throws -> Building {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.check("gridCode", TerritoryCode.problem(with: gridCode, at: .grid))
        if TerritoryCode.problem(with: gridCode, at: .grid) == nil, !principal.scope.contains(code: gridCode) {
            validator.check("gridCode", .outsideYourScope)
        }
        validator.text("reason", reason, maximum: 200)
        try validator.throwIfAny()
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        let street = TerritoryCode.streetCode(of: gridCode)
        let community = TerritoryCode.communityCode(of: gridCode)
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM buildings WHERE id = \(bind: id) AND \(scope)").first() else {
                throw StoreError.notFound
            }
            let from = try row.string("grid_code")
            guard from != gridCode else { throw ValidationFailure([FieldError("gridCode", .sameAsBefore)]) }
            guard try await sql.raw("SELECT code FROM grids WHERE code = \(bind: gridCode)").first() != nil else {
                throw ValidationFailure([FieldError("gridCode", .notFound)])
            }
            // Imports find a building by its name in its grid; the new grid must not have one of the same name.
            if try await Self.buildingID(named: try row.string("name"), inGrid: gridCode, in: sql) != nil {
                throw ValidationFailure([FieldError("gridCode", .alreadyExists)])
            }
            let codes: SQLQueryString =
                "street_code = \(bind: street), community_code = \(bind: community), grid_code = \(bind: gridCode)"
            let households: SQLQueryString = "SELECT id FROM households WHERE building_id = \(bind: id)"
            let residents: SQLQueryString = "SELECT id FROM residents WHERE household_id IN (\(households))"
            let leavesCommunity = TerritoryCode.communityCode(of: from) != community
            try await sql.raw(
                """
                UPDATE buildings SET \(codes)\(unsafeRaw: leavesCommunity ? ", estate_id = NULL" : "")
                WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("UPDATE residents SET \(codes) WHERE household_id IN (\(households))").run()
            try await sql.raw("UPDATE data_requests SET \(codes) WHERE resident_id IN (\(residents))").run()
            try await sql.raw(
                """
                UPDATE party_members SET \(codes) WHERE resident_id IN (\(residents))
                """
            ).run()
            try await sql.raw("UPDATE party_member_hubs SET \(codes) WHERE household_id IN (\(households))").run()
            try await sql.raw("UPDATE households SET \(codes) WHERE building_id = \(bind: id)").run()
            if leavesCommunity {
                // A hub leads households of its own community only: links across the new boundary end.
                let hubs: SQLQueryString = "SELECT id FROM party_member_hubs WHERE household_id IN (\(households))"
                try await sql.raw(
                    """
                    DELETE FROM linked_households WHERE (household_id IN (\(households)) AND hub_id NOT IN (\(hubs)))
                    OR (hub_id IN (\(hubs)) AND household_id NOT IN (\(households)))
                    """
                ).run()
            }
            // Logged under both grids when the building changes community, so both communities' logs show it.
            for territory in leavesCommunity ? [from, gridCode] : [gridCode] {
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .buildingMoved, subject: "building:\(id)", territoryCode: territory,
                        detail: ["from": from, "to": gridCode, "name": try row.string("name")],
                        reason: reason.trimmingCharacters(in: .whitespaces)),
                    at: now, in: sql, engine: engine)
            }
            guard let moved = try await sql.raw("SELECT * FROM buildings WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound
            }
            return try Self.building(moved)
        }
    }
}
