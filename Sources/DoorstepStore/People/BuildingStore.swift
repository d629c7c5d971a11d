import DoorstepCore
import Foundation
import SQLKit

/// A building (楼栋) in a grid.
public struct Building: Sendable, Codable, Equatable {
    public var id: String
    public var gridCode: String
    /// The estate (小区) it belongs to, when it is in one.
    public var estateID: String?
    public var name: String
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
}

/// A household (户) at a room of a building.
public struct Household: Sendable, Codable, Equatable {
    public var id: String
    public var buildingID: String
    public var gridCode: String
    public var unit: String
    public var room: String

    /// A household's place as people write it: "5号楼 1单元 101", leaving out what is empty.
    public static func label(building: String, unit: String, room: String) -> String {
        [building, unit, room].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Buildings and households, within the caller's scope.
public struct BuildingStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Registers a building in a grid inside the caller's scope.
    public func createBuilding(
        gridCode: String, name: String, address: String, latitude: Double?, longitude: Double?, estateID: String? = nil,
        by principal: Principal
    ) async throws -> Building {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.check("gridCode", TerritoryCode.problem(with: gridCode, at: .grid))
        if TerritoryCode.problem(with: gridCode, at: .grid) == nil, !principal.scope.contains(code: gridCode) {
            validator.check("gridCode", .outsideYourScope)
        }
        validator.text("name", name, maximum: 50)
        validator.text("address", address, maximum: 200)
        if let latitude, !(-90...90).contains(latitude) { validator.check("latitude", .unknownValue(allowed: ["-90…90"])) }
        if let longitude, !(-180...180).contains(longitude) {
            validator.check("longitude", .unknownValue(allowed: ["-180…180"]))
        }
        try validator.throwIfAny()
        let building = Building(
            id: Secrets.identifier(), gridCode: gridCode, estateID: estateID, name: name.trimmingCharacters(in: .whitespaces),
            address: address.trimmingCharacters(in: .whitespaces), latitude: latitude, longitude: longitude)
        let now = Timestamp.format(clock())
        do {
            try await database.write { sql in
                guard try await sql.raw("SELECT code FROM grids WHERE code = \(bind: gridCode)").first() != nil else {
                    throw ValidationFailure([FieldError("gridCode", .notFound)])
                }
                // Imports find a building by its name in its grid, so the name must say which one.
                if try await Self.buildingID(named: building.name, inGrid: gridCode, in: sql) != nil {
                    throw ValidationFailure([FieldError("name", .alreadyExists)])
                }
                if let estateID {
                    let community = TerritoryCode.communityCode(of: gridCode)
                    guard
                        try await sql.raw(
                            "SELECT id FROM estates WHERE id = \(bind: estateID) AND community_code = \(bind: community)"
                        ).first() != nil
                    else { throw ValidationFailure([FieldError("estateID", .notFound)]) }
                }
                try await sql.raw(
                    """
                    INSERT INTO buildings (id, street_code, community_code, grid_code, estate_id, name, address, latitude,
                        longitude, created_at)
                    VALUES (\(bind: building.id), \(bind: TerritoryCode.streetCode(of: gridCode)),
                        \(bind: TerritoryCode.communityCode(of: gridCode)), \(bind: gridCode), \(bind: estateID), \(bind: building.name),
                        \(bind: building.address), \(bind: latitude), \(bind: longitude), \(bind: now))
                    """
                ).run()
            }
        } catch where isUniqueViolation(error) {
            // Another registration of the same name won the race since the check above.
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return building
    }

    /// The buildings inside the caller's scope, optionally of one grid.
    public func buildings(for principal: Principal, gridCode: String? = nil) async throws -> [Building] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let grid: SQLQueryString = gridCode.map { "AND grid_code = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM buildings WHERE \(scope) \(grid) ORDER BY grid_code, name").all()
                .map(Self.building)
        }
    }

    public func building(id: String, for principal: Principal) async throws -> Building {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let row = try await database.read { sql in
            try await sql.raw("SELECT * FROM buildings WHERE id = \(bind: id) AND \(scope)").first()
        }
        guard let row else { throw StoreError.notFound }
        return try Self.building(row)
    }

    /// Registers a household at a room of a building inside the caller's scope.
    public func createHousehold(buildingID: String, unit: String, room: String, by principal: Principal) async throws
        -> Household
    {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("room", room, maximum: 20)
        if unit.count > 20 { validator.check("unit", .tooLong(maximum: 20)) }
        try validator.throwIfAny()
        let building: Building
        do {
            building = try await self.building(id: buildingID, for: principal)
        } catch StoreError.notFound {
            throw ValidationFailure([FieldError("buildingID", .notFound)])
        }
        let household = Household(
            id: Secrets.identifier(), buildingID: buildingID, gridCode: building.gridCode,
            unit: unit.trimmingCharacters(in: .whitespaces), room: room.trimmingCharacters(in: .whitespaces))
        let now = Timestamp.format(clock())
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO households (id, building_id, street_code, community_code, grid_code, unit, room, created_at)
                    VALUES (\(bind: household.id), \(bind: buildingID), \(bind: TerritoryCode.streetCode(of: building.gridCode)),
                        \(bind: TerritoryCode.communityCode(of: building.gridCode)), \(bind: building.gridCode),
                        \(bind: household.unit), \(bind: household.room), \(bind: now))
                    """
                ).run()
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("room", .alreadyExists)])
        }
        return household
    }

    /// The building a household inside the caller's scope is in.
    public func buildingID(ofHousehold householdID: String, for principal: Principal) async throws -> String? {
        let scope = principal.scope.condition()
        return try await database.read { sql in
            try await sql.raw("SELECT building_id FROM households WHERE id = \(bind: householdID) AND \(scope)").first()?
                .string("building_id")
        }
    }

    /// The households of a building inside the caller's scope.
    public func households(buildingID: String, for principal: Principal) async throws -> [Household] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM households WHERE building_id = \(bind: buildingID) AND \(scope) ORDER BY unit, room"
            ).all().map(Self.household)
        }
    }

    /// How many buildings, households and residents a grid inside the caller's scope has.
    public func counts(gridCode: String, for principal: Principal) async throws -> (buildings: Int, households: Int, residents: Int) {
        guard principal.can(.viewTerritory), principal.scope.contains(code: gridCode) else { throw StoreError.notFound }
        return try await database.read { sql in
            let count = { (table: String) async throws -> Int in
                try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE grid_code = \(bind: gridCode)").first()?.int("n") ?? 0
            }
            return (try await count("buildings"), try await count("households"), try await count("residents"))
        }
    }

    /// The building of that name in a grid: sheets and forms name buildings this way, so names are unique in a grid.
    static func buildingID(named name: String, inGrid gridCode: String, in sql: any SQLDatabase) async throws -> String? {
        try await sql.raw("SELECT id FROM buildings WHERE grid_code = \(bind: gridCode) AND name = \(bind: name)").first()?
            .string("id")
    }

    static func building(_ row: any SQLRow) throws -> Building {
        Building(
            id: try row.string("id"), gridCode: try row.string("grid_code"),
            estateID: try row.optionalString("estate_id"), name: try row.string("name"),
            address: try row.string("address"), latitude: try row.optional("latitude", as: Double.self),
            longitude: try row.optional("longitude", as: Double.self))
    }

    static func household(_ row: any SQLRow) throws -> Household {
        Household(
            id: try row.string("id"), buildingID: try row.string("building_id"), gridCode: try row.string("grid_code"),
            unit: try row.string("unit"), room: try row.string("room"))
    }
}
