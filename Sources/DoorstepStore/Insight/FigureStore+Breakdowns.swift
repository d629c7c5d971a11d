import DoorstepCore
import Foundation
import SQLKit

/// Cases of one category in a period by where they stand now.
public struct CategoryStates: Sendable, Hashable {
    public var category: String
    /// Closed or evaluated.
    public var closed: Int
    /// Dispatched and being handled, checked, or shelved.
    public var inHand: Int
    /// Reported, accepted, registered or returned, waiting to be dispatched.
    public var waiting: Int
    /// Rejected or voided.
    public var dropped: Int

    public var total: Int { closed + inHand + waiting + dropped }
}

extension FigureStore {
    /// The categories with most cases reported in a period (at most `limit`), each by where its cases stand now: the
    /// breakdown behind 受理诉求 for the chart of cases by category and state.
    public func casesByCategory(in code: String, period: ReportingPeriod, by principal: Principal, limit: Int = 8) async throws
        -> [CategoryStates]
    {
        let scope = try Self.territory(code, principal)
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let rows = try await counting.read { sql in
            try await sql.raw(
                """
                SELECT x.category_name, x.state, COUNT(*) AS n FROM (
                    SELECT category_name, state, community_code, grid_code FROM cases
                    WHERE merged_into IS NULL AND created_at >= \(bind: Timestamp.format(period.start)) AND created_at < \(bind: Timestamp.format(period.end))
                ) x WHERE \(FigureRows.within(scope)) GROUP BY x.category_name, x.state
                """
            ).all().map { (try $0.string("category_name"), try $0.string("state"), try $0.int("n")) }
        }
        var byCategory: [String: CategoryStates] = [:]
        for (category, state, n) in rows {
            var entry = byCategory[category] ?? CategoryStates(category: category, closed: 0, inHand: 0, waiting: 0, dropped: 0)
            switch CaseState(rawValue: state) {
            case .closed, .evaluated: entry.closed += n
            case .rejected, .voided: entry.dropped += n
            case .reported, .accepted, .registered, .returned: entry.waiting += n
            default: entry.inHand += n
            }
            byCategory[category] = entry
        }
        return Array(byCategory.values.sorted { ($0.total, $1.category) > ($1.total, $0.category) }.prefix(limit))
    }

    /// The place surveyed twice in a period with most answers (for a grid, in its community): its name and the two
    /// satisfaction rates.
    public func satisfactionBeforeAfter(in code: String, period: ReportingPeriod, by principal: Principal) async throws
        -> (place: String, before: Percentage, after: Percentage)?
    {
        let place = FigureRows.within(Self.communityWide(try Self.territory(code, principal)))
        let first = period.first.description, last = period.last.description
        return try await counting.read { sql in try await Self.surveyedTwice(place, first: first, last: last, in: sql) }
    }
}
