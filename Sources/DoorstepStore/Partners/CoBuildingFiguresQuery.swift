import DoorstepCore
import Foundation
import SQLKit

extension Store {
    /// Co-building's figures for a period over the office's territory, with the records each counts (see
    /// `CoBuildingFigures`): read in one transaction, so the counts and their records agree.
    public func coBuildingFigures(period: ReportingPeriod, by principal: Principal) async throws -> CoBuildingFigures {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        let first = period.first.description, last = period.last.description
        return try await database.read { sql in
            let bookings = try await VenueStore.bookings(
                where: """
                    \(principal.scope.communityCondition("b.community_code")) AND b.cancelled_at IS NULL
                    AND b.starts_at >= \(bind: start) AND b.starts_at < \(bind: end)
                    """, in: sql)
            let meetings = try await JointMeetingStore.meetings(
                where: """
                    \(principal.scope.communityCondition("m.community_code"))
                    AND m.held_on >= \(bind: first) AND m.held_on <= \(bind: last)
                    """, in: sql)
            let wishes = principal.scope.communityCondition("w.community_code")
            let posted = try await MicroWishStore.wishes(
                where: "\(wishes) AND w.posted_on >= \(bind: first) AND w.posted_on <= \(bind: last)", limit: 10_000, in: sql)
            let claimed = try await MicroWishStore.wishes(
                where: "\(wishes) AND w.claimed_at >= \(bind: start) AND w.claimed_at < \(bind: end)", limit: 10_000, in: sql)
            let fulfilled = try await MicroWishStore.wishes(
                where: "\(wishes) AND w.fulfilled_on >= \(bind: first) AND w.fulfilled_on <= \(bind: last)", limit: 10_000, in: sql)
            return CoBuildingFigures(
                period: period, bookings: bookings, meetings: meetings, wishesPosted: posted, wishesClaimed: claimed,
                wishesFulfilled: fulfilled)
        }
    }
}
