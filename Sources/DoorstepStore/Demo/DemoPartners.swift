import DoorstepCore
import Foundation

/// Partners for the demo community: at the start of the demo's year (`setUp`) a hospital (the demo partner account's),
/// a school and a social organisation, this year's agreement with the hospital in the four kinds, and resources of
/// each; on the current day (`seed`) one need already matched into a project with the hospital and a delivery — so the
/// report has figures and a new need has a resource to be matched with.
struct DemoPartners {
    let store: Store
    let now: Date

    /// `from` is the first day of the demo's year: resources are offered from then (or this January, if earlier).
    func setUp(community: Community, from: CalendarDay, by admin: Principal) async throws {
        let accounts = try await store.accounts.list(for: admin)
        guard var secretary = accounts.first(where: { $0.username == "secretary" })?.principal else { return }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        let today = CalendarDay(containing: now)
        let year = today.year
        let hospital = try await store.partners.register(
            NewPartner(kind: "hospital", name: "区人民医院", contactName: "陈主任", contactPhone: "13812340001", partyOrganisation: "区人民医院党委"),
            communityCode: community.code, by: secretary)
        let school = try await store.partners.register(
            NewPartner(kind: "school", name: "实验小学", contactName: "林老师", contactPhone: "13812340002", partyOrganisation: "实验小学党支部"),
            communityCode: community.code, by: secretary)
        let society = try await store.partners.register(
            NewPartner(kind: "socialOrganisation", name: "暖阳为老服务中心", contactName: "郑社工", contactPhone: "13812340003", partyOrganisation: ""),
            communityCode: community.code, by: secretary)
        if let account = accounts.first(where: { $0.username == "partner" }) {
            try await store.partners.link(partnerID: hospital.id, accountID: account.id, by: secretary)
        }
        _ = try await store.agreements.sign(
            NewAgreement(
                title: "\(year) 年度共建协议", startsOn: "\(year)-01-01", endsOn: "\(year)-12-31",
                commitments: [
                    .init(kind: "organisationBuilding", content: "每季度联合开展一次主题党日", owner: "医院党办", dueOn: "\(year)-12-31"),
                    .init(kind: "resourceSharing", content: "每周为辖区老人上门健康检查", owner: "社区卫生科", dueOn: "\(year)-12-31"),
                    .init(kind: "jointActivities", content: "重阳节义诊", owner: "医院党办", dueOn: "\(year)-10-31"),
                    .init(kind: "jointConsultation", content: "参加社区议事会，共商就医难题", owner: "陈主任", dueOn: "\(year)-06-30"),
                ]),
            partnerID: hospital.id, by: secretary)
        _ = try await store.partners.reportMember(partnerID: hospital.id, name: "陈主任", memberID: nil, reportedOn: "\(year)-03-05", by: secretary)

        let offered = min(from, CalendarDay(year, 1, 1)).description
        let until = "\(year + 1)-12-31"
        _ = try await store.lists.addResource(
            NewResource(
                kind: "professionalService", category: "health", description: "医护人员每周上门为老人量血压、测血糖", capacity: "200", unit: "人次",
                placeCode: "", availableFrom: offered, availableUntil: until),
            partnerID: hospital.id, by: secretary)
        _ = try await store.lists.addResource(
            NewResource(
                kind: "venue", category: "children", description: "放学后开放两间教室", capacity: "2", unit: "间", placeCode: "",
                availableFrom: offered, availableUntil: until),
            partnerID: school.id, by: secretary)
        _ = try await store.lists.addResource(
            NewResource(
                kind: "people", category: "elderlyCare", description: "社工陪伴独居老人", capacity: "30", unit: "人次", placeCode: "",
                availableFrom: offered, availableUntil: until),
            partnerID: society.id, by: secretary)
    }

    /// The current day's need and project with the hospital. Without the year's work, the hospital's October
    /// commitment is also recorded here, as it was before the demo had a year.
    func seed(community: Community, grids: [Grid], yearOfWork: Bool, by admin: Principal) async throws {
        let accounts = try await store.accounts.list(for: admin)
        guard var secretary = accounts.first(where: { $0.username == "secretary" })?.principal else { return }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        let today = CalendarDay(containing: now)
        let year = today.year
        guard let hospital = try await store.partners.list(by: secretary).first(where: { $0.name == "区人民医院" }) else { return }
        if !yearOfWork, CalendarDay(year, 10, 25) <= today,
            let agreement = try await store.agreements.agreements(partnerID: hospital.id, by: secretary).first,
            agreement.commitments.count > 2
        {
            _ = try await store.agreements.fulfil(
                commitmentID: agreement.commitments[2].id, on: "\(year)-10-25", evidence: "义诊 1 次，服务居民 86 人次", by: secretary)
        }
        guard let checks = try await store.lists.resources(by: secretary).first(where: { $0.partnerID == hospital.id && $0.category == .health })
        else { return }
        let need = try await store.lists.addNeed(
            NewNeed(
                placeCode: grids[0].code, category: "health", description: "高龄老人行动不便，希望有人上门测血压",
                wantedFrom: today.adding(days: -60).description, wantedUntil: today.adding(days: 120).description, source: "other",
                sourceID: nil),
            by: secretary)
        let project = try await store.lists.accept(
            needID: need.id, resourceID: checks.id,
            NewProject(
                title: "银龄健康上门", owner: "陈主任", startsOn: today.adding(days: -30).description,
                endsOn: today.adding(days: 120).description, uses: "60", targetPeople: "60"),
            by: secretary)
        _ = try await store.lists.recordDelivery(
            projectID: project.id, day: today.adding(days: -7).description, peopleReached: "14", note: "第一网格高龄老人", by: secretary)
    }
}
