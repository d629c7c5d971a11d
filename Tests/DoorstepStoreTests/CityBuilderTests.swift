import DoorstepCore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@testable import DoorstepStore

/// The city the benchmarks measure (`doorstep demo --scale city`), built small: what it writes must hold every
/// relation the figures and the pages rely on, or the numbers measured on it mean nothing.
@Suite("A city around the demo")
struct CityBuilderTests {
    static let scale = CityScale(streets: 2, communitiesPerStreet: 2, gridsPerCommunity: 3, residents: 300, cases: 3_000, years: 3)

    @Test("copies the demo's year into past years without a difference in any figure, an orphan record or an old open case")
    func cityHoldsTogether() async throws {
        try await withTestDatabase(.sqlite) { database in
            let store = Store(database: database, settings: testSettings())
            let built = try #require(try await CityBuilder(store: store).build(Self.scale, password: "Demo-Password-2026"))
            let city = built.city
            #expect((city.streets, city.communities, city.grids) == (2, 4, 12))
            #expect(city.residents == 300)
            // Within one copy's worth of the cases asked for.
            #expect(city.cases <= 3_000 && city.cases > 3_000 - 12 * 100)
            #expect(city.caseEvents > city.cases * 3 && city.visits > 0 && city.volunteerHours > 0)

            let street = "\(built.demo.street.code.prefix(6))101"
            let principal = Principal.commandLine(street: street)
            let today = CalendarDay(containing: Date())
            for (first, last) in [(today.adding(days: -364), today), (today.adding(days: -3 * 364), today.adding(days: -2 * 364))] {
                let period = ReportingPeriod(first: first, last: last)
                let differences = try await store.figureCheck.verify(in: street, period: period, by: principal)
                #expect(differences.isEmpty, "\(first)…\(last): \(differences)")
                let reported = try await store.figures.values([.casesReported], in: street, period: period, by: principal)
                #expect((reported.first?.current.value ?? 0) > 0)
            }

            try await database.read { sql in
                func count(_ query: SQLQueryString) async throws -> Int { try await sql.raw(query).first()!.int("n") }
                // Every copied case has its history from the report on, its last line at the case's version.
                #expect(
                    try await count(
                        """
                        SELECT COUNT(*) AS n FROM cases c WHERE c.id LIKE '%~%' AND c.version <> (SELECT MAX(e.version)
                            FROM case_events e WHERE e.case_id = c.id)
                        """) == 0)
                #expect(try await count("SELECT COUNT(*) AS n FROM case_events e WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = e.case_id)") == 0)
                // Open cases are this year's only; every case's place and handler are the city's own.
                #expect(
                    try await count(
                        """
                        SELECT COUNT(*) AS n FROM cases WHERE id LIKE '%~%' AND state NOT IN \(unsafeRaw: CityBuilder.finishedStates)
                            AND created_at < \(bind: Timestamp.format(Date().addingTimeInterval(-400 * 86_400)))
                        """) == 0)
                #expect(
                    try await count(
                        """
                        SELECT COUNT(*) AS n FROM cases c LEFT JOIN accounts a ON a.id = c.handler_account_id
                        WHERE c.id LIKE '%~%' AND (c.street_code NOT LIKE \(bind: "\(street.prefix(6))1%")
                            OR (a.id IS NOT NULL AND a.grid_code IS NOT c.grid_code))
                        """) == 0)
                #expect(try await sql.raw("PRAGMA foreign_key_check").all().isEmpty)
                let codes = try await sql.raw("SELECT tracking_code FROM cases WHERE id LIKE '%~%' LIMIT 50").all().map { try $0.string("tracking_code") }
                #expect(codes.allSatisfy { $0.count == 10 && $0.allSatisfy { "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".contains($0) } })
            }
            // Residents are sealed and revealed like any other, their ID numbers valid.
            let resident = try #require(try await store.residents.list(for: principal, limit: 1).first)
            let number = try await store.residents.reveal(.idNumber, of: resident.id, reason: "核对", by: principal)
            #expect((try? IDNumber.parse(number).get()) != nil)
            #expect(try await CityBuilder(store: store).build(Self.scale, password: "x") == nil)
        }
    }

    @Test("refused on PostgreSQL before anything is written", .enabled(if: TestEngine.available.contains(.postgres)))
    func sqliteOnly() async throws {
        try await withTestDatabase(.postgres) { database in
            let store = Store(database: database, settings: testSettings())
            await #expect(throws: CityBuilder.Refusal.sqliteOnly) { try await CityBuilder(store: store).build(Self.scale, password: "x") }
            let empty = try await store.territory.isEmpty()
            #expect(empty)
        }
    }
}
