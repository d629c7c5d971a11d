import DoorstepCore
import DoorstepStore
import Foundation

/// The form above every figures page, dashboard and report: the territory (the caller's own and each one level
/// down) and the days, with the usual periods one tap away. Printed pages keep only the period line it gives.
enum PeriodForm {
    static func model(
        _ query: FigureQuery, _ principal: Principal, _ store: Store, _ strings: Strings, action: Link
    ) async throws -> [String: Any] {
        let own = principal.scope
        var places: [(String, String)] = [(own.code, try await store.territory.scopeName(for: principal))]
        switch own.level {
        case .street: places += try await store.territory.communities(for: principal).map { ($0.code, $0.name) }
        case .community: places += try await store.territory.grids(for: principal).map { ($0.code, $0.name) }
        case .grid: break
        }
        if own.level == .street {
            // A street's grids are reached through their community's row; naming the one asked for keeps it chosen.
            if !places.contains(where: { $0.0 == query.code }), let narrowed = principal.narrowed(to: query.code) {
                places.append((query.code, try await store.territory.scopeName(for: narrowed)))
            }
        }
        let today = CalendarDay(containing: Date())
        let presets: [(String, ReportingPeriod)] = [
            ("period_this_month", .monthToDate(Date())),
            ("period_last_month", lastMonth(today)),
            ("period_this_year", ReportingPeriod(first: CalendarDay(today.year, 1, 1), last: today)),
            ("period_last_twelve", ReportingPeriod(first: today.adding(days: -364), last: today)),
        ]
        var form: [String: Any] = [
            "action": action, "from": query.period.first.description, "to": query.period.last.description,
            "places": places.map { ["code": $0.0, "name": $0.1, "selected": $0.0 == query.code] as [String: Any] },
            "presets": presets.map { key, period in
                [
                    "label": strings[key], "current": period == query.period,
                    "href": action.query(["scope": query.code]).keeping(period),
                ] as [String: Any]
            },
            "periodLine": strings.format(
                "figures_period",
                ["from": query.period.first.description, "to": query.period.last.description,
                 "previousFrom": query.period.previous.first.description, "previousTo": query.period.previous.last.description]),
        ]
        // Counted on a replica, the figures trail the records by its replay: the page says up to when they hold.
        if let asOf = try await store.figures.asOf() {
            form["figuresAsOf"] = strings.format("figures_as_of", ["time": Display.moment(asOf)])
        }
        return form
    }

    static func lastMonth(_ today: CalendarDay) -> ReportingPeriod {
        let first = CalendarDay(today.year, today.month, 1).adding(days: -1)
        return ReportingPeriod(first: CalendarDay(first.year, first.month, 1), last: first)
    }
}
