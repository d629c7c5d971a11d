import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Volunteering over JSON, so far: a volunteer's own standing and the time bank's balances.
struct VolunteersAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(VolunteersAPIRoute.me, use: me)
        router.get(VolunteersAPIRoute.balances, use: balances)
    }

    struct SummaryResource: ResponseEncodable, Sendable {
        var volunteerID: String
        var name: String
        var hours: Double
        var stars: Int
        var hoursToNextStar: Double?
        var credits: Double
    }

    @Sendable func me(request: Request, context: AppRequestContext) async throws -> SummaryResource {
        let principal = try context.requirePrincipal()
        guard let me = try await store.volunteers.me(principal) else {
            throw AppError.validation([FieldError("volunteerID", .notLinked)])
        }
        let summary = try await store.volunteers.summary(volunteerID: me.id, by: principal)
        return SummaryResource(
            volunteerID: me.id, name: summary.name, hours: summary.hours.hours, stars: summary.stars,
            hoursToNextStar: summary.toNextStar?.hours, credits: summary.balance.hours)
    }

    struct BalancesResource: ResponseEncodable, Sendable {
        var community: String
        /// Credits per account (`volunteer:…`, `issuing:…`, `redemptions:…`).
        var accounts: [String: Double]
        /// Always 0 for a whole ledger: every credit that arrived somewhere left somewhere else.
        var sum: Double
    }

    @Sendable func balances(request: Request, context: AppRequestContext) async throws -> BalancesResource {
        let principal = try context.require(.manageVolunteers)
        let community = PointsAPI.community(request, principal)
        let (accounts, sum) = try await store.timeBank.balances(community: community, by: principal)
        return BalancesResource(community: community, accounts: accounts.mapValues(\.hours), sum: sum.hours)
    }
}
