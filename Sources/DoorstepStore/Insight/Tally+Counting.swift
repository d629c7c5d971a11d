import DoorstepCore
import SQLKit

extension Tally {
    /// One range of tally rows a figure adds (or, for cases closed, takes away).
    struct Term {
        let measure: String
        let subtract: Bool
        let from: String
        let through: String
        /// `through` itself is left out (a month before the last day's month).
        var before = false

        /// Every day of `period`.
        static func within(_ period: ReportingPeriod, _ measure: String) -> Term {
            Term(measure: measure, subtract: false, from: period.first.description, through: period.last.description)
        }

        /// Every day up to `period`'s last, of a measure kept by month too: whole months before the last day's month,
        /// then that month's days.
        static func asAtEnd(of period: ReportingPeriod, _ measure: String, subtract: Bool = false) -> [Term] {
            let last = period.last.description, month = String(last.prefix(7))
            return [
                Term(measure: measure + "ByMonth", subtract: subtract, from: "", through: month, before: true),
                Term(measure: measure, subtract: subtract, from: month + "-01", through: last),
            ]
        }
    }

    /// The tally that keeps `key`'s `part` over `period`, with the rows it sums; nil where no tally keeps it.
    static func keeping(_ key: FigureKey, _ part: FigurePart, _ period: ReportingPeriod) -> (tally: Tally, terms: [Term])? {
        for tally in all {
            if let terms = tally.terms(key, part, period) { return (tally, terms) }
        }
        return nil
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

    /// `key`'s `part` for the territory `code` over `period`, as one row `(p, k, n)`; nil where no tally keeps it.
    static func count(_ key: FigureKey, _ part: FigurePart, code: String, period: ReportingPeriod, p: Int, k: Int) -> SQLQueryString? {
        guard let (tally, terms) = keeping(key, part, period) else { return nil }
        let (total, rows) = sum(terms)
        return """
            SELECT \(literal: p) AS p, \(literal: k) AS k, CAST(COALESCE(\(total), 0) AS BIGINT) AS n FROM \(ident: tally.table) t
            WHERE t.place = \(bind: code) AND \(rows)
            """
    }

    /// `key`'s `part` for each territory at `level` inside `code`, as rows `(k, place, n)`; places whose count is
    /// nothing are left out, as the counts from the records leave them out. Each range is its own branch: as one
    /// condition of ORs, SQLite (with statistics) walked the whole tally's key for every place (186 ms against 5).
    static func breakdown(
        _ key: FigureKey, _ part: FigurePart, in code: String, at level: ScopeLevel, period: ReportingPeriod, k: Int
    ) -> SQLQueryString? {
        guard let (tally, terms) = keeping(key, part, period) else { return nil }
        let places: SQLQueryString = level == .grid ? "grids" : "communities"
        let branches = terms.map { term -> SQLQueryString in
            """
            SELECT t.place, \(unsafeRaw: term.subtract ? "-t.n" : "t.n") AS n FROM \(ident: tally.table) t
            WHERE t.place IN (SELECT code FROM \(places) WHERE code >= \(bind: code) AND code < \(bind: FigureRows.successor(of: code)))
                AND t.measure = \(bind: term.measure) AND t.day >= \(bind: term.from)
                AND t.day \(unsafeRaw: term.before ? "<" : "<=") \(bind: term.through)
            """
        }
        return """
            SELECT \(literal: k) AS k, u.place AS place, CAST(SUM(u.n) AS BIGINT) AS n FROM (\(branches.joined(separator: " UNION ALL "))) u
            GROUP BY u.place HAVING SUM(u.n) <> 0
            """
    }
}
