import DoorstepCore
import Foundation

/// Party work for the demo community, made through the same calls the pages make. At the start of the demo's year
/// (`setUp`): the points rules, the demo Party member's account linked to a hub member of the first grid, a branch
/// officer, a vanguard team, the posts and a responsibility zone. On the current day (`seed`): visits over the last
/// weeks (one raising a case, some with opinions), last week's theme Party day, the member's pledge and card, claims
/// waiting and decided, and the last quarter published.
struct DemoPartyWork {
    let store: Store
    let now: Date

    /// The community's points catalogue; each automatic trigger has one rule, so it is added once.
    func addRules(community: Community, by manager: Principal) async throws {
        for rule in [
            ("入户走访联系户", 1, 24, PointTrigger.visit, false), ("收集社情民意", 1, 12, .opinion, false),
            ("推动解决群众实际问题", 2, nil, .caseSolved, false), ("调解矛盾纠纷成功", 3, nil, .disputeSettled, false),
            ("参加三会一课、主题党日", 3, 36, .attendance, false), ("践行年度承诺", 5, nil, .pledgeFulfilled, false),
            ("参加志愿服务", 2, 20, .claimed, true), ("获得表彰奖励", 5, nil, .claimed, true),
            ("无故不参加组织生活", -5, nil, .deduction, false),
        ] as [(String, Int, Int?, PointTrigger, Bool)] {
            _ = try await store.points.addRule(
                PointRule(
                    id: "", communityCode: community.code, item: rule.0, points: rule.1, capPerYear: rule.2, trigger: rule.3,
                    evidenceRequired: rule.4),
                by: manager)
        }
    }

    /// The same catalogue for another community, added by its own office (`username`).
    func addRules(community: Community, managedBy username: String, by admin: Principal) async throws {
        guard var manager = try await store.accounts.list(for: admin).first(where: { $0.username == username })?.principal else {
            return
        }
        manager.twoFactorEnabled = true  // the demo acts as enrolled staff would
        try await addRules(community: community, by: manager)
    }

    /// What the year's work needs from the start: the rules, the member's account, an officer, the team, posts, a zone.
    func setUp(community: Community, grids: [Grid], by admin: Principal) async throws {
        guard let cast = try await cast(grids: grids, by: admin) else { return }
        let secretary = cast.secretary
        try await addRules(community: community, by: secretary)
        if let officer = cast.branchMembers.first(where: { $0.id != cast.hub.memberID }) {
            try await store.party.setOfficer(memberID: officer.id, true, by: secretary)
        }
        // The second grid's first hub member goes out with the team too.
        let second = try await store.hubs.hubs(for: admin).first { $0.gridCode == grids[1].code }
        _ = try await store.teams.create(
            name: "红色先锋队", communityCode: community.code, memberIDs: cast.teamMembers + [second?.memberID].compactMap { $0 },
            by: secretary)
        var posts: [VanguardPost] = []
        for name in VanguardPost.standardNames {
            posts.append(try await store.posts.addPost(name: name, duties: "", communityCode: community.code, by: secretary))
        }
        let from = CalendarDay(containing: now).description
        _ = try await store.posts.assign(holdingID: posts[1].id, memberID: cast.hub.memberID, fromOn: from, by: secretary)
        if let building = try await store.buildings.buildings(for: secretary).first {
            let zone = try await store.posts.addZone(
                name: "\(building.name)责任区", duties: "楼道整洁、消防通道畅通", buildingIDs: [building.id], communityCode: community.code,
                by: secretary)
            _ = try await store.posts.assign(holdingID: zone.id, memberID: cast.hub.memberID, fromOn: from, by: secretary)
        }
    }

    /// The current day's items: the last weeks' visits, last week's theme Party day, the pledge and card, claims and
    /// the last quarter published.
    func seed(community: Community, grids: [Grid], by admin: Principal) async throws {
        guard let cast = try await cast(grids: grids, by: admin) else { return }
        let secretary = cast.secretary
        let member = cast.member
        let hub = cast.hub
        let points = store.points
        guard let team = try await store.teams.teams(for: secretary).first(where: { $0.name == "红色先锋队" }) else { return }
        let teamMembers = cast.teamMembers
        let branchMembers = cast.branchMembers

        // Visits of the last weeks by the demo member, recorded on the day they were made.
        let day = { (daysAgo: Int) in CalendarDay(containing: now).adding(days: -daysAgo).description }
        let visits = VisitStore(database: store.database, clock: { now })
        let linked = hub.linkedHouseholdIDs
        let activity = try await store.teams.recordActivity(
            teamID: team.id, kind: .opinionCollection, title: "入户听民意", heldOn: day(20), participantIDs: Array(teamMembers.prefix(3)),
            result: "走访联系户，收集意见", by: secretary)
        let notes = ["老两口身体还好，子女在外地，希望有人定期上门看看。", "反映楼道里堆了旧家具，老人上下楼不方便。", "家里一切正常，了解了医保政策。"]
        for (index, household) in linked.prefix(3).enumerated() {
            _ = try await visits.record(
                NewVisit(
                    householdID: household, visitedOn: day(20 - index * 6), findings: notes[index],
                    activityID: index == 0 ? activity.id : nil,
                    opinion: index == 1 ? NewOpinion(source: .visit, topic: .environment, content: "希望尽快清理楼道里的旧家具。") : nil,
                    raisedCase: index == 1 ? RaisedCase(categoryCode: "L0205", description: "单元楼道堆放旧家具，挡住通道。") : nil),
                by: member)
        }
        // Another hub's member visits too, so the exemplars have more than one name.
        if let other = cast.hubs.dropFirst().first {
            for household in other.linkedHouseholdIDs.prefix(2) {
                _ = try await visits.record(
                    NewVisit(householdID: household, visitedOn: day(10), findings: "上门走访，了解家庭情况。"), by: secretary)
            }
        }
        _ = try await store.opinions.record(
            NewOpinion(source: .meeting, topic: .environment, content: "居民议事会：希望增设分类垃圾桶。"),
            communityCode: community.code, householdID: nil, collectedOn: day(5), by: secretary)

        // Organisational life: last week's theme Party day, with the roll taken.
        let orgs = try await store.party.orgs(for: secretary)
        let own = orgs.first { $0.id == branchMembers.first?.orgID }
        let branchID = own.map { $0.kind == .buildingGroup ? $0.parentID ?? $0.id : $0.id }
        if let own {
            let orgLife = OrgLifeStore(database: store.database, clock: { now })
            let meeting = try await orgLife.schedule(
                orgID: own.id, kind: .themePartyDay, title: "主题党日：学习全会精神，清理楼道堆物", heldOn: day(7), place: "党群服务中心",
                by: secretary)
            for (index, attendee) in branchMembers.prefix(5).enumerated() {
                _ = try await orgLife.mark(
                    meetingID: meeting.id, memberID: attendee.id, status: index == 4 ? .leave : .present,
                    reason: index == 4 ? "住院治疗" : "", by: secretary)
            }
            _ = try await orgLife.recordMinutes(
                meetingID: meeting.id, minutes: "一、学习全会精神。\n二、分组清理 1 至 4 号楼楼道堆物。\n三、每名党员认领一项年度承诺。",
                attachments: [], by: secretary)
        }

        // The demo member's pledge and their published card.
        let year = CalendarDay(containing: now).year
        _ = try await store.pledges.pledge(content: "每季度走访全部联系户，收集意见及时反映", dueOn: "\(year)-12-31", by: member)
        try await store.pledges.setCard(
            MemberCardConsent(published: true, showPhoto: false, showPosts: true, showGrid: true, showContact: false, contactPhone: ""),
            photo: nil, by: member)

        // A claim waiting for the branch, one decided, and the last quarter published.
        let service = try await points.rules(community: community.code, by: secretary).first { $0.item == "参加志愿服务" }
        if let service {
            let quarter = Quarter(containing: CalendarDay(containing: now))
            let previous = quarter.number == 1 ? Quarter(year: quarter.year - 1, number: 4) : Quarter(year: quarter.year, number: quarter.number - 1)
            let earlier = try await points.claim(
                ruleID: service.id, earnedOn: previous.first.adding(days: 20).description, evidence: "社区义诊志愿服务签到表",
                by: member)
            _ = try await points.decide(claimID: earlier.id, approve: true, reason: "", by: secretary)
            _ = try await points.claim(ruleID: service.id, earnedOn: day(3), evidence: "重阳节敬老活动签到表", by: member)
            // Published for the grid's branch, which takes in the members of its building groups. The year's work
            // publishes the quarters before, and every quarter of the other branches.
            if let branchID {
                _ = try await points.publish(orgID: branchID, quarter: previous, by: secretary)
            }
        }
    }

    /// Who the demo's Party work is done by: the secretary, the demo member's account, the first grid's hubs and the
    /// demo member's branch.
    private struct Cast {
        var secretary: Principal
        var member: Principal
        var hub: PartyMemberHub
        var hubs: [PartyMemberHub]
        var branchMembers: [PartyMember]

        var teamMembers: [String] {
            [hub.memberID] + hubs.dropFirst().map(\.memberID) + branchMembers.prefix(4).map(\.id)
        }
    }

    private func cast(grids: [Grid], by admin: Principal) async throws -> Cast? {
        let accounts = try await store.accounts.list(for: admin)
        guard var secretary = accounts.first(where: { $0.username == "secretary" })?.principal,
            let memberAccount = accounts.first(where: { $0.username == "party.member" })
        else { return nil }
        secretary.twoFactorEnabled = true  // the demo acts as enrolled staff would
        let hubs = try await store.hubs.hubs(for: admin).filter { $0.gridCode == grids[0].code }
        guard let hub = hubs.first else { return nil }
        let members = try await store.party.members(for: secretary)
        let branchMembers = members.filter { member in members.first { $0.id == hub.memberID }?.orgID == member.orgID }
        var member = memberAccount.principal
        member.language = nil
        return Cast(secretary: secretary, member: member, hub: hub, hubs: hubs, branchMembers: branchMembers)
    }
}
