import DoorstepCore

/// The closed loop's figures kept counted (decision 46): for every grid, community and street, how many cases fall
/// in each of the loop's sets on each China day — reported, still counted open, due, closed on time, dispatched,
/// rated … — kept by triggers on `cases` in the transaction that changes a case, on both engines, so no write path
/// can forget it. A street's dashboard then sums a few hundred tally rows where it counted a million cases.
///
/// A case contributes one to each set it is in, on the day of the set's date column; a change to a case takes its
/// old contributions away and adds its new ones (those that did not change cancel out and write nothing). The open
/// cases at a period's end are those opened before it less those of them closed before it, so those two sets are
/// also kept by month, and the open count sums at most a few dozen months and a month's days.
enum CaseTally {
    struct Measure: Sendable {
        /// `measure` in `case_tally`; a rate's sets are named as `CaseSet` names them.
        let name: String
        /// Which cases are in the set; `R.` stands for the case row.
        let condition: String
        /// The timestamp column whose China day the case counts on.
        let day: String
        /// Kept by month too (`<name>ByMonth`, day `YYYY-MM`), for counts as at a day.
        var byMonth = false
    }

    static let opened = "R.merged_into IS NULL AND R.state NOT IN ('rejected', 'voided')"
    static let due = "R.state NOT IN ('rejected', 'voided', 'shelved')"

    /// The sets, in the words of `FigureRows.loop`, `CaseRates.condition` and `PartyWorkFigures` (the figures'
    /// checks count them again from the cases, without the tally).
    static let measures: [Measure] = [
        Measure(name: "reported", condition: "R.merged_into IS NULL", day: "created_at"),
        // Problems solved (S10) are the cases closed in the period, as `PartyWorkFigures` counts them for a place.
        Measure(name: "problemsSolved", condition: "R.state IN ('closed', 'evaluated')", day: "closed_at"),
        Measure(name: "opened", condition: opened, day: "created_at", byMonth: true),
        Measure(name: "closedOfOpened", condition: "\(opened) AND R.closed_at IS NOT NULL", day: "closed_at", byMonth: true),
        Measure(name: CaseSet.dueInPeriod.rawValue, condition: due, day: "deadline"),
        Measure(name: CaseSet.closedOfDue.rawValue, condition: "\(due) AND R.closed_at IS NOT NULL", day: "deadline"),
        Measure(name: CaseSet.closedOnTimeOfDue.rawValue, condition: "\(due) AND R.closed_on_time = TRUE", day: "deadline"),
        Measure(name: CaseSet.dispatchedInPeriod.rawValue, condition: "TRUE", day: "dispatched_at"),
        Measure(name: CaseSet.respondedInTimeOfDispatched.rawValue, condition: "R.responded_in_time = TRUE", day: "dispatched_at"),
        Measure(name: CaseSet.ratedInPeriod.rawValue, condition: "TRUE", day: "evaluated_at"),
        Measure(name: CaseSet.solvedOfRated.rawValue, condition: "R.solved = TRUE", day: "evaluated_at"),
        Measure(
            name: CaseSet.satisfiedOfRated.rawValue, condition: "R.satisfaction IN ('verySatisfied', 'satisfied')",
            day: "evaluated_at"),
    ]

    /// The columns whose change can move a contribution.
    static var columns: [String] {
        let conditions = ["street_code", "community_code", "grid_code", "merged_into", "state", "closed_at", "closed_on_time",
            "responded_in_time", "solved", "satisfaction"]
        return Array(Set(conditions + measures.map(\.day))).sorted()
    }

    /// The China day (or month) of a stored UTC timestamp.
    static func day(_ column: String, month: Bool = false, on engine: Engine) -> String {
        switch engine {
        case .sqlite: month ? "strftime('%Y-%m', \(column), '+8 hours')" : "date(\(column), '+8 hours')"
        case .postgres:
            "to_char(CAST(\(column) AS timestamptz) AT TIME ZONE 'UTC' + INTERVAL '8 hours', '\(month ? "YYYY-MM" : "YYYY-MM-DD")')"
        }
    }

    /// One row per contribution of case `row` (`NEW`, `OLD`, or a table's alias), each worth `sign`: place,
    /// measure, day, n.
    static func contributions(of row: String, sign: Int, on engine: Engine) -> String {
        var branches: [String] = []
        for measure in measures {
            let condition = measure.condition.replacingOccurrences(of: "R.", with: "\(row).")
            for month in measure.byMonth ? [false, true] : [false] {
                let name = measure.name + (month ? "ByMonth" : "")
                let day = day("\(row).\(measure.day)", month: month, on: engine)
                for place in ["grid_code", "community_code", "street_code"] {
                    branches.append("SELECT \(row).\(place) AS place, '\(name)' AS measure, \(day) AS day, \(sign) AS n WHERE \(condition)")
                }
            }
        }
        return branches.joined(separator: " UNION ALL ")
    }

    /// Adds the contributions `rows` lists to the tally; rows summing to nothing write nothing.
    static func apply(_ rows: String) -> String {
        """
        INSERT INTO case_tally (place, measure, day, n)
        SELECT place, measure, day, SUM(n) FROM (\(rows)) contribution WHERE place IS NOT NULL AND day IS NOT NULL
        GROUP BY place, measure, day HAVING SUM(n) <> 0
        ON CONFLICT (place, measure, day) DO UPDATE SET n = case_tally.n + excluded.n
        """
    }

    /// The triggers that keep the tally, and the statements that remove them (the city's bulk copy sets them aside
    /// and counts the tally afresh after).
    static func triggers(on engine: Engine) -> [String] {
        let new = contributions(of: "NEW", sign: 1, on: engine), old = contributions(of: "OLD", sign: -1, on: engine)
        let changed = columns.joined(separator: ", ")
        switch engine {
        case .sqlite:
            return [
                "CREATE TRIGGER case_tally_insert AFTER INSERT ON cases BEGIN \(apply(new)); END",
                "CREATE TRIGGER case_tally_update AFTER UPDATE OF \(changed) ON cases BEGIN \(apply(old + " UNION ALL " + new)); END",
                "CREATE TRIGGER case_tally_delete AFTER DELETE ON cases BEGIN \(apply(old)); END",
            ]
        case .postgres:
            return [
                """
                CREATE FUNCTION case_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN \(apply(new));
                    ELSIF TG_OP = 'UPDATE' THEN \(apply(old + " UNION ALL " + new));
                    ELSE \(apply(old));
                    END IF;
                    RETURN NULL;
                END $$
                """,
                """
                CREATE TRIGGER case_tally AFTER INSERT OR DELETE OR UPDATE OF \(changed) ON cases
                FOR EACH ROW EXECUTE FUNCTION case_tally_apply()
                """,
            ]
        }
    }

    static func dropTriggers(on engine: Engine) -> [String] {
        switch engine {
        case .sqlite: ["insert", "update", "delete"].map { "DROP TRIGGER case_tally_\($0)" }
        case .postgres: ["DROP TRIGGER case_tally ON cases", "DROP FUNCTION case_tally_apply()"]
        }
    }

    /// Counts the tally afresh from the cases: each set's grid rows in one pass over the cases, then each
    /// community's from its grids' rows and its cases without a grid, and each street's from its communities' (codes
    /// nest: a grid's code begins with its community's, a community's with its street's).
    static func recount(on engine: Engine) -> [String] {
        var statements = ["DELETE FROM case_tally"]
        var withoutGrid: [String] = []
        for measure in measures {
            for month in measure.byMonth ? [false, true] : [false] {
                let day = day("c.\(measure.day)", month: month, on: engine)
                let condition = measure.condition.replacingOccurrences(of: "R.", with: "c.")
                let name = measure.name + (month ? "ByMonth" : "")
                for (place, grid) in [("grid_code", "IS NOT NULL"), ("community_code", "IS NULL")] {
                    let statement = """
                        INSERT INTO case_tally (place, measure, day, n)
                        SELECT c.\(place), '\(name)', \(day), COUNT(*) FROM cases c
                        WHERE \(condition) AND c.grid_code \(grid) AND c.\(measure.day) IS NOT NULL
                        GROUP BY c.\(place), \(day)
                        """
                    if place == "grid_code" { statements.append(statement) } else { withoutGrid.append(statement) }
                }
            }
        }
        for (length, parent) in [(ScopeLevel.grid.codeLength, ScopeLevel.community.codeLength), (ScopeLevel.community.codeLength, ScopeLevel.street.codeLength)] {
            statements.append(
                """
                INSERT INTO case_tally (place, measure, day, n)
                SELECT substr(place, 1, \(parent)), measure, day, SUM(n) FROM case_tally WHERE length(place) = \(length)
                GROUP BY substr(place, 1, \(parent)), measure, day
                """)
            if length == ScopeLevel.grid.codeLength {
                statements += withoutGrid.map { $0 + " ON CONFLICT (place, measure, day) DO UPDATE SET n = case_tally.n + excluded.n" }
            }
        }
        return statements
    }
}
