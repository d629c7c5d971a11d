import DoorstepCore
import Foundation
import SQLKit

extension BuildingStore {
    /// Imports buildings from a buildings' sheet, all or none, every bad row named: a grid inside the caller's
    /// scope, a name new in its grid (in the database and in the file), an address, numbers for the location, and
    /// an estate that exists in the grid's community when one is named.
    public func importRows(
        _ rows: [BuildingSheet.Row], by principal: Principal,
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var errors: [RowError] = []
        var checked: [(row: BuildingSheet.Row, latitude: Double?, longitude: Double?)] = []
        let step = ImportProgress.step(for: rows.count)
        for (index, row) in rows.enumerated() {
            if index % step == 0 { progress(ImportProgress(phase: .checking, done: index, total: rows.count)) }
            var rowErrors: [RowError] = []
            if TerritoryCode.problem(with: row.gridCode, at: .grid) != nil {
                rowErrors.append(RowError(row.number, "gridCode", .codeFormat(digits: ScopeLevel.grid.codeLength)))
            } else if !principal.scope.contains(code: row.gridCode) {
                rowErrors.append(RowError(row.number, "gridCode", .outsideYourScope))
            }
            var validator = Validator()
            validator.text("name", row.name, maximum: 50)
            validator.text("address", row.address, maximum: 200)
            rowErrors += validator.errors.map { RowError(row.number, $0.field, $0.problem) }
            let latitude = Self.coordinate(row.latitude, "latitude", -90...90, row.number, &rowErrors)
            let longitude = Self.coordinate(row.longitude, "longitude", -180...180, row.number, &rowErrors)
            errors += rowErrors
            if rowErrors.isEmpty { checked.append((row, latitude, longitude)) }
        }
        progress(ImportProgress(phase: .checking, done: rows.count, total: rows.count))
        let prior = errors
        let candidates = checked
        let now = Timestamp.format(clock())
        let engine = database.engine
        return try await database.write { sql in
            var errors = prior
            var seen: [String: Int] = [:]
            var grids: [String: Bool] = [:]
            var estates: [String: String?] = [:]
            var ready: [(BuildingSheet.Row, Double?, Double?, String?)] = []
            for (index, (row, latitude, longitude)) in candidates.enumerated() {
                if index % step == 0 { progress(ImportProgress(phase: .matching, done: index, total: candidates.count)) }
                if grids[row.gridCode] == nil {
                    grids[row.gridCode] = try await sql.raw("SELECT code FROM grids WHERE code = \(bind: row.gridCode)").first() != nil
                }
                guard grids[row.gridCode] == true else {
                    errors.append(RowError(row.number, "gridCode", .notFound))
                    continue
                }
                let key = "\(row.gridCode)\u{1F}\(row.name)"
                if let first = seen[key] {
                    errors.append(RowError(row.number, "name", .duplicateInFile(row: first)))
                    continue
                }
                seen[key] = row.number
                if try await Self.buildingID(named: row.name, inGrid: row.gridCode, in: sql) != nil {
                    errors.append(RowError(row.number, "name", .alreadyExists))
                    continue
                }
                var estateID: String?
                if !row.estate.isEmpty {
                    let community = TerritoryCode.communityCode(of: row.gridCode) ?? ""
                    let estateKey = "\(community)\u{1F}\(row.estate)"
                    if estates[estateKey] == nil {
                        estates[estateKey] = try await sql.raw(
                            "SELECT id FROM estates WHERE community_code = \(bind: community) AND name = \(bind: row.estate)"
                        ).first()?.string("id")
                    }
                    guard let found = estates[estateKey] ?? nil else {
                        errors.append(RowError(row.number, "estateID", .notFound))
                        continue
                    }
                    estateID = found
                }
                ready.append((row, latitude, longitude, estateID))
            }
            progress(ImportProgress(phase: .matching, done: candidates.count, total: candidates.count))
            if !errors.isEmpty {
                throw RowValidationFailure(errors.sorted { ($0.row, $0.field) < ($1.row, $1.field) })
            }
            for (index, (row, latitude, longitude, estateID)) in ready.enumerated() {
                if index % step == 0 { progress(ImportProgress(phase: .writing, done: index, total: ready.count)) }
                try await sql.raw(
                    """
                    INSERT INTO buildings (id, street_code, community_code, grid_code, estate_id, name, address, latitude,
                        longitude, created_at)
                    VALUES (\(bind: Secrets.identifier()), \(bind: TerritoryCode.streetCode(of: row.gridCode)),
                        \(bind: TerritoryCode.communityCode(of: row.gridCode)), \(bind: row.gridCode), \(bind: estateID),
                        \(bind: row.name), \(bind: row.address), \(bind: latitude), \(bind: longitude), \(bind: now))
                    """
                ).run()
            }
            progress(ImportProgress(phase: .writing, done: ready.count, total: ready.count))
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .recordsImported, subject: "buildings", territoryCode: principal.scope.code,
                    detail: ["rows": String(ready.count)]),
                at: clock(), in: sql, engine: engine)
            return ImportSummary(buildings: ready.count)
        }
    }

    /// An optional coordinate from a cell: empty is none; anything else must be a number in range.
    private static func coordinate(
        _ text: String, _ field: String, _ range: ClosedRange<Double>, _ row: Int, _ errors: inout [RowError]
    ) -> Double? {
        guard !text.isEmpty else { return nil }
        guard let value = Double(text), range.contains(value) else {
            errors.append(RowError(row, field, .unknownValue(allowed: ["\(Int(range.lowerBound))…\(Int(range.upperBound))"])))
            return nil
        }
        return value
    }

    /// The buildings inside the caller's scope as rows of the buildings' sheet (`BuildingSheet.Column` order).
    public func exportRows(for principal: Principal) async throws -> [[String]] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition(street: "b.street_code", community: "b.community_code", grid: "b.grid_code")
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT b.*, e.name AS estate FROM buildings b LEFT JOIN estates e ON e.id = b.estate_id
                WHERE \(scope) ORDER BY b.grid_code, b.name
                """
            ).all().map { row in
                [
                    try row.string("grid_code"), try row.string("name"), try row.string("address"),
                    try row.optionalString("estate") ?? "",
                    try row.optional("latitude", as: Double.self).map { String($0) } ?? "",
                    try row.optional("longitude", as: Double.self).map { String($0) } ?? "",
                ]
            }
        }
    }
}
