import DoorstepCore
import Foundation
import SQLKit

extension CityBuilder {
    /// Streets, communities and grids through the territory's own calls (each audited), dated `founded` so figures
    /// of earlier periods count them; then one office account each, sharing the demo secretary's password hash (the
    /// demo's password) — hashing two thousand passwords would be most of the wait and prove nothing.
    func writeTerritory(_ plan: CityPlan, founded: Date) async throws {
        let past = store.at { founded }
        for street in plan.streets { try await past.territory.create(street, operatorName: "city") }
        for community in plan.communities { try await past.territory.create(community, operatorName: "city") }
        for place in plan.places { try await past.territory.create(place.grid, operatorName: "city") }
        let now = Timestamp.format(founded)
        try await store.database.write { sql in
            for office in plan.offices {
                let code = office.scope.code
                try await sql.raw(
                    """
                    INSERT INTO accounts (id, username, display_name, role, scope_level, scope_code, street_code,
                        community_code, grid_code, password_hash, created_at, password_changed_at)
                    SELECT \(bind: office.id), \(bind: office.username), \(bind: office.name), \(bind: office.role.rawValue),
                        \(bind: office.scope.level.rawValue), \(bind: code), \(bind: TerritoryCode.streetCode(of: code)),
                        \(bind: code.count >= 12 ? String(code.prefix(12)) : nil), \(bind: code.count == 15 ? code : nil),
                        password_hash, \(bind: now), \(bind: now)
                    FROM accounts WHERE username = 'secretary'
                    """
                ).run()
            }
            // Where each city grid takes its copies from, and who works there: read by every copy below.
            try await sql.raw(
                """
                CREATE TEMP TABLE city_grids (n INTEGER PRIMARY KEY, code TEXT NOT NULL, community_code TEXT NOT NULL,
                    street_code TEXT NOT NULL, street_n INTEGER NOT NULL, source_grid TEXT NOT NULL,
                    source_community TEXT NOT NULL, worker_id TEXT NOT NULL, worker_name TEXT NOT NULL,
                    secretary_id TEXT NOT NULL, secretary_name TEXT NOT NULL, street_admin_id TEXT NOT NULL,
                    street_admin_name TEXT NOT NULL)
                """
            ).run()
            let offices = Dictionary(uniqueKeysWithValues: plan.offices.map { ($0.scope.code, $0) })
            for place in plan.places {
                let worker = offices[place.grid.code]!, secretary = offices[place.community.code]!, admin = offices[place.street.code]!
                try await sql.raw(
                    """
                    INSERT INTO city_grids VALUES (\(bind: place.number), \(bind: place.grid.code), \(bind: place.community.code),
                        \(bind: place.street.code), \(bind: place.streetNumber), \(bind: place.sourceGrid),
                        \(bind: place.sourceCommunity), \(bind: worker.id), \(bind: worker.name), \(bind: secretary.id),
                        \(bind: secretary.name), \(bind: admin.id), \(bind: admin.name))
                    """
                ).run()
            }
        }
    }

    /// Each city grid gets the buildings and households of its demo grid, under ids that name the grid, spread
    /// over the map a street and a grid apart.
    func copyHouseholds(_ plan: CityPlan, founded: Date) async throws -> Int {
        let now = Timestamp.format(founded)
        return try await store.database.write { sql in
            try await sql.raw(
                """
                INSERT INTO buildings (id, street_code, community_code, grid_code, name, address, latitude, longitude, created_at)
                SELECT g.code || '~' || b.id, g.street_code, g.community_code, g.code, b.name, b.address,
                    b.latitude + 0.05 * g.street_n, b.longitude + 0.004 * (g.n % 200), \(bind: now)
                FROM buildings b JOIN city_grids g ON g.source_grid = b.grid_code
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO households (id, building_id, street_code, community_code, grid_code, unit, room, created_at)
                SELECT g.code || '~' || h.id, g.code || '~' || h.building_id, g.street_code, g.community_code, g.code,
                    h.unit, h.room, \(bind: now)
                FROM households h JOIN city_grids g ON g.source_grid = h.grid_code
                """
            ).run()
            return try await sql.raw("SELECT COUNT(*) AS n FROM households WHERE id LIKE '%~%'").first()!.int("n")
        }
    }

    /// `count` residents in the city's households, a household's people one after another, each sealed and
    /// indexed by the registry's own code. ID numbers are made unique by construction (birth date and sequence
    /// from the resident's number) in a county the demo does not use.
    func writeResidents(_ count: Int, founded: Date, names: inout DemoNames) async throws -> Int {
        let households = try await store.database.read { sql in
            try await sql.raw("SELECT id, grid_code FROM households WHERE id LIKE '%~%' ORDER BY id").all()
                .map { (id: try $0.string("id"), grid: try $0.string("grid_code")) }
        }
        guard !households.isEmpty, count > 0 else { return 0 }
        let now = Timestamp.format(founded)
        let indexes = try await store.database.write { sql in try await BulkIndexes.setAside(on: ["residents"], in: sql) }
        let batch = 5_000
        var written = 0
        var people: [SealedResidentInGrid] = []
        for (index, household) in households.enumerated() {
            let size = count / households.count + (index < count % households.count ? 1 : 0)
            for member in 0..<size {
                let resident = CityResidents.resident(number: written + people.count, member: member, in: household.id, names: &names)
                people.append(SealedResidentInGrid(resident: try store.residents.seal(resident), grid: household.grid))
            }
            if people.count >= batch || index == households.count - 1 {
                let ready = people
                try await store.database.write { sql in
                    try await ResidentStore.insert(ready.map { ($0.resident, $0.grid) }, at: now, in: sql)
                }
                written += ready.count
                people.removeAll(keepingCapacity: true)
            }
        }
        try await store.database.write { sql in try await indexes.rebuild(in: sql) }
        return written
    }
}

struct SealedResidentInGrid: Sendable {
    var resident: ResidentStore.SealedResident
    var grid: String
}
