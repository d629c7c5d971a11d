import DoorstepCore
import Foundation

/// Volunteers for the demo community: a few registered by the office at the start of the demo's year (`setUp`), and
/// on the current day two activities to sign up for — one under way now, one tomorrow — so the demo volunteer account
/// can register, sign up and check in (`seed`).
struct DemoVolunteers {
    let store: Store
    let now: Date

    func setUp(community: Community, by admin: Principal) async throws {
        guard let secretary = try await secretary(by: admin) else { return }
        for (name, phone, skills) in [("赵秀兰", "13900001001", ["理发"]), ("钱建国", "13900001002", ["电工", "家电维修"]), ("孙丽", "13900001003", ["陪伴聊天"])] {
            _ = try await store.volunteers.register(
                NewVolunteer(name: name, phone: phone, skills: skills, availability: "周末"), communityCode: community.code, by: secretary)
        }
    }

    func seed(community: Community, by admin: Principal) async throws {
        guard let secretary = try await secretary(by: admin) else { return }
        let hour: TimeInterval = 3600
        let start = now.addingTimeInterval(-hour).timeIntervalSinceReferenceDate.rounded(.down)
        _ = try await store.volunteers.createActivity(
            VolunteerActivity(
                id: "", communityCode: community.code, teamID: nil, title: "敬老义剪", place: "党群服务中心",
                startsAt: Date(timeIntervalSinceReferenceDate: start), endsAt: Date(timeIntervalSinceReferenceDate: start + 4 * hour),
                capacity: 10),
            by: secretary)
        _ = try await store.volunteers.createActivity(
            VolunteerActivity(
                id: "", communityCode: community.code, teamID: nil, title: "小区环境清洁", place: "1号楼前",
                startsAt: now.addingTimeInterval(24 * hour), endsAt: now.addingTimeInterval(27 * hour), capacity: 2),
            by: secretary)
    }

    private func secretary(by admin: Principal) async throws -> Principal? {
        guard var secretary = try await store.accounts.list(for: admin).first(where: { $0.username == "secretary" })?.principal else {
            return nil
        }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        return secretary
    }
}
