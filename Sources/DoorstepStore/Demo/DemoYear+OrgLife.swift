import DoorstepCore
import Foundation

/// A branch meeting (三会一课): scheduled a week ahead, the roll taken by the organiser on the day, minutes after.
struct MeetingPlan {
    var branch: String
    var community: Int
    var kind: OrgLifeKind
    var title: String
    var day: CalendarDay
    var hour: Int
}

/// A member's claim for points under a claimed rule, and how the office decides it.
struct ClaimPlan {
    var member: String
    var community: Int
    var item: String
    var earnedOn: CalendarDay
    var evidence: String
    var approve: Bool
    var reason: String = ""
}

extension DemoYear {
    /// Each branch meets monthly (the second community's every other month): a branch assembly opening the quarter,
    /// a theme Party day, and the quarter's Party lecture. Pledges made in January, noted, fulfilled and confirmed;
    /// claims decided; each quarter published after it ends.
    func planOrgLife(_ state: inout YearState, _ queue: inout EventQueue) {
        var number = 0
        for span in months {
            for grid in cast.grids.indices {
                guard let branch = cast.branches[grid] else { continue }
                let community = cast.community(ofGrid: grid)
                if community == 1 && span.index % 2 == 1 { continue }
                let position = (span.month - 1) % 3
                let kind: OrgLifeKind = position == 0 ? .branchAssembly : position == 1 ? .themePartyDay : .partyLecture
                let days = span.days.filter { (8...24).contains($0.day) && calendar.isWorkday($0) && $0 > first }
                guard !days.isEmpty else { continue }
                let day = state.pick(days)
                number += 1
                let titles = Self.meetingTitles(kind, month: span.month)
                let plan = MeetingPlan(
                    branch: branch, community: community, kind: kind, title: state.pick(titles), day: day,
                    hour: kind == .partyLecture ? 19 : state.pick([9, 14, 15]))
                queue.add(.party(.scheduleMeeting(number, plan)), at: max(at(day.adding(days: -7), 10), at(first, 9, 30)))
                queue.add(.party(.holdMeeting(number, plan)), at: at(day, plan.hour))
                queue.add(.party(.minutes(number, plan)), at: at(day, plan.hour + 2))
            }
        }
        planPledges(&queue)
        planClaims(&queue)
        planPublications(&queue)
    }

    func planPledges(_ queue: inout EventQueue) {
        var made = workday(onOrAfter: CalendarDay(today.year, 1, 8))
        if made <= first || made >= today.adding(days: -30) { made = first.adding(days: 7) }
        guard made < yesterday else { return }
        let pledges: [(String, String, String)] = [
            ("party.member", "带头做好垃圾分类，每月参加一次楼道清理", "已组织楼道清理 9 次，所在单元垃圾分类准确率明显提高"),
            ("party.member2", "结对帮扶两户独居老人，每周电话问候", "全年结对帮扶两户独居老人，每周问候，陪同就医 6 次"),
            ("party.member3", "参加“四点半课堂”志愿辅导，每月不少于两次", "全年参加志愿辅导 26 次"),
            ("party.member4", "做好楼栋党小组长，每季度收集一次居民意见", "每季度入户收集意见，反映问题 12 件，均已办结"),
        ]
        let community = { (username: String) in username == "party.member4" ? 1 : 0 }
        for (index, (username, content, evidence)) in pledges.enumerated() {
            queue.add(.party(.pledge(username, content: content, dueOn: "\(made.year)-12-31")), at: at(made, 19, index * 7))
            for quarter in 1...2 {
                let noted = made.adding(days: 90 * quarter + index)
                if noted < yesterday { queue.add(.party(.progress(username, note: Self.progressNotes[(quarter + index) % 4])), at: at(noted, 20)) }
            }
            // Three of the four are fulfilled in the autumn and confirmed by the office within the week.
            let done = made.adding(days: 250 + index * 12)
            if index < 3, done.year == made.year, done < today.adding(days: -8) {
                queue.add(.party(.fulfil(username, evidence: evidence)), at: at(done, 20))
                queue.add(.party(.confirm(username, community: community(username))), at: at(workday(onOrAfter: done.adding(days: 4)), 10))
            }
        }
    }

    func planClaims(_ queue: inout EventQueue) {
        let plans: [(index: Int, ClaimPlan)] = [
            (2, ClaimPlan(member: "party.member", community: 0, item: "参加志愿服务", earnedOn: first, evidence: "学雷锋志愿服务签到表", approve: true)),
            (5, ClaimPlan(member: "party.member", community: 0, item: "参加志愿服务", earnedOn: first, evidence: "端午社区义诊志愿服务签到表", approve: true)),
            (3, ClaimPlan(member: "party.member2", community: 0, item: "参加志愿服务", earnedOn: first, evidence: "植树活动签到表", approve: true)),
            (6, ClaimPlan(member: "party.member2", community: 0, item: "获得表彰奖励", earnedOn: first, evidence: "街道“优秀共产党员”表彰决定", approve: true)),
            (7, ClaimPlan(
                member: "party.member2", community: 0, item: "参加志愿服务", earnedOn: first, evidence: "夏季防溺水宣传", approve: false,
                reason: "签到表上没有本人签名，请补充材料后再申报。")),
            (4, ClaimPlan(member: "party.member4", community: 1, item: "参加志愿服务", earnedOn: first, evidence: "小区环境整治签到表", approve: true)),
            (8, ClaimPlan(member: "party.member4", community: 1, item: "参加志愿服务", earnedOn: first, evidence: "重阳敬老活动签到表", approve: true)),
        ]
        let spans = months
        for (number, (index, plan)) in plans.enumerated() where index < spans.count - 1 {
            let weekends = spans[index].days.filter(\.isWeekend)
            guard let earned = weekends.first(where: { $0.day > 10 }) ?? weekends.last else { continue }
            var claim = plan
            claim.earnedOn = earned
            queue.add(.party(.claim(number, claim)), at: at(earned.adding(days: 2), 20))
            queue.add(.party(.decide(number, claim)), at: at(workday(onOrAfter: earned.adding(days: 5)), 11))
        }
    }

    /// Every branch's complete quarters, published in the second week after each ends — except the quarter the current
    /// day publishes for the demo member's branch.
    func planPublications(_ queue: inout EventQueue) {
        let current = Quarter(containing: today)
        let previous = current.number == 1 ? Quarter(year: current.year - 1, number: 4) : Quarter(year: current.year, number: current.number - 1)
        var quarter = Quarter(containing: first)
        while quarter < current {
            let day = workday(onOrAfter: quarter.last.adding(days: 8))
            if quarter.last >= first.adding(days: 30), day < today {
                for (grid, branch) in cast.branches.enumerated() {
                    guard let branch, !(grid == 0 && quarter == previous) else { continue }
                    queue.add(.party(.publish(branch: branch, community: cast.community(ofGrid: grid), quarter: quarter)), at: at(day, 10, grid))
                }
            }
            quarter = quarter.number == 4 ? Quarter(year: quarter.year + 1, number: 1) : Quarter(year: quarter.year, number: quarter.number + 1)
        }
    }

    func performOrgLife(_ step: PartyStep, _ state: inout YearState, _ queue: inout EventQueue) async throws {
        switch step {
        case .scheduleMeeting(let number, let plan):
            let meeting = try await past.orgLife.schedule(
                orgID: plan.branch, kind: plan.kind, title: plan.title, heldOn: plan.day.description, place: "党群服务中心",
                by: try cast.who(cast.office(of: plan.community)))
            state.ids["meeting#\(number)"] = meeting.id
        case .holdMeeting(let number, let plan):
            guard let meeting = state.ids["meeting#\(number)"] else { return }
            let office = try cast.who(cast.office(of: plan.community))
            for member in cast.members(ofBranch: plan.branch) {
                let (status, reason) = attendance(of: member, &state)
                do {
                    _ = try await past.orgLife.mark(meetingID: meeting, memberID: member.id, status: status, reason: reason, by: office)
                    if status == .absent, state.chance(0.3) {
                        queue.add(
                            .party(.deduct(memberID: member.id, community: plan.community, day: plan.day)),
                            at: at(workday(onOrAfter: plan.day.adding(days: 2)), 10))
                    }
                } catch {
                    state.refuse("roll", error)
                }
                clock.advance(by: 15)
            }
            state.tally("meetings", at: now)
        case .minutes(let number, let plan):
            guard let meeting = state.ids["meeting#\(number)"] else { return }
            _ = try await past.orgLife.recordMinutes(
                meetingID: meeting, minutes: Self.minutes(for: plan.kind), attachments: [], by: try cast.who(cast.office(of: plan.community)))
        case .deduct(let member, let community, let day):
            guard let rule = state.ids["rule:\(community):无故不参加组织生活"] else { return }
            _ = try await past.points.deduct(
                memberID: member, ruleID: rule, earnedOn: day.description, reason: "无故缺席支部组织生活，经提醒未说明理由",
                by: try cast.who(cast.office(of: community)))
        case .pledge(let username, let content, let dueOn):
            let pledge = try await past.pledges.pledge(content: content, dueOn: dueOn, by: try cast.who(username))
            state.ids["pledge:\(username)"] = pledge.id
        case .progress(let username, let note):
            guard let pledge = state.ids["pledge:\(username)"] else { return }
            _ = try await past.pledges.noteProgress(pledgeID: pledge, note: note, by: try cast.who(username))
        case .fulfil(let username, let evidence):
            guard let pledge = state.ids["pledge:\(username)"] else { return }
            _ = try await past.pledges.fulfil(pledgeID: pledge, evidence: evidence, by: try cast.who(username))
        case .confirm(let username, let community):
            guard let pledge = state.ids["pledge:\(username)"] else { return }
            _ = try await past.pledges.confirm(pledgeID: pledge, by: try cast.who(cast.office(of: community)))
        case .claim(let number, let plan):
            guard let rule = state.ids["rule:\(plan.community):\(plan.item)"] else { return }
            let claim = try await past.points.claim(
                ruleID: rule, earnedOn: plan.earnedOn.description, evidence: plan.evidence, by: try cast.who(plan.member))
            state.ids["claim#\(number)"] = claim.id
        case .decide(let number, let plan):
            guard let claim = state.ids["claim#\(number)"] else { return }
            _ = try await past.points.decide(
                claimID: claim, approve: plan.approve, reason: plan.reason, by: try cast.who(cast.office(of: plan.community)))
        case .publish(let branch, let community, let quarter):
            _ = try await past.points.publish(orgID: branch, quarter: quarter, by: try cast.who(cast.office(of: community)))
            state.tally("publications", at: now)
        default:
            return
        }
    }

    /// How a member stands at a meeting: mostly present; on leave with a reason; now and then absent. The demo
    /// member is present at eight at most, so the attendance rule still pays the current day's check-in.
    private func attendance(of member: PartyMember, _ state: inout YearState) -> (AttendanceStatus, String) {
        if cast.accountOfMember[member.id] == "party.member" {
            guard state.numbers["present:party.member", default: 0] < 8, state.chance(0.8) else { return (.leave, "单位加班") }
            state.numbers["present:party.member", default: 0] += 1
            return (.present, "")
        }
        let present = member.residentID == nil ? 0.6 : member.employment == .retired ? 0.9 : 0.82
        if state.chance(present) { return (.present, "") }
        if member.residentID == nil { return (.leave, "在工作单位参加组织生活") }
        if state.chance(0.75) { return (.leave, state.pick(["外出务工", "住院治疗", "在外地照顾孙辈", "单位加班", "身体不适"])) }
        return (.absent, "未请假，电话未接通")
    }

    static func meetingTitles(_ kind: OrgLifeKind, month: Int) -> [String] {
        switch kind {
        case .branchAssembly:
            return ["支部党员大会：传达上级会议精神，部署本季度工作", "支部党员大会：通报党费收缴和发展党员工作", "支部党员大会：讨论楼道整治和结对帮扶安排"]
        case .partyLecture:
            return ["党课：党员如何在家门口发挥作用", "党课：学习党章，做合格党员", "党课：基层治理中的群众路线", "党课：廉洁自律从身边做起"]
        case .themePartyDay:
            switch month {
            case 3: return ["主题党日：学雷锋志愿服务进楼栋"]
            case 5, 6: return ["主题党日：重温入党誓词，走访慰问老党员"]
            case 8: return ["主题党日：防汛安全隐患排查"]
            case 11, 12: return ["主题党日：冬季消防安全宣传", "主题党日：电动车安全充电入户宣传"]
            default: return ["主题党日：楼道清理志愿服务", "主题党日：垃圾分类宣传进楼栋", "主题党日：走访慰问困难群众"]
            }
        default:
            return ["支部委员会：研究近期工作"]
        }
    }

    static func minutes(for kind: OrgLifeKind) -> String {
        switch kind {
        case .partyLecture: "一、书记讲党课。\n二、结合网格工作交流学习体会。\n三、布置联系户走访任务。"
        case .themePartyDay: "一、重温入党誓词。\n二、分组开展志愿服务。\n三、交流本月联系户走访情况。"
        default: "一、传达学习上级会议精神。\n二、通报上季度工作和党费收缴情况。\n三、讨论本季度重点工作，明确分工。"
        }
    }

    static let progressNotes = [
        "本季度已完成计划的一半，继续推进。", "按月落实，进展顺利。", "联系居民时发现新情况，已调整做法。", "已完成阶段目标，下季度重点跟进。",
    ]
}
