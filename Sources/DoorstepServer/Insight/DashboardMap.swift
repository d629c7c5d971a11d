import DoorstepCore
import DoorstepStore
import Foundation

/// The grids of a territory on one map, coloured by a chosen figure, with their buildings; its numbers are in the
/// table under it.
enum DashboardMap {
    static func model(
        _ key: FigureKey, _ query: FigureQuery, _ principal: Principal, _ store: Store, _ strings: Strings, _ language: Language
    ) async throws -> [String: Any]? {
        guard let narrowed = principal.narrowed(to: query.code) else { return nil }
        let grids = try await store.territory.grids(for: narrowed).filter { $0.boundary != nil }
        guard !grids.isEmpty else { return nil }
        let definition = FigureRegistry.definition(key)
        let values: [String: FigureCount]
        if query.code.count == ScopeLevel.grid.codeLength {
            values = [query.code: try await store.figures.values([key], in: query.code, period: query.period, by: principal).first?.current]
                .compactMapValues { $0 }
        } else {
            values = try await store.figures.breakdown([key], in: query.code, period: query.period, at: .grid, by: principal)
                .compactMapValues { $0[key] }
        }
        let buildings = try await store.buildings.buildings(for: narrowed)
        let communities =
            narrowed.scope.level == .street
            ? Dictionary(uniqueKeysWithValues: try await store.territory.communities(for: narrowed).map { ($0.code, $0.name) }) : [:]
        let shapes = grids.map { grid -> GridShape in
            let count = values[grid.code] ?? FigureCount(0, of: definition.isRate ? 0 : nil)
            return GridShape(
                code: grid.code, name: grid.name, ring: grid.boundary!.ring, value: count.number(definition.kind),
                valueText: count.text(definition.kind),
                buildings: buildings.filter { $0.gridCode == grid.code }.compactMap { building in
                    guard let latitude = building.latitude, let longitude = building.longitude else { return nil }
                    return MapPoint(name: building.name, latitude: latitude, longitude: longitude)
                })
        }
        let name = definition.name.text(language)
        let title = strings.format("dashboard_map_title", ["figure": name])
        return [
            "svg": GridMap.svg(
                title: title, description: strings.format("dashboard_map_description", ["figure": name, "period": "\(query.period.first) – \(query.period.last)"]),
                grids: shapes, legendTitle: name + (definition.unit.text(language).isEmpty ? "" : "（\(definition.unit.text(language))）"),
                noDataText: strings["dashboard_map_no_data"]),
            "title": title,
            "choices": DashboardFigures.map.filter { FigureRegistry.definition($0).levels.contains(.grid) }.map { choice -> [String: Any] in
                ["key": choice.rawValue, "name": FigureRegistry.definition(choice).name.text(language), "selected": choice == key]
            },
            "rows": zip(grids, shapes).map { grid, shape -> [String: Any] in
                [
                    // The table names a street's grids with their community: each community has its 第一网格.
                    "name": communities[grid.communityCode].map { "\($0) \(grid.name)" } ?? grid.name, "text": shape.valueText,
                    "href": FiguresRoute.records.path(key.rawValue).keeping(FigureQuery(code: shape.code, period: query.period)),
                ]
            },
        ]
    }
}
