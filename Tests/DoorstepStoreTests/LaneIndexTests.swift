import DoorstepCore
import DoorstepTestSupport
import SQLKit
import Testing

@testable import DoorstepStore

/// A lane is read a page at a time in its own order, and counted up to a cap, at every level: at ten million cases a
/// lane that must be sorted, or a count that reads each case, takes seconds. The indexes of migrations 8 and 31 are
/// declared with the very conditions the lanes repeat; these plans show SQLite finds them.
@Suite("The lanes' indexes")
struct LaneIndexTests {
    @Test("the lanes repeat the condition the partial indexes on cases in hand were made with")
    func inHandCondition() {
        #expect(CaseLane.inHandCondition == "state IN ('dispatched', 'inProgress', 'shelved')")
    }

    @Test("each lane, at each level, is read in its order from an index made for it, never sorted")
    func pagesInOrder() async throws {
        try await withPlans { level, lane, store, principal, plan in
            let steps = try await plan(store.cases.laneQuery(lane, gridCode: nil, by: principal, offset: 0, limit: 51))
            #expect(steps.contains { $0.contains("USING INDEX cases_\(level)_") }, "\(lane) at a \(level): \(steps)")
            #expect(!steps.contains { $0.contains("TEMP B-TREE FOR ORDER BY") }, "\(lane) at a \(level): \(steps)")
        }
    }

    @Test("each lane, at each level, is counted from an index alone, without reading a case")
    func countedFromIndex() async throws {
        try await withPlans { level, lane, store, principal, plan in
            let steps = try await plan(store.cases.laneCountQuery(lane, gridCode: nil, cap: 1000, by: principal))
            let index = lane == .overdue ? "cases_\(level)_overdue (\(level)_code=? AND paused_at=? AND deadline<?)" : "cases_\(level)_"
            #expect(steps.contains { $0.contains("USING COVERING INDEX \(index)") }, "\(lane) at a \(level): \(steps)")
        }
    }

    @Test("a grid worker's cases in hand are read by deadline from their own index")
    func handlerInHand() async throws {
        try await withTestDatabase(.sqlite) { database in
            let steps = try await Self.plan(
                """
                SELECT * FROM cases WHERE handler_account_id = 'x' AND \(unsafeRaw: CaseLane.inHandCondition)
                ORDER BY deadline, id LIMIT 100
                """, in: database)
            #expect(steps.contains { $0.contains("cases_handler_in_hand") }, "\(steps)")
        }
    }

    typealias Plan = @Sendable (SQLQueryString) async throws -> [String]

    /// Runs `body` for every lane with a street's, a community's and a grid's principal.
    private func withPlans(
        _ body: @Sendable (String, CaseLane, Store, Principal, Plan) async throws -> Void
    ) async throws {
        try await withTestDatabase(.sqlite) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            for username in ["street.admin", "secretary", "grid.worker"] {
                let principal = territory.principal(username)
                for lane in CaseLane.allCases {
                    try await body(principal.scope.level.rawValue, lane, territory.store, principal) { query in
                        try await Self.plan(query, in: database)
                    }
                }
            }
        }
    }

    private static func plan(_ query: SQLQueryString, in database: Database) async throws -> [String] {
        try await database.read { sql in
            try await sql.raw("EXPLAIN QUERY PLAN \(query)").all().map { try $0.decode(column: "detail", as: String.self) }
        }
    }
}
