import DoorstepCore
import Foundation
import SQLKit

/// `doorstep demo --scale city`: the demo street with its year of work, then a city around it for measuring —
/// streets, communities and grids with their offices, buildings and households, residents sealed like any other,
/// and years of cases with their histories, visits and volunteer hours (decision 46).
///
/// The work is not invented row by row: each city grid takes the cases, history lines and visits the case engine
/// wrote for one demo grid during the demo's year, and copies them a number of times, each copy moved back by
/// whole years and a few days. A copy keeps every relation the figures rely on (a case's dates, its history lines,
/// its deadline and rating, a visit's household), so `doorstep figures verify` holds on the city as on the demo.
/// Cases still open are copied into the present year only, so no case waits for years.
///
/// SQLite only: the copies are single `INSERT … SELECT` statements with SQLite's date functions, the cases' secondary
/// indexes set aside while they run. A PostgreSQL city is carried over with `doorstep migrate-to`.
public struct CityBuilder: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public enum Refusal: Error, Equatable {
        /// The city is written with SQLite's own SQL.
        case sqliteOnly
        /// More copies than tracking codes the copies can be given.
        case tooLarge
    }

    /// Builds the demo and the city on an empty database; nil when it already holds territory.
    public func build(
        _ scale: CityScale, password: String, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> (demo: DemoCommunity, city: CitySummary)? {
        guard store.database.engine == .sqlite else { throw Refusal.sqliteOnly }
        var summary = CitySummary()
        var started = Date()
        func step(_ name: String) {
            summary.steps.append((name, Date().timeIntervalSince(started)))
            progress(name)
            started = Date()
        }
        guard let demo = try await DemoSeeder(store: store).seedIfEmpty(password: password, yearOfWork: true) else { return nil }
        step("demo")
        // A gigabyte of page cache for the writer while millions of rows go in (the server's writer keeps SQLite's default).
        try await store.database.write { sql in try await sql.raw("PRAGMA cache_size = -1000000").run() }
        var names = DemoNames(seed: 20261207)
        let plan = CityPlan(scale, around: demo, names: &names)
        let founded = Date().addingTimeInterval(-Double(scale.years * 366) * 86_400)
        try await writeTerritory(plan, founded: founded)
        step("territory")
        summary.households = try await copyHouseholds(plan, founded: founded)
        step("buildings and households")
        summary.residents = try await writeResidents(scale.residents, founded: founded, names: &names)
        step("residents")
        let copies = try await copiesNeeded(for: scale, plan)
        let copied = try await copyWork(plan, copies: copies, years: scale.years, progress: progress)
        summary.cases = copied.cases
        summary.caseEvents = copied.events
        summary.visits = copied.visits
        summary.volunteerHours = copied.signups
        step("cases, history, visits, volunteer hours")
        try await store.database.write { sql in try await sql.raw("ANALYZE").run() }
        step("statistics")
        summary.streets = plan.streets.count
        summary.communities = plan.communities.count
        summary.grids = plan.places.count
        summary.accounts = plan.offices.prefix(3).map(\.username)
        return (demo, summary)
    }
}
