import DoorstepCore
import SQLKit

extension CaseTally {
    /// One range of tally rows a figure adds (or, for cases closed, takes away).
    struct Term {
        let measure: String
        let subtract: Bool
        let from: String
        let through: String
        /// `through` itself is left out (a month before the last day's month).
        var before = false
    }

    /// The tally rows `key`'s `part` sums over `period`; nil for the figures the tally does not keep (all but the
    /// closed loop's and the problems solved, and the rework rate, which counts history lines).
    static func terms(_ key: FigureKey, _ part: FigurePart, _ period: ReportingPeriod) -> [Term]? {
        let first = period.first.description, last = period.last.description
        func sets(_ metric: CaseMetric) -> [Term] {
            [Term(measure: (part == .value ? metric.numerator : metric.denominator).rawValue, subtract: false, from: first, through: last)]
        }
        switch key {
        case .casesReported: return [Term(measure: "reported", subtract: false, from: first, through: last)]
        case .problemsSolved: return [Term(measure: "problemsSolved", subtract: false, from: first, through: last)]
        case .openCases:
            // Opened before the period's end less those of them closed before it: whole months, then the last month's days.
            let month = String(last.prefix(7))
            return [
                Term(measure: "openedByMonth", subtract: false, from: "", through: month, before: true),
                Term(measure: "closedOfOpenedByMonth", subtract: true, from: "", through: month, before: true),
                Term(measure: "opened", subtract: false, from: month + "-01", through: last),
                Term(measure: "closedOfOpened", subtract: true, from: month + "-01", through: last),
            ]
        case .closedRate: return sets(.closedRate)
        case .onTimeRate: return sets(.onTimeRate)
        case .responseRate: return sets(.responseRate)
        case .resolutionRate: return sets(.resolutionRate)
        case .caseSatisfactionRate: return sets(.satisfactionRate)
        default: return nil
        }
    }

    /// The sum of `terms` over the tally rows `t` of one place (a condition the caller adds); PostgreSQL sums
    /// BIGINTs as NUMERIC, so callers cast it back.
    static func sum(_ terms: [Term]) -> (total: SQLQueryString, rows: SQLQueryString) {
        var rows: SQLQueryString = "("
        for (index, term) in terms.enumerated() {
            if index > 0 { rows.appendLiteral(" OR ") }
            rows.appendInterpolation(
                """
                (t.measure = \(bind: term.measure) AND t.day >= \(bind: term.from) AND t.day \(unsafeRaw: term.before ? "<" : "<=") \
                \(bind: term.through))
                """ as SQLQueryString)
        }
        rows.appendLiteral(")")
        let subtracted = terms.filter(\.subtract).map(\.measure)
        guard !subtracted.isEmpty else { return ("SUM(t.n)", rows) }
        return ("SUM(CASE WHEN t.measure IN (\(binds: subtracted)) THEN -t.n ELSE t.n END)", rows)
    }

    /// `key`'s `part` for the territory `code` over `period`, as one row `(p, k, n)`; nil where the tally does not
    /// keep it.
    static func count(_ key: FigureKey, _ part: FigurePart, code: String, period: ReportingPeriod, p: Int, k: Int) -> SQLQueryString? {
        guard let terms = terms(key, part, period) else { return nil }
        let (total, rows) = sum(terms)
        return """
            SELECT \(literal: p) AS p, \(literal: k) AS k, CAST(COALESCE(\(total), 0) AS BIGINT) AS n FROM case_tally t
            WHERE t.place = \(bind: code) AND \(rows)
            """
    }

    /// `key`'s `part` for each territory at `level` inside `code`, as rows `(k, place, n)`; places whose count is
    /// nothing are left out, as the counts from the records leave them out.
    static func breakdown(
        _ key: FigureKey, _ part: FigurePart, in code: String, at level: ScopeLevel, period: ReportingPeriod, k: Int
    ) -> SQLQueryString? {
        guard let terms = terms(key, part, period) else { return nil }
        let (total, rows) = sum(terms)
        let table: SQLQueryString = level == .grid ? "grids" : "communities"
        return """
            SELECT \(literal: k) AS k, t.place AS place, CAST(\(total) AS BIGINT) AS n FROM case_tally t
            WHERE t.place IN (SELECT code FROM \(table) WHERE code >= \(bind: code) AND code < \(bind: FigureRows.successor(of: code)))
                AND \(rows)
            GROUP BY t.place HAVING \(total) <> 0
            """
    }
}
