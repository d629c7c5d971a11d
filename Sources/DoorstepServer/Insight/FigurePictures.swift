import DoorstepCore
import DoorstepStore
import Foundation

/// The figures page's pictures, each with its numbers in a table: one figure by community or grid (chosen), cases by
/// category and where they stand, and satisfaction before and after where one place was surveyed twice.
enum FigurePictures {
    static let barChoices: [FigureKey] = [.casesReported, .openCases, .visits, .opinions, .problemsSolved, .partyMembers, .households, .onTimeRate]

    static func model(
        _ query: FigureQuery, bars key: FigureKey, _ principal: Principal, _ store: Store, _ strings: Strings, _ language: Language
    ) async throws -> [String: Any] {
        var model: [String: Any] = [:]
        let definition = FigureRegistry.definition(key)
        if let narrowed = principal.narrowed(to: query.code), narrowed.scope.level != .grid {
            let children: [(String, String)] =
                narrowed.scope.level == .street
                ? try await store.territory.communities(for: narrowed).map { ($0.code, $0.name) }
                : try await store.territory.grids(for: narrowed).map { ($0.code, $0.name) }
            let counts = try await store.figures.breakdown([key], in: query.code, period: query.period, by: principal)
            let bars = children.map { code, name -> (label: String, value: Double, note: String?) in
                let count = counts[code]?[key] ?? FigureCount(0, of: definition.isRate ? 0 : nil)
                return (name, count.number(definition.kind) ?? 0, definition.isRate ? "\(count.value)/\(count.denominator ?? 0)" : nil)
            }
            let name = definition.name.text(language)
            model["bars"] = [
                "title": strings.format("pictures_bars_title", ["figure": name]),
                "svg": BarChart.svg(
                    title: strings.format("pictures_bars_title", ["figure": name]),
                    description: strings.format("pictures_bars_description", ["figure": name, "period": "\(query.period.first) – \(query.period.last)"]),
                    bars: bars, unit: definition.isRate ? "%" : definition.unit.text(language)),
                "rows": zip(children, bars).map { child, bar -> [String: Any] in
                    [
                        "name": child.1, "text": (counts[child.0]?[key] ?? FigureCount(0, of: definition.isRate ? 0 : nil)).text(definition.kind),
                        "href": FiguresRoute.records.path(key.rawValue).keeping(FigureQuery(code: child.0, period: query.period)),
                    ]
                },
                "choices": barChoices.map { ["key": $0.rawValue, "name": FigureRegistry.definition($0).name.text(language), "selected": $0 == key] as [String: Any] },
            ] as [String: Any]
        }
        if principal.can(.viewCases) {
            let categories = try await store.figures.casesByCategory(in: query.code, period: query.period, by: principal)
            if !categories.isEmpty {
                let states = ["pictures_closed", "pictures_in_hand", "pictures_waiting", "pictures_dropped"].map { strings[$0] }
                let series = zip(states, [\CategoryStates.closed, \.inHand, \.waiting, \.dropped]).map { name, path in
                    ChartSeries(name: name, values: categories.map { Double($0[keyPath: path]) })
                }
                model["categories"] = [
                    "title": strings["pictures_categories_title"], "states": states,
                    "svg": BarChart.grouped(
                        title: strings["pictures_categories_title"],
                        description: strings.format("pictures_categories_description", ["period": "\(query.period.first) – \(query.period.last)"]),
                        labels: categories.map { strings.category($0.category) }, series: series, unit: strings["pictures_cases_unit"]),
                    "rows": categories.map { ["name": strings.category($0.category), "cells": [$0.closed, $0.inHand, $0.waiting, $0.dropped], "total": $0.total] as [String: Any] },
                ] as [String: Any]
            }
        }
        if let change = try await store.figures.satisfactionBeforeAfter(in: query.code, period: query.period, by: principal) {
            let labels = [strings["pictures_before"], strings["pictures_after"]]
            model["satisfaction"] = [
                "title": strings.format("pictures_satisfaction_title", ["place": change.place]),
                "svg": BarChart.svg(
                    title: strings.format("pictures_satisfaction_title", ["place": change.place]),
                    description: strings.format("pictures_satisfaction_description", ["place": change.place]),
                    bars: zip(labels, [change.before, change.after]).map { ($0, $1.percent ?? 0, "\($1.numerator)/\($1.denominator)") },
                    unit: "%"),
                "rows": zip(labels, [change.before, change.after]).map { ["name": $0, "text": $1.textWithCounts(language)] },
            ] as [String: Any]
        }
        return model
    }
}
