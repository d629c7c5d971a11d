import DoorstepCore
import Foundation
import SQLKit

extension CityBuilder {
    /// The states a case no longer leaves on its own (the final ones, and closed awaiting its rating): only these
    /// are copied into past years.
    static let finishedStates = "(" + CaseState.allCases.filter { $0.isFinal || $0 == .closed }.map { "'\($0.rawValue)'" }
        .joined(separator: ", ") + ")"

    /// How many copies of its demo grid's cases each city grid takes so the city holds about `scale.cases`: every
    /// copy holds the finished cases, only the present year's copies the open ones.
    func copiesNeeded(for scale: CityScale, _ plan: CityPlan) async throws -> Int {
        let perGrid = try await store.database.read { sql in
            try await sql.raw(
                """
                SELECT grid_code, SUM(CASE WHEN state IN \(unsafeRaw: Self.finishedStates) THEN 1 ELSE 0 END) AS finished,
                    COUNT(*) AS total
                FROM cases WHERE grid_code IS NOT NULL GROUP BY grid_code
                """
            ).all().reduce(into: [String: (finished: Int, open: Int)]()) { counts, row in
                let finished = try row.int("finished")
                counts[try row.string("grid_code")] = (finished, try row.int("total") - finished)
            }
        }
        let finished = plan.places.reduce(0) { $0 + (perGrid[$1.sourceGrid]?.finished ?? 0) }
        let open = plan.places.reduce(0) { $0 + (perGrid[$1.sourceGrid]?.open ?? 0) }
        func cases(_ copies: Int) -> Int { finished * copies + open * ((copies + scale.years - 1) / scale.years) }
        var copies = 1
        while cases(copies + 1) <= scale.cases { copies += 1 }
        return copies
    }

    /// Copies the demo's cases with their history, its visits and its volunteers' activities and hours into the
    /// city, one street per transaction; returns what it wrote.
    func copyWork(
        _ plan: CityPlan, copies: Int, years: Int, progress: @escaping @Sendable (String) -> Void
    ) async throws -> (cases: Int, events: Int, visits: Int, signups: Int) {
        let indexes = try await store.database.write { sql in
            try await Self.prepareSources(copies: copies, years: years, in: sql)
            return try await BulkIndexes.setAside(on: ["cases", "case_events", "visits", "signups", "volunteer_activities"], in: sql)
        }
        let statements = try await store.database.write { sql in try await CityCopies(sql: sql, copies: copies) }
        for street in plan.streets.indices {
            try await store.database.write { sql in
                for statement in statements.all { try await sql.raw("\(unsafeRaw: statement) AND g.street_n = \(bind: street)").run() }
            }
            progress("street \(street + 1) of \(plan.streets.count)")
        }
        return try await store.database.write { sql in
            try await indexes.rebuild(in: sql)
            func count(_ query: SQLQueryString) async throws -> Int { try await sql.raw(query).first()!.int("n") }
            return (
                try await count("SELECT COUNT(*) AS n FROM cases WHERE id LIKE '%~%'"),
                try await count("SELECT COUNT(*) AS n FROM case_events WHERE case_id LIKE '%~%'"),
                try await count("SELECT COUNT(*) AS n FROM visits WHERE id LIKE '%~%'"),
                try await count("SELECT COUNT(*) AS n FROM signups WHERE id LIKE '%~%' AND confirmed_at IS NOT NULL")
            )
        }
    }

    /// The demo's records as they stand, in temporary tables the copies read (a table copied into itself would be
    /// read to the end first, all in memory), and the copies' shifts: copy `k` moves back `k mod years` years of
    /// 52 weeks and `k / years` days.
    static func prepareSources(copies: Int, years: Int, in sql: any SQLDatabase) async throws {
        try await sql.raw("CREATE TEMP TABLE city_copies (k INTEGER PRIMARY KEY, past INTEGER NOT NULL, shift TEXT NOT NULL)").run()
        for k in 0..<copies {
            let days = 364 * (k % years) + k / years
            try await sql.raw("INSERT INTO city_copies VALUES (\(bind: k), \(bind: k % years == 0 ? 0 : 1), \(bind: "-\(days) days"))").run()
        }
        try await sql.raw(
            """
            CREATE TEMP TABLE city_cases AS SELECT c.*, ROW_NUMBER() OVER (ORDER BY c.id) - 1 AS rank_n,
                CASE WHEN c.state IN \(unsafeRaw: finishedStates) THEN 1 ELSE 0 END AS finished
            FROM cases c WHERE c.grid_code IS NOT NULL
            """
        ).run()
        try await sql.raw("CREATE INDEX temp.city_cases_grid ON city_cases(grid_code)").run()
        try await sql.raw("CREATE UNIQUE INDEX temp.city_cases_id ON city_cases(id)").run()
        try await sql.raw("CREATE TEMP TABLE city_events AS SELECT * FROM case_events").run()
        try await sql.raw("CREATE INDEX temp.city_events_case ON city_events(case_id)").run()
        try await sql.raw("CREATE TEMP TABLE city_visits AS SELECT *, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rank_n FROM visits").run()
        try await sql.raw("CREATE INDEX temp.city_visits_grid ON city_visits(grid_code)").run()
        for table in ["volunteers", "volunteer_activities", "signups"] {
            try await sql.raw("CREATE TEMP TABLE \(ident: "city_" + table) AS SELECT * FROM \(ident: table)").run()
        }
        try await sql.raw(
            """
            CREATE TEMP TABLE city_communities AS SELECT community_code AS code, street_code, street_n,
                MIN(source_community) AS source_community, secretary_id FROM city_grids GROUP BY community_code
            """
        ).run()
    }
}
