import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("The figures registry")
struct FigureStoreTests {
    static let november = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))

    @Test("every figure is counted from its records, agrees with the pages' own counts and a plain recount, and opens its records",
          arguments: TestEngine.available)
    func registry(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestWork.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            let store = territory.store
            let street = territory.principal("street.admin")
            let secretary = territory.principal("secretary", enrolled: true)

            let values = try await store.figures.values(in: TestTerritory.communityA.code, period: Self.november, by: secretary)
            let byKey = Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0) })
            #expect(byKey[.communities] == nil, "a community is not counted in communities")
            #expect(byKey[.partyMembers]?.current == FigureCount(3))
            #expect(byKey[.partyBranches]?.current == FigureCount(1))
            #expect(byKey[.grids]?.current == FigureCount(2))
            #expect(byKey[.gridCoverage]?.current == FigureCount(1, of: 2))
            #expect(byKey[.households]?.current == FigureCount(4) && byKey[.linkedHouseholds]?.current == FigureCount(3))
            #expect(byKey[.visits]?.current == FigureCount(1) && byKey[.opinions]?.current == FigureCount(1))
            #expect(byKey[.casesReported]?.current == FigureCount(4))
            #expect(byKey[.problemsSolved]?.current == FigureCount(2))
            #expect(byKey[.onTimeRate]?.current == FigureCount(1, of: 3))
            #expect(byKey[.reworkRate]?.current == FigureCount(1, of: 2))
            #expect(byKey[.caseSatisfactionRate]?.current == FigureCount(1, of: 2))
            #expect(byKey[.onTimeRate].map { Percentage($0.current.value, of: $0.current.denominator!).text } == "33.3%")
            // The period before: October 2 to 31. Members count by the day they joined; the grids did not exist yet.
            #expect(byKey[.partyMembers]?.previous == FigureCount(3) && byKey[.grids]?.previous == FigureCount(0))
            #expect(byKey[.visits]?.previous == FigureCount(0))

            // The same figures as the pages that counted them before the registry.
            let rates = try await store.caseRates.rates(for: secretary, period: Self.november).total.figures
            for rate in rates {
                let key: FigureKey = [
                    .closedRate: .closedRate, .onTimeRate: .onTimeRate, .reworkRate: .reworkRate, .responseRate: .responseRate,
                    .resolutionRate: .resolutionRate, .satisfactionRate: .caseSatisfactionRate,
                ][rate.metric]!
                #expect(byKey[key]?.current == FigureCount(rate.numerator, of: rate.denominator), "\(key)")
            }
            let s10 = try await store.partyWork.figures(of: .scope, period: Self.november, for: secretary)
            #expect(s10.map(\.count) == [.visits, .opinions, .problemsSolved, .disputesSettled].map { byKey[$0]!.current.value })
            let party1 = try await store.party.figures(for: secretary)
            #expect(party1.members == byKey[.partyMembers]!.current.value && party1.gridBranches == byKey[.partyBranches]!.current.value)

            // Each figure opens exactly the records it counted.
            for value in values where FigureRegistry.definition(value.key).kind == .count && ![.pointsAwarded, .clinicServed, .peopleServed].contains(value.key) {
                let records = try await store.figures.records(value.key, in: TestTerritory.communityA.code, period: Self.november, by: secretary)
                #expect(records.count == value.current.value, "\(value.key) opens \(records.count) records for \(value.current.value)")
            }
            let due = try await store.figures.records(.onTimeRate, part: .denominator, in: TestTerritory.gridA1.code, period: Self.november, by: secretary)
            #expect(due.count == 3 && due.allSatisfy { $0.kind == "case" })

            // Side by side: each community's figures are its own.
            let side = try await store.figures.breakdown(FigureKey.allCases, in: TestTerritory.street.code, period: Self.november, by: street)
            let b = try await store.figures.values(in: TestTerritory.communityB.code, period: Self.november, by: street)
            for key in FigureKey.allCases where FigureRegistry.definition(key).levels.contains(.community) {
                let alone = byKey[key]?.current ?? FigureCount(0)
                let inRow = side[TestTerritory.communityA.code]?[key] ?? FigureCount(0, of: alone.denominator)
                #expect(inRow == alone, "\(key): \(inRow) side by side, \(alone) alone")
                let other = b.first { $0.key == key }!.current
                #expect((side[TestTerritory.communityB.code]?[key] ?? FigureCount(0, of: other.denominator)) == other, "\(key) in B")
            }

            // The plain second count agrees everywhere, on every level.
            #expect(try await store.figureCheck.verify(in: TestTerritory.street.code, period: Self.november, by: street) == [])

            // Scope: outside looks like absent; only staff count; records need their own permission.
            await #expect(throws: StoreError.notFound) {
                try await store.figures.values(in: TestTerritory.communityB.code, period: Self.november, by: secretary)
            }
            await #expect(throws: StoreError.forbidden) {
                try await store.figures.values(in: TestTerritory.gridA1.code, period: Self.november, by: territory.principal("party.member"))
            }
            let worker = territory.principal("grid.worker")
            #expect(try await store.figures.values([.visits], in: TestTerritory.gridA1.code, period: Self.november, by: worker).first?.current == FigureCount(1))
            await #expect(throws: StoreError.forbidden) {
                try await store.figures.records(.partyMembers, in: TestTerritory.gridA1.code, period: Self.november, by: worker)
            }
            await #expect(throws: StoreError.notFound, "a community-wide figure has no grid") {
                try await store.figures.records(.volunteers, in: TestTerritory.gridA1.code, period: Self.november, by: secretary)
            }
        }
    }
}
