import DoorstepCore
import Foundation
import SQLKit

/// The part of a residents' import that needs the records, a chunk at a time inside the import's transaction: each
/// row's building, its ID number against the file so far and the registry, its household found or made — and, while
/// no row has been refused, the chunk written.
struct ResidentImportMatching {
    let principal: Principal
    let now: String
    private(set) var errors: [RowError] = []
    private(set) var rowsSeen = 0
    private(set) var residentsWritten = 0
    private(set) var householdsCreated = 0
    /// Building ids by grid and name; nil for a name not registered in the grid.
    private var buildings: [String: String?] = [:]
    /// The row each ID number first appeared on, by the first 128 bits of its keyed hash: a million numbers collide
    /// there with odds of about one in 10^26, and the whole hashes would hold a fifth of a gigabyte.
    private var firstRows: [IndexPrefix: Int] = [:]

    init(principal: Principal, now: String) {
        self.principal = principal
        self.now = now
    }

    mutating func take(_ chunk: [CheckedResidentRow], in sql: any SQLDatabase) async throws {
        rowsSeen += chunk.count
        var candidates: [(row: ResidentSheet.Row, resident: ResidentStore.SealedResident, building: String)] = []
        for checked in chunk {
            // A row already wrong is not looked up further: its first problems are the ones to fix.
            guard let resident = checked.resident else {
                errors += checked.errors
                continue
            }
            let row = checked.row
            guard let building = try await building(named: row.building, inGrid: row.gridCode, in: sql) else {
                errors.append(RowError(row.number, "building", .notFound))
                continue
            }
            let prefix = IndexPrefix(resident.idIndex)
            if let first = firstRows[prefix] {
                errors.append(RowError(row.number, "idNumber", .duplicateInFile(row: first)))
                continue
            }
            firstRows[prefix] = row.number
            candidates.append((row, resident, building))
        }
        let registered = try await Self.registered(candidates.map(\.resident.idIndex), in: sql)
        var ready: [(resident: ResidentStore.SealedResident, grid: String, place: HouseholdUnitRoom)] = []
        for (row, resident, building) in candidates {
            if registered.contains(resident.idIndex),
                let problem = try await ResidentStore.duplicate(index: resident.idIndex, seenBy: principal, in: sql)
            {
                errors.append(RowError(row.number, "idNumber", problem))
                continue
            }
            ready.append((resident, row.gridCode, HouseholdUnitRoom(building: building, unit: row.unit, room: row.room)))
        }
        guard errors.isEmpty else { return }
        // Households are looked up a chunk at a time, not kept: those made by earlier chunks are in the records by now.
        var households = try await Self.households(at: Array(Set(ready.map(\.place))), in: sql)
        var newHouseholds: [NewHousehold] = []
        let placed = ready.map { resident, grid, place in
            var placed = resident
            if let id = households[place] {
                placed.householdID = id
            } else {
                let household = NewHousehold(id: Secrets.identifier(), place: place, grid: grid)
                households[place] = household.id
                newHouseholds.append(household)
                placed.householdID = household.id
            }
            return (resident: placed, grid: grid)
        }
        try await NewHousehold.insert(newHouseholds, at: now, in: sql)
        try await ResidentStore.insert(placed, at: now, in: sql)
        householdsCreated += newHouseholds.count
        residentsWritten += placed.count
    }

    private mutating func building(named name: String, inGrid grid: String, in sql: any SQLDatabase) async throws -> String? {
        let key = "\(grid)\u{1F}\(name)"
        if let known = buildings[key] { return known }
        let id = try await BuildingStore.buildingID(named: name, inGrid: grid, in: sql)
        buildings[key] = .some(id)
        return id
    }

    /// The ids of the households registered at `places`.
    static func households(at places: [HouseholdUnitRoom], in sql: any SQLDatabase) async throws -> [HouseholdUnitRoom: String] {
        var found: [HouseholdUnitRoom: String] = [:]
        for start in stride(from: 0, to: places.count, by: 300) {
            let values = places[start..<min(start + 300, places.count)].map { place -> SQLQueryString in
                "(\(bind: place.building), \(bind: place.unit), \(bind: place.room))"
            }
            // Both engines name a VALUES list's columns column1, column2, …
            for row in try await sql.raw(
                """
                SELECT h.id, h.building_id, h.unit, h.room FROM households h
                JOIN (VALUES \(values.joined(separator: ", "))) AS v
                    ON h.building_id = v.column1 AND h.unit = v.column2 AND h.room = v.column3
                """
            ).all() {
                let place = HouseholdUnitRoom(
                    building: try row.string("building_id"), unit: try row.string("unit"), room: try row.string("room"))
                found[place] = try row.string("id")
            }
        }
        return found
    }

    /// Which of `indexes` the registry holds already (the import's own rows so far included).
    static func registered(_ indexes: [String], in sql: any SQLDatabase) async throws -> Set<String> {
        var found: Set<String> = []
        for start in stride(from: 0, to: indexes.count, by: 500) {
            let part = Array(indexes[start..<min(start + 500, indexes.count)])
            for row in try await sql.raw("SELECT id_number_index FROM residents WHERE id_number_index IN (\(binds: part))").all() {
                found.insert(try row.string("id_number_index"))
            }
        }
        return found
    }
}

/// Where a household lives: its building, unit and room.
struct HouseholdUnitRoom: Hashable {
    let building: String
    let unit: String
    let room: String
}

/// A household an import makes for a unit and room not registered yet.
struct NewHousehold {
    let id: String
    let place: HouseholdUnitRoom
    let grid: String

    /// Inserts households a few dozen to a statement.
    static func insert(_ households: [NewHousehold], at now: String, in sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: households.count, by: ResidentStore.rowsPerInsert) {
            let rows = households[start..<min(start + ResidentStore.rowsPerInsert, households.count)].map { household -> SQLQueryString in
                let values: [any Encodable & Sendable] = [
                    household.id, household.place.building, TerritoryCode.streetCode(of: household.grid),
                    TerritoryCode.communityCode(of: household.grid), household.grid, household.place.unit,
                    household.place.room, now,
                ]
                return "(\(binds: values))"
            }
            try await sql.raw(
                """
                INSERT INTO households (id, building_id, street_code, community_code, grid_code, unit, room, created_at)
                VALUES \(rows.joined(separator: ", "))
                """
            ).run()
        }
    }
}

/// The first 128 bits of a keyed hash written in hex, as two numbers: a sixth of the memory of the text.
struct IndexPrefix: Hashable {
    let high: UInt64
    let low: UInt64

    init(_ hex: String) {
        let utf8 = Array(hex.utf8.prefix(32))
        func number(_ range: Range<Int>) -> UInt64 {
            range.reduce(0) { value, index in
                let byte = index < utf8.count ? utf8[index] : 0x30
                return value << 4 | UInt64(byte <= 0x39 ? byte &- 0x30 : (byte | 0x20) &- 0x57)
            }
        }
        high = number(0..<16)
        low = number(16..<32)
    }
}
