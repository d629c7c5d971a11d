import DoorstepCore
import Foundation

/// The time bank's catalogue and a volunteer team for the demo community, set up at the start of the demo's year after
/// `DemoVolunteers` (`setUp`): a haircut voucher cheap enough for the hours of the demo's activity under way, a market
/// voucher that takes longer, a repair without a stock count; and a team of the volunteers the office registered. On
/// the current day the team is given the haircut activity (`seed`).
struct DemoTimeBank {
    let store: Store
    let now: Date

    func setUp(community: Community, by admin: Principal) async throws {
        guard let secretary = try await secretary(by: admin) else { return }
        let items: [(String, String, String, String)] = [
            ("理发券", "社区理发室理发一次", "2", "20"),
            ("爱心超市兑换券", "可在爱心超市兑换米、面、油等生活用品", "5", "30"),
            ("小家电维修一次", "志愿服务队上门维修小家电", "3", ""),
        ]
        for (name, details, cost, stock) in items {
            _ = try await store.timeBank.addItem(
                RedemptionItemInput(name: name, details: details, cost: cost, stock: stock, active: true), community: community.code,
                by: secretary)
        }
        let team = try await store.volunteerTeams.create(name: "敬老服务队", communityCode: community.code, by: secretary)
        for volunteer in try await store.volunteers.volunteers(by: secretary) where volunteer.communityCode == community.code {
            try await store.volunteerTeams.addMember(teamID: team.id, volunteerID: volunteer.id, by: secretary)
        }
    }

    func seed(community: Community, by admin: Principal) async throws {
        guard let secretary = try await secretary(by: admin) else { return }
        guard let team = try await store.volunteerTeams.teams(communityCode: community.code, by: secretary)
            .first(where: { $0.team.name == "敬老服务队" })?.team
        else { return }
        let activities = try await store.volunteers.activities(by: secretary)
        if let haircut = activities.first(where: { $0.activity.title == "敬老义剪" }) {
            try await store.volunteerTeams.assign(activityID: haircut.activity.id, to: team.id, by: secretary)
        }
    }

    private func secretary(by admin: Principal) async throws -> Principal? {
        guard var secretary = try await store.accounts.list(for: admin).first(where: { $0.username == "secretary" })?.principal else {
            return nil
        }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        return secretary
    }
}
