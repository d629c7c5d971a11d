import DoorstepCore
import Foundation

/// Every registered figure of a carried street, counted in its own database and again in the target after the
/// carry: for the street and each community and grid, the year to `today` beside the year before, each month of
/// this year and last, and the breakdown one level down. Rows and their times are carried as they were, so any
/// difference is a fault of the carry.
struct CarryFigures: Sendable {
    let codes: [String]
    let today: CalendarDay

    /// Each comparison, counted by its own means.
    struct Comparison: Sendable, Equatable {
        var compared = 0
        var differing: [String] = []
    }

    func compare(_ source: Store, _ target: Store) async throws -> Comparison {
        guard let street = codes.first else { return Comparison() }
        let principal = Principal.commandLine(street: street)
        let year = ReportingPeriod(first: today.adding(days: -364), last: today)
        let months = (today.year - 1...today.year).flatMap { year in
            (1...12).map { month in
                let first = CalendarDay(year, month, 1)
                let next = month == 12 ? CalendarDay(year + 1, 1, 1) : CalendarDay(year, month + 1, 1)
                return ReportingPeriod(first: first, last: next.adding(days: -1))
            }
        }
        var comparison = Comparison()
        func record(_ code: String, _ what: String, same: Bool, numbers: Int) {
            comparison.compared += numbers
            if !same { comparison.differing.append("\(code) \(what)") }
        }
        for code in codes {
            let values = try await (
                source.figures.values(in: code, period: year, by: principal), target.figures.values(in: code, period: year, by: principal)
            )
            record(code, "values", same: values.0 == values.1, numbers: values.0.count * 2)
            // A few figures a year at a time: SQLite takes at most 500 terms in one compound statement.
            for keys in stride(from: 0, to: FigureKey.allCases.count, by: 8).map({ Array(FigureKey.allCases[$0..<min($0 + 8, FigureKey.allCases.count)]) }) {
                for months in [Array(months.prefix(12)), Array(months.suffix(12))] {
                    let series = try await (
                        source.figures.series(keys, in: code, periods: months, by: principal),
                        target.figures.series(keys, in: code, periods: months, by: principal)
                    )
                    record(code, "series", same: series.0 == series.1, numbers: series.0.reduce(0) { $0 + $1.count })
                }
            }
            let breakdown = try await (
                source.figures.breakdown(FigureKey.allCases, in: code, period: year, by: principal),
                target.figures.breakdown(FigureKey.allCases, in: code, period: year, by: principal)
            )
            record(code, "breakdown", same: breakdown.0 == breakdown.1, numbers: breakdown.0.values.reduce(0) { $0 + $1.count })
        }
        return comparison
    }
}
