import DoorstepCore
import DoorstepStore
import Foundation

/// Every community of a street (or grid of a community) side by side, one row each with the territory's own total,
/// sortable by any column (by links: the pages run no script), each cell opening its records.
enum DashboardSideBySide {
    static func model(
        _ query: FigureQuery, _ principal: Principal, _ store: Store, sort: String?, descending: Bool, action: Link,
        _ language: Language
    ) async throws -> [String: Any]? {
        guard let narrowed = principal.narrowed(to: query.code), narrowed.scope.level != .grid else { return nil }
        let children: [(String, String)] =
            narrowed.scope.level == .street
            ? try await store.territory.communities(for: narrowed).map { ($0.code, $0.name) }
            : try await store.territory.grids(for: narrowed).map { ($0.code, $0.name) }
        guard !children.isEmpty else { return nil }
        let childLevel: ScopeLevel = narrowed.scope.level == .street ? .community : .grid
        let keys = DashboardFigures.sideBySide.filter { FigureRegistry.definition($0).levels.contains(childLevel) }
        let counts = try await store.figures.breakdown(keys, in: query.code, period: query.period, by: principal)
        let totals = try await store.figures.values(keys, in: query.code, period: query.period, by: principal)
        let sortKey = sort.flatMap(FigureKey.init(rawValue:)).flatMap { keys.contains($0) ? $0 : nil }
        func count(_ code: String, _ key: FigureKey) -> FigureCount {
            counts[code]?[key] ?? FigureCount(0, of: FigureRegistry.definition(key).isRate ? 0 : nil)
        }
        var rows = children
        if let sortKey {
            let kind = FigureRegistry.definition(sortKey).kind
            rows.sort { a, b in
                let x = count(a.0, sortKey).number(kind) ?? -1, y = count(b.0, sortKey).number(kind) ?? -1
                return x == y ? a.0 < b.0 : (descending ? x > y : x < y)
            }
        }
        func cell(_ code: String, _ value: FigureCount, _ key: FigureKey) -> [String: Any] {
            let definition = FigureRegistry.definition(key)
            var cell: [String: Any] = [
                "text": value.text(definition.kind),
                "href": FiguresRoute.records.path(key.rawValue).keeping(FigureQuery(code: code, period: query.period)),
            ]
            if definition.isRate { cell["counts"] = "\(value.value)/\(value.denominator ?? 0)" }
            return cell
        }
        return [
            "columns": keys.map { key -> [String: Any] in
                let descendingNext = !(sortKey == key && descending)
                return [
                    "name": FigureRegistry.definition(key).name.text(language), "key": key.rawValue,
                    "sorted": sortKey == key ? (descending ? "descending" : "ascending") : false,
                    "href": action.keeping(query).query(["sort": key.rawValue, "dir": descendingNext ? "desc" : "asc"]).fragment("side-by-side"),
                ]
            },
            "rows": rows.map { code, name -> [String: Any] in
                [
                    "code": code, "name": name,
                    "href": action.keeping(FigureQuery(code: code, period: query.period)),
                    "cells": keys.map { cell(code, count(code, $0), $0) },
                ]
            },
            "total": totals.map { cell(query.code, $0.current, $0.key) },
        ]
    }
}
