import DoorstepCore
import Foundation
import SQLKit

/// Party-member hubs (党员中心户) and the households they lead. Each household belongs to at most one hub, and a hub
/// leads at most `maximumLinked` households (10 by default; a locality may change it).
public struct HubStore: Sendable {
    let database: Database
    let maximumLinked: Int
    let clock: @Sendable () -> Date

    /// Makes a member's household a hub. The member must live in it (be linked to a resident of that household).
    public func createHub(memberID: String, by principal: Principal) async throws -> PartyMemberHub {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.condition(street: "m.street_code", community: "m.community_code", grid: "m.grid_code")
        let id = Secrets.identifier()
        let moment = clock()
        let now = Timestamp.format(moment)
        let engine = database.engine
        do {
            return try await database.write { sql in
                guard
                    let row = try await sql.raw(
                        """
                        SELECT r.household_id, r.grid_code FROM party_members m JOIN residents r ON r.id = m.resident_id
                        WHERE m.id = \(bind: memberID) AND \(scope)
                        """
                    ).first()
                else { throw ValidationFailure([FieldError("memberID", .notFound)]) }
                let household = try row.string("household_id")
                let grid = try row.string("grid_code")
                try await sql.raw(
                    """
                    INSERT INTO party_member_hubs (id, member_id, household_id, street_code, community_code, grid_code, created_at)
                    VALUES (\(bind: id), \(bind: memberID), \(bind: household), \(bind: TerritoryCode.streetCode(of: grid)),
                        \(bind: TerritoryCode.communityCode(of: grid)), \(bind: grid), \(bind: now))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(by: principal, .hubChanged, subject: "hub:\(id)", territoryCode: grid, detail: ["memberID": memberID]),
                    at: moment, in: sql, engine: engine)
                return PartyMemberHub(id: id, memberID: memberID, householdID: household, gridCode: grid, linkedHouseholdIDs: [])
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("memberID", .alreadyExists)])
        }
    }

    /// Links households to a hub: they must lie in the hub's community, belong to no other hub, and keep the hub
    /// within its limit. All are linked, or none.
    public func link(householdIDs: [String], to hubID: String, by principal: Principal) async throws {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.condition()
        let limit = maximumLinked
        let moment = clock()
        let now = Timestamp.format(moment)
        let engine = database.engine
        try await database.write { sql in
            guard
                let hub = try await sql.raw(
                    "SELECT community_code, household_id FROM party_member_hubs WHERE id = \(bind: hubID) AND \(scope)"
                ).first()
            else { throw ValidationFailure([FieldError("hubID", .notFound)]) }
            let community = try hub.string("community_code")
            let existing = try await sql.raw("SELECT COUNT(*) AS n FROM linked_households WHERE hub_id = \(bind: hubID)")
                .first()?.int("n") ?? 0
            if existing + householdIDs.count > limit {
                throw ValidationFailure([FieldError("householdIDs", .tooLong(maximum: limit - existing))])
            }
            for household in householdIDs {
                guard household != (try hub.string("household_id")),
                    try await sql.raw(
                        "SELECT id FROM households WHERE id = \(bind: household) AND community_code = \(bind: community)"
                    ).first() != nil
                else { throw ValidationFailure([FieldError("householdIDs", .notFound)]) }
                if try await sql.raw("SELECT hub_id FROM linked_households WHERE household_id = \(bind: household)").first() != nil {
                    throw ValidationFailure([FieldError("householdIDs", .alreadyExists)])
                }
                try await sql.raw(
                    "INSERT INTO linked_households (household_id, hub_id, created_at) VALUES (\(bind: household), \(bind: hubID), \(bind: now))"
                ).run()
            }
            guard !householdIDs.isEmpty else { return }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .hubChanged, subject: "hub:\(hubID)", territoryCode: community,
                    detail: ["linked": String(householdIDs.count)]),
                at: moment, in: sql, engine: engine)
        }
    }

    /// The hubs inside the caller's scope, with their linked households.
    public func hubs(for principal: Principal, gridCode: String? = nil) async throws -> [PartyMemberHub] {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let grid: SQLQueryString = gridCode.map { "AND grid_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            var hubs: [PartyMemberHub] = []
            for row in try await sql.raw("SELECT * FROM party_member_hubs WHERE \(scope) \(grid) ORDER BY grid_code, id").all() {
                let id = try row.string("id")
                let linked = try await sql.raw("SELECT household_id FROM linked_households WHERE hub_id = \(bind: id) ORDER BY household_id")
                    .all().map { try $0.string("household_id") }
                hubs.append(
                    PartyMemberHub(
                        id: id, memberID: try row.string("member_id"), householdID: try row.string("household_id"),
                        gridCode: try row.string("grid_code"), linkedHouseholdIDs: linked))
            }
            return hubs
        }
    }
}
