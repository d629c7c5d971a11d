import DoorstepCore
import Foundation
import SQLKit

/// What an import did.
public struct ImportSummary: Sendable, Equatable, Codable {
    public var residents: Int
    public var householdsCreated: Int
    public var buildings: Int
    public var members: Int

    public init(residents: Int = 0, householdsCreated: Int = 0, buildings: Int = 0, members: Int = 0) {
        self.residents = residents
        self.householdsCreated = householdsCreated
        self.buildings = buildings
        self.members = members
    }
}

extension ResidentStore {
    /// Imports rows from a residents' sheet: every row is checked first — its fields, its grid (inside the caller's
    /// scope), its building (which must exist), and its ID number (new in the database and in the file) — and
    /// every bad row is reported with its row number, column and reason. Only a file without one bad row goes in,
    /// whole, in one transaction; households named by unit and room are created as needed. `progress` hears how
    /// far it has got, about a hundred times.
    public func importRows(
        _ rows: [ResidentSheet.Row], by principal: Principal, today: Date = Date(),
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var errors: [RowError] = []
        var checked: [(row: ResidentSheet.Row, resident: SealedResident)] = []
        let step = ImportProgress.step(for: rows.count)
        for (index, row) in rows.enumerated() {
            if index % step == 0 { progress(ImportProgress(phase: .checking, done: index, total: rows.count)) }
            var rowErrors: [RowError] = []
            if TerritoryCode.problem(with: row.gridCode, at: .grid) != nil {
                rowErrors.append(RowError(row.number, "gridCode", .codeFormat(digits: ScopeLevel.grid.codeLength)))
            } else if !principal.scope.contains(code: row.gridCode) {
                rowErrors.append(RowError(row.number, "gridCode", .outsideYourScope))
            }
            if row.building.isEmpty { rowErrors.append(RowError(row.number, "building", .required)) }
            if row.room.isEmpty { rowErrors.append(RowError(row.number, "room", .required)) }
            do {
                let resident = try seal(try row.input.validated(today: today))
                // A row already wrong is not looked up further: its first problems are the ones to fix.
                if rowErrors.isEmpty { checked.append((row, resident)) }
            } catch let failure as ValidationFailure {
                rowErrors += failure.errors.map { ResidentSheet.inSheetWords(RowError(row.number, $0.field, $0.problem)) }
            }
            errors += rowErrors
        }
        progress(ImportProgress(phase: .checking, done: rows.count, total: rows.count))
        let now = Timestamp.format(clock())
        let engine = database.engine
        let prior = errors
        let candidates = checked
        return try await database.write { sql in
            var errors = prior
            var buildings: [String: String?] = [:]
            var households: [String: String] = [:]
            var newHouseholds: [(id: String, building: String, grid: String, unit: String, room: String)] = []
            var seen: [String: Int] = [:]
            var ready: [(SealedResident, String)] = []
            for (index, (row, resident)) in candidates.enumerated() {
                if index % step == 0 {
                    progress(ImportProgress(phase: .matching, done: index, total: candidates.count))
                }
                let buildingKey = "\(row.gridCode)\u{1F}\(row.building)"
                if buildings[buildingKey] == nil {
                    buildings[buildingKey] = try await BuildingStore.buildingID(named: row.building, inGrid: row.gridCode, in: sql)
                }
                guard let buildingID = buildings[buildingKey] ?? nil else {
                    errors.append(RowError(row.number, "building", .notFound))
                    continue
                }
                if let first = seen[resident.idIndex] {
                    errors.append(RowError(row.number, "idNumber", .duplicateInFile(row: first)))
                    continue
                }
                seen[resident.idIndex] = row.number
                if let problem = try await Self.duplicate(index: resident.idIndex, seenBy: principal, in: sql) {
                    errors.append(RowError(row.number, "idNumber", problem))
                    continue
                }
                let householdKey = "\(buildingID)\u{1F}\(row.unit)\u{1F}\(row.room)"
                if households[householdKey] == nil {
                    if let existing = try await sql.raw(
                        """
                        SELECT id FROM households
                        WHERE building_id = \(bind: buildingID) AND unit = \(bind: row.unit) AND room = \(bind: row.room)
                        """
                    ).first() {
                        households[householdKey] = try existing.string("id")
                    } else {
                        let id = Secrets.identifier()
                        households[householdKey] = id
                        newHouseholds.append((id, buildingID, row.gridCode, row.unit, row.room))
                    }
                }
                var placed = resident
                placed.householdID = households[householdKey]!
                ready.append((placed, row.gridCode))
            }
            progress(ImportProgress(phase: .matching, done: candidates.count, total: candidates.count))
            if !errors.isEmpty {
                throw RowValidationFailure(errors.sorted { ($0.row, $0.field) < ($1.row, $1.field) })
            }
            for household in newHouseholds {
                try await sql.raw(
                    """
                    INSERT INTO households (id, building_id, street_code, community_code, grid_code, unit, room, created_at)
                    VALUES (\(bind: household.id), \(bind: household.building), \(bind: TerritoryCode.streetCode(of: household.grid)),
                        \(bind: TerritoryCode.communityCode(of: household.grid)), \(bind: household.grid), \(bind: household.unit),
                        \(bind: household.room), \(bind: now))
                    """
                ).run()
            }
            for (index, (resident, grid)) in ready.enumerated() {
                if index % step == 0 { progress(ImportProgress(phase: .writing, done: index, total: ready.count)) }
                try await Self.insert(resident, gridCode: grid, at: now, in: sql)
            }
            progress(ImportProgress(phase: .writing, done: ready.count, total: ready.count))
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .recordsImported, subject: "residents", territoryCode: principal.scope.code,
                    detail: ["rows": String(ready.count), "households": String(newHouseholds.count)]),
                at: clock(), in: sql, engine: engine)
            return ImportSummary(residents: ready.count, householdsCreated: newHouseholds.count)
        }
    }
}
