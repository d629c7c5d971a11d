import DoorstepCore
import DoorstepStore
import Foundation

/// The year's months as a trend: twelve months ending with the one the period ends in, each month counted by the
/// registry, drawn as a line chart with its table.
enum DashboardTrend {
    static func months(endingWith day: CalendarDay) -> [ReportingPeriod] {
        (0..<12).reversed().map { back in
            var year = day.year, month = day.month - back
            while month < 1 { month += 12; year -= 1 }
            let first = CalendarDay(year, month, 1)
            let nextMonth = month == 12 ? CalendarDay(year + 1, 1, 1) : CalendarDay(year, month + 1, 1)
            return ReportingPeriod(first: first, last: min(nextMonth.adding(days: -1), day))
        }
    }

    static func model(
        _ keys: [FigureKey], _ query: FigureQuery, _ principal: Principal, _ store: Store, _ strings: Strings, _ language: Language
    ) async throws -> [String: Any] {
        let months = months(endingWith: query.period.last)
        let counts = try await store.figures.series(keys, in: query.code, periods: months, by: principal)
        let labels = months.map { language == .en ? "\($0.first.year % 100)-\($0.first.month)" : "\($0.first.month)月" }
        let shown = keys.filter { key in counts.contains { $0[key] != nil } }
        let series = shown.map { key in
            ChartSeries(name: FigureRegistry.definition(key).name.text(language), values: counts.map { $0[key].map { Double($0.value) } })
        }
        let title = strings["dashboard_trend_title"]
        let description = strings.format("dashboard_trend_description", ["from": months[0].first.description, "to": query.period.last.description])
        return [
            "svg": LineChart.svg(title: title, description: description, labels: labels, series: series, unit: ""),
            "title": title, "labels": labels,
            "rows": shown.map { key -> [String: Any] in
                [
                    "name": FigureRegistry.definition(key).name.text(language),
                    "cells": zip(months, counts).map { month, count -> [String: Any] in
                        [
                            "text": count[key]?.text(FigureRegistry.definition(key).kind) ?? "—",
                            "href": FiguresRoute.records.path(key.rawValue).keeping(FigureQuery(code: query.code, period: month)),
                        ]
                    },
                ]
            },
        ]
    }
}
