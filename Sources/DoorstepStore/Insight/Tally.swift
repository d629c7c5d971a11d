import DoorstepCore

/// Figures kept counted (decision 46): for every grid, community and street, how many records fall in each of a
/// tally's sets on each China day, kept by triggers on the records' table in the transaction that changes a record,
/// on both engines, so no write path can forget it. A street's dashboard then sums a few hundred tally rows where it
/// counted a million records. The closed loop's cases have one (`cases`), the visits and the opinions collected
/// theirs (`visits`, `opinions`, decision 48), the households and the volunteers' confirmed hours theirs.
///
/// A record contributes one (or its amount, for a figure that sums) to each set it is in, on the day of the set's
/// date column, at each of its places; a change to a record takes its old contributions away and adds its new ones
/// (those that did not change cancel out and write nothing).
struct Tally: Sendable {
    struct Measure: Sendable {
        /// `measure` in the tally; a rate's sets are named as `CaseSet` names them.
        let name: String
        /// Which records are in the set; `R.` stands for the record's row.
        let condition: String
        /// The column whose China day the record counts on.
        let day: String
        /// Kept by month too (`<name>ByMonth`, day `YYYY-MM`), for counts as at a day.
        var byMonth = false
        /// What a record adds to the set: one, or a column of its own (`R.` for the row) for a figure that sums.
        var amount = "1"
    }

    /// The table of the records counted, and the table their tally is kept in.
    let records: String
    let table: String
    let measures: [Measure]
    /// Whether the day columns hold a China day already (`2026-12-07`) rather than a UTC timestamp.
    let daysAreDates: Bool
    /// The columns besides places and days whose change can move a contribution.
    let conditionColumns: [String]
    /// The records' place columns, finest first; records placed no finer than a community have no grid's.
    var places = ["grid_code", "community_code", "street_code"]
    /// The tally rows a figure's part sums over a period; nil for the figures this tally does not keep.
    let terms: @Sendable (FigureKey, FigurePart, ReportingPeriod) -> [Term]?

    /// Every tally, in the order figures look for theirs.
    static let all: [Tally] = [.cases, .visits, .opinions, .households, .volunteerHours]

    /// The columns whose change can move a contribution.
    var columns: [String] {
        Array(Set(places + conditionColumns + measures.map(\.day))).sorted()
    }

    /// The China day (or month) of a day column.
    func day(_ column: String, month: Bool = false, on engine: Engine) -> String {
        if daysAreDates { return month ? "substr(\(column), 1, 7)" : column }
        switch engine {
        case .sqlite: return month ? "strftime('%Y-%m', \(column), '+8 hours')" : "date(\(column), '+8 hours')"
        case .postgres:
            return "to_char(CAST(\(column) AS timestamptz) AT TIME ZONE 'UTC' + INTERVAL '8 hours', '\(month ? "YYYY-MM" : "YYYY-MM-DD")')"
        }
    }

    /// One row per contribution of record `row` (`NEW`, `OLD`, or a table's alias), each worth `sign`: place,
    /// measure, day, n.
    func contributions(of row: String, sign: Int, on engine: Engine) -> String {
        var branches: [String] = []
        for measure in measures {
            let condition = measure.condition.replacingOccurrences(of: "R.", with: "\(row).")
            let amount = measure.amount.replacingOccurrences(of: "R.", with: "\(row).")
            for month in measure.byMonth ? [false, true] : [false] {
                let name = measure.name + (month ? "ByMonth" : "")
                let day = day("\(row).\(measure.day)", month: month, on: engine)
                for place in places {
                    branches.append(
                        "SELECT \(row).\(place) AS place, '\(name)' AS measure, \(day) AS day, \(sign) * \(amount) AS n WHERE \(condition)")
                }
            }
        }
        return branches.joined(separator: " UNION ALL ")
    }

    /// Adds the contributions `rows` lists to the tally; rows summing to nothing write nothing.
    func apply(_ rows: String) -> String {
        """
        INSERT INTO \(table) (place, measure, day, n)
        SELECT place, measure, day, SUM(n) FROM (\(rows)) contribution WHERE place IS NOT NULL AND day IS NOT NULL
        GROUP BY place, measure, day HAVING SUM(n) <> 0
        ON CONFLICT (place, measure, day) DO UPDATE SET n = \(table).n + excluded.n
        """
    }

    /// The tally's table, as every tally has it.
    func creation(on engine: Engine) -> String {
        """
        CREATE TABLE \(table) (
            place TEXT NOT NULL,
            measure TEXT NOT NULL,
            day TEXT NOT NULL,
            n BIGINT NOT NULL,
            PRIMARY KEY (place, measure, day)
        )\(engine == .sqlite ? " WITHOUT ROWID" : "")
        """
    }

    /// The triggers that keep the tally.
    func triggers(on engine: Engine) -> [String] {
        let new = contributions(of: "NEW", sign: 1, on: engine), old = contributions(of: "OLD", sign: -1, on: engine)
        let changed = columns.joined(separator: ", ")
        switch engine {
        case .sqlite:
            return [
                "CREATE TRIGGER \(table)_insert AFTER INSERT ON \(records) BEGIN \(apply(new)); END",
                "CREATE TRIGGER \(table)_update AFTER UPDATE OF \(changed) ON \(records) BEGIN \(apply(old + " UNION ALL " + new)); END",
                "CREATE TRIGGER \(table)_delete AFTER DELETE ON \(records) BEGIN \(apply(old)); END",
            ]
        case .postgres:
            return [
                """
                CREATE FUNCTION \(table)_apply() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN \(apply(new));
                    ELSIF TG_OP = 'UPDATE' THEN \(apply(old + " UNION ALL " + new));
                    ELSE \(apply(old));
                    END IF;
                    RETURN NULL;
                END $$
                """,
                """
                CREATE TRIGGER \(table) AFTER INSERT OR DELETE OR UPDATE OF \(changed) ON \(records)
                FOR EACH ROW EXECUTE FUNCTION \(table)_apply()
                """,
            ]
        }
    }

    /// Counts the tally afresh from the records: each set's grid rows in one pass over the records, then each
    /// community's from its grids' rows and its records without a grid (all of them, for records placed no finer),
    /// and each street's from its communities' (codes nest: a grid's code begins with its community's, a
    /// community's with its street's).
    func recount(on engine: Engine) -> [String] {
        var statements = ["DELETE FROM \(table)"]
        var withoutGrid: [String] = []
        for measure in measures {
            for month in measure.byMonth ? [false, true] : [false] {
                let day = day("c.\(measure.day)", month: month, on: engine)
                let condition = measure.condition.replacingOccurrences(of: "R.", with: "c.")
                let amount = measure.amount.replacingOccurrences(of: "R.", with: "c.")
                let name = measure.name + (month ? "ByMonth" : "")
                let passes = places.contains("grid_code")
                    ? [("grid_code", "c.grid_code IS NOT NULL"), ("community_code", "c.grid_code IS NULL")] : [("community_code", "TRUE")]
                for (place, placed) in passes {
                    let statement = """
                        INSERT INTO \(table) (place, measure, day, n)
                        SELECT c.\(place), '\(name)', \(day), SUM(\(amount)) FROM \(records) c
                        WHERE \(condition) AND \(placed) AND c.\(measure.day) IS NOT NULL
                        GROUP BY c.\(place), \(day)
                        """
                    if place == "grid_code" { statements.append(statement) } else { withoutGrid.append(statement) }
                }
            }
        }
        for (length, parent) in [(ScopeLevel.grid.codeLength, ScopeLevel.community.codeLength), (ScopeLevel.community.codeLength, ScopeLevel.street.codeLength)] {
            statements.append(
                """
                INSERT INTO \(table) (place, measure, day, n)
                SELECT substr(place, 1, \(parent)), measure, day, SUM(n) FROM \(table) WHERE length(place) = \(length)
                GROUP BY substr(place, 1, \(parent)), measure, day
                """)
            if length == ScopeLevel.grid.codeLength {
                statements += withoutGrid.map { $0 + " ON CONFLICT (place, measure, day) DO UPDATE SET n = \(table).n + excluded.n" }
            }
        }
        return statements
    }
}
