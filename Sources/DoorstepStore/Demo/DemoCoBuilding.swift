import DoorstepCore
import Foundation

/// Co-building for the demo community, after `DemoPartners`: at the start of the demo's year the community's own
/// hall and the hospital's health room as shared venues (`setUp`); on the current day the hall booked tomorrow
/// morning, a joint meeting held under the hospital's agreement with the school attending, and two micro-wishes of
/// the first grid — one waiting, one claimed by the hospital (`seed`).
struct DemoCoBuilding {
    let store: Store
    let now: Date

    func setUp(community: Community, by admin: Principal) async throws {
        let accounts = try await store.accounts.list(for: admin)
        guard var secretary = accounts.first(where: { $0.username == "secretary" })?.principal else { return }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        guard let hospital = try await store.partners.list(by: secretary).first(where: { $0.name == "区人民医院" }) else { return }
        _ = try await store.venues.create(
            NewVenue(
                name: "党群服务中心多功能厅", place: "社区党群服务中心二楼", capacity: "60", openingHours: "周一至周五 8:30–17:30，周末提前预约",
                partnerID: nil),
            communityCode: community.code, by: secretary)
        _ = try await store.venues.create(
            NewVenue(
                name: "区人民医院健康教育室", place: "区人民医院门诊楼三楼", capacity: "30", openingHours: "工作日 14:00–17:00",
                partnerID: hospital.id),
            communityCode: community.code, by: secretary)
    }

    func seed(community: Community, grids: [Grid], by admin: Principal) async throws {
        let accounts = try await store.accounts.list(for: admin)
        guard var secretary = accounts.first(where: { $0.username == "secretary" })?.principal else { return }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        let partners = try await store.partners.list(by: secretary)
        guard let hospital = partners.first(where: { $0.name == "区人民医院" }) else { return }
        let school = partners.first { $0.name == "实验小学" }
        let today = CalendarDay(containing: now)
        guard let hall = try await store.venues.venues(by: secretary).first(where: { $0.name == "党群服务中心多功能厅" }) else { return }
        let tomorrow = today.adding(days: 1)
        _ = try await store.venues.book(
            venueID: hall.id,
            NewBooking(startsAt: "\(tomorrow)T09:00", endsAt: "\(tomorrow)T11:00", purpose: "共建单位联席会议", expectedPeople: "20"),
            by: secretary)

        let agreement = try await store.agreements.agreements(partnerID: hospital.id, by: secretary).first
        _ = try await store.jointMeetings.record(
            NewJointMeeting(
                agreementID: agreement?.id, heldOn: today.adding(days: -14).description, topic: "共建联席会议：老人就医与校园周边停车",
                partnerIDs: [school?.id].compactMap { $0 },
                minutes: "社区通报独居老人就医难的走访情况；区人民医院介绍上门健康检查的安排；实验小学提出放学时段校门口停车拥堵。",
                decisions: "区人民医院每周二上午到第一网格上门巡诊\n放学时段在校门口设志愿者引导岗\n下次联席会议在下季度初召开"),
            communityCode: community.code, by: secretary)

        guard let gridWorker = accounts.first(where: { $0.username == "grid.worker" })?.principal else { return }
        _ = try await store.microWishes.post(
            NewMicroWish(wisher: "李桂兰", wish: "想要一台收音机，听听戏曲", category: "elderlyCare", gridCode: grids[0].code), by: gridWorker)
        let blanket = try await store.microWishes.post(
            NewMicroWish(wisher: "张建国", wish: "冬天需要一床厚棉被", category: "hardship", gridCode: grids[0].code), by: gridWorker)
        if let partner = accounts.first(where: { $0.username == "partner" })?.principal {
            _ = try await store.microWishes.claim(wishID: blanket.id, by: partner)
        }
    }
}
