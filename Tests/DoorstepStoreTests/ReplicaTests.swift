import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

/// `DATABASE_REPLICA_URL`: the figures are counted on the replica, and say up to when they hold. A second database
/// stands in for the replica here; holding the territory but none of the day's work, it shows which copy was counted.
@Suite("Figures counted on a replica", .enabled(if: TestEngine.available.contains(.postgres)))
struct ReplicaTests {
    @Test("the registry counts on the replica and says how fresh it is; without one it counts live")
    func countedOnReplica() async throws {
        try await withTestDatabase(.postgres) { primary in
            try await withTestDatabase(.postgres) { replica in
                let clock = TestWork.monday()
                let territory = try await TestTerritory.make(in: Store(database: primary, settings: testSettings(), clock: clock.closure))
                _ = try await TestTerritory.make(in: Store(database: replica, settings: testSettings(), clock: clock.closure))
                try await TestWork.day(territory, try await TestParty.make(in: territory), clock)
                let secretary = territory.principal("secretary", enrolled: true)
                let period = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
                let community = TestTerritory.communityA.code
                let onReplica = Store(database: primary, replica: replica, settings: testSettings(), clock: clock.closure)

                let live = try await territory.store.figures.values([.visits], in: community, period: period, by: secretary)
                let copied = try await onReplica.figures.values([.visits], in: community, period: period, by: secretary)
                #expect(live.first?.current != FigureCount(0), "the day's visits are on the primary")
                #expect(copied.first?.current == FigureCount(0), "counted on the replica, which has none")
                #expect(try await territory.store.figures.asOf() == nil, "live figures carry no time")
                // A database not in recovery has replayed everything: it holds up to now.
                let asOf = try #require(try await onReplica.figures.asOf())
                #expect(abs(asOf.timeIntervalSinceNow) < 60)
            }
        }
    }
}
