import DoorstepCore
import Foundation
import SQLKit

extension FigureStore {
    /// Where problems of one kind recur in a territory over a period (源头治理): cases grouped by building — or by grid
    /// where no building was named — and category, two or more, most first. How many came from a reporter who
    /// reported there before is counted from their accounts, never named.
    public func hotspots(in code: String, period: ReportingPeriod, by principal: Principal, limit: Int = 20) async throws -> [Hotspot] {
        let scope = try Self.territory(code, principal)
        let place = FigureRows.within(scope)
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        return try await counting.read { sql in
            let rows = try await sql.raw(
                """
                SELECT x.building, x.grid_code, x.community_code, x.category_code, MAX(x.category_name) AS category_name, COUNT(*) AS n,
                    COUNT(x.reporter_account_id) - COUNT(DISTINCT x.reporter_account_id) AS repeats, MAX(x.created_at) AS last
                FROM (SELECT COALESCE(building_id, '') AS building, grid_code, community_code, category_code, category_name,
                             reporter_account_id, created_at
                      FROM cases WHERE merged_into IS NULL AND grid_code IS NOT NULL
                          AND created_at >= \(bind: start) AND created_at < \(bind: end)) x
                WHERE \(place)
                GROUP BY x.building, x.grid_code, x.community_code, x.category_code HAVING COUNT(*) >= 2
                ORDER BY n DESC, last DESC, x.grid_code, x.building LIMIT \(bind: limit)
                """
            ).all()
            var grids: [String: String] = [:]
            var buildings: [String: String] = [:]
            var hotspots: [Hotspot] = []
            for row in rows {
                let grid = try row.string("grid_code"), building = try row.string("building")
                if grids[grid] == nil {
                    grids[grid] = try await sql.raw("SELECT name FROM grids WHERE code = \(bind: grid)").first()?.string("name") ?? grid
                }
                if !building.isEmpty, buildings[building] == nil {
                    buildings[building] = try await sql.raw("SELECT name FROM buildings WHERE id = \(bind: building)").first()?.string("name")
                }
                let gridName = grids[grid] ?? grid
                hotspots.append(
                    Hotspot(
                        place: building.isEmpty ? gridName : "\(gridName) \(buildings[building] ?? "")", placeCode: grid,
                        buildingID: building.isEmpty ? nil : building, categoryCode: try row.string("category_code"),
                        categoryName: try row.string("category_name"), cases: try row.int("n"), fromRepeatReporters: try row.int("repeats"),
                        lastReportedOn: ServiceFigures.chinaDay(try row.string("last"))))
            }
            return hotspots
        }
    }
}
