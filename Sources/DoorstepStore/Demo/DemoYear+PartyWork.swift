import DoorstepCore
import Foundation

/// A household visit: by a hub member to their linked households, by a grid worker or the office in their grids, or
/// by a member on a team outing (`outing`).
struct VisitPlan {
    var visitor: String
    var household: String
    var community: Int
    var outing: Int?
}

/// A vanguard team's outing: who goes (members' ids), what kind, and on which day.
struct OutingPlan {
    var kind: TeamActivityKind
    var title: String
    var result: String
    var day: CalendarDay
    var participants: [String]
}

/// The Party work the year does besides cases.
enum PartyStep {
    case visit(VisitPlan)
    case outing(Int, OutingPlan)
    case followUp(opinionID: String, community: Int, code: String?)
    case councilOpinion(community: Int)
    case scheduleMeeting(Int, MeetingPlan)
    case holdMeeting(Int, MeetingPlan)
    case minutes(Int, MeetingPlan)
    case deduct(memberID: String, community: Int, day: CalendarDay)
    case pledge(String, content: String, dueOn: String)
    case progress(String, note: String)
    case fulfil(String, evidence: String)
    case confirm(String, community: Int)
    case claim(Int, ClaimPlan)
    case decide(Int, ClaimPlan)
    case publish(branch: String, community: Int, quarter: Quarter)
}

extension DemoYear {
    /// Visits month by month: the hub members with accounts to their linked households (the demo member more seldom,
    /// so the current day's visit still earns a point within the rule's cap), the grid workers and the offices in their
    /// grids; a team outing a month in the first community; a residents' council opinion most months.
    func planPartyWork(_ state: inout YearState, _ queue: inout EventQueue) {
        // The current day's visits by the demo member and the secretary fall in the last three weeks.
        let quiet = today.adding(days: -21)
        var taken = Set<String>()
        func add(_ visitor: String, _ household: String, community: Int, on day: CalendarDay, hour: Int, outing: Int? = nil,
                 _ state: inout YearState, _ queue: inout EventQueue) {
            guard day >= first, day <= yesterday, taken.insert("\(visitor)|\(day)|\(household)").inserted else { return }
            if (visitor == "party.member" || visitor == "secretary"), day >= quiet { return }
            if visitor == "party.member" {
                guard state.numbers["visits:party.member", default: 0] < 13 else { return }
                state.numbers["visits:party.member", default: 0] += 1
            }
            let when = max(at(day, hour, state.number(0...50)), at(first, 10))
            queue.add(.party(.visit(VisitPlan(visitor: visitor, household: household, community: community, outing: outing))), at: when)
        }
        let members: [(username: String, perMonth: Double)] = [
            ("party.member", 0.6), ("party.member2", 2), ("party.member3", 2), ("party.member4", 2),
        ]
        let staff: [(username: String, grids: [Int], perMonth: Int)] = [
            ("grid.worker", [0], 5), ("grid.worker2", [1], 5), ("grid.worker3", [4], 5), ("secretary", [2, 3], 2), ("secretary2", [5, 6, 7], 2),
        ]
        for span in months {
            for (username, perMonth) in members {
                guard let hub = hub(of: username), !hub.linkedHouseholdIDs.isEmpty else { continue }
                let count = Int(perMonth) + (state.chance(perMonth - Double(Int(perMonth))) ? 1 : 0)
                for _ in 0..<count {
                    guard let day = randomDay(in: span, working: false, &state) else { continue }
                    let household = state.pick(hub.linkedHouseholdIDs)
                    let hour = state.pick([10, 15, 19])
                    let community = cast.community(ofGrid: cast.gridIndex(of: hub.gridCode) ?? 0)
                    add(username, household, community: community, on: day, hour: hour, &state, &queue)
                }
            }
            for (username, grids, perMonth) in staff {
                let households = grids.filter { $0 < cast.grids.count }.flatMap { cast.households(ofGrid: $0) }
                guard !households.isEmpty else { continue }
                for _ in 0..<perMonth {
                    guard let day = randomDay(in: span, working: true, &state) else { continue }
                    let household = state.pick(households)
                    let hour = state.number(9...16)
                    add(username, household, community: grids[0] / 4, on: day, hour: hour, &state, &queue)
                }
            }
            planOuting(in: span, add: add, &state, &queue)
            if let day = randomDay(in: span, working: true, &state), day >= first {
                queue.add(.party(.councilOpinion(community: 0)), at: at(day, 19))
                if span.index % 2 == 1 { queue.add(.party(.councilOpinion(community: 1)), at: at(day, 19, 30)) }
            }
        }
    }

    /// The first community's vanguard team goes out once a month: the team's members with accounts visit their linked
    /// households under the outing.
    private func planOuting(
        in span: MonthSpan,
        add: (String, String, Int, CalendarDay, Int, Int?, inout YearState, inout EventQueue) -> Void,
        _ state: inout YearState, _ queue: inout EventQueue
    ) {
        let team = state.lists["team"] ?? []
        let weekends = span.days.filter { $0.isWeekend && $0 > first }
        guard !team.isEmpty, let day = weekends.isEmpty ? nil : state.pick(weekends) else { return }
        let kinds: [(TeamActivityKind, String, String)] = [
            (.opinionCollection, "入户听民意", "走访联系户，收集意见建议"), (.policyPublicity, "政策宣传进楼栋", "讲解医保、养老政策，发放宣传册"),
            (.volunteerService, "楼道清理志愿服务", "清理楼道堆物，张贴文明提示"), (.mediation, "矛盾纠纷排查", "排查邻里矛盾隐患，登记跟进"),
        ]
        let kind = kinds[span.index % kinds.count]
        let goers = team.filter { id in cast.accountOfMember[id] != nil } + state.shuffled(team.filter { cast.accountOfMember[$0] == nil }).prefix(2)
        state.numbers["outings", default: 0] += 1
        let number = state.numbers["outings"]!
        queue.add(
            .party(.outing(number, OutingPlan(kind: kind.0, title: kind.1, result: kind.2, day: day, participants: goers))), at: at(day, 9))
        for member in goers {
            guard let username = cast.accountOfMember[member], let hub = hub(of: username), !hub.linkedHouseholdIDs.isEmpty else { continue }
            let household = state.pick(hub.linkedHouseholdIDs)
            add(username, household, cast.community(ofGrid: cast.gridIndex(of: hub.gridCode) ?? 0), day, 10, number, &state, &queue)
        }
    }

    func hub(of username: String) -> PartyMemberHub? {
        cast.hubs.joined().first { cast.accountOfMember[$0.memberID] == username }
    }

    func performParty(_ step: PartyStep, _ state: inout YearState, _ queue: inout EventQueue) async {
        do {
            switch step {
            case .visit(let plan): try await visit(plan, &state, &queue)
            case .outing(let number, let plan):
                guard let team = state.ids["team"] else { return }
                let activity = try await past.teams.recordActivity(
                    teamID: team, kind: plan.kind, title: plan.title, heldOn: plan.day.description, participantIDs: plan.participants,
                    result: plan.result, by: try cast.who("secretary"))
                state.ids["outing#\(number)"] = activity.id
                state.tally("outings", at: now)
            case .followUp(let id, let community, let code):
                let office = try cast.who(cast.office(of: community))
                if let code, state.chance(0.35) {
                    let opinion = try await past.opinions.raiseCase(id, RaisedCase(categoryCode: code, description: ""), by: office)
                    if let caseID = opinion.caseID { await adopt(caseID: caseID, community: community, &state, &queue) }
                } else if state.chance(0.85) {
                    _ = try await past.opinions.answer(id, answer: state.pick(Self.answers), by: office)
                }
            case .councilOpinion(let community):
                let heard = state.pick(Self.opinions)
                let opinion = try await past.opinions.record(
                    NewOpinion(source: .meeting, topic: heard.topic, content: "居民议事会：" + heard.text),
                    communityCode: cast.communities[community].code, householdID: nil, collectedOn: day.description,
                    by: try cast.who(cast.office(of: community)))
                queue.add(
                    .party(.followUp(opinionID: opinion.id, community: community, code: heard.code)),
                    at: working(after: now, hours: state.fraction(4...30)))
            default:
                try await performOrgLife(step, &state, &queue)
            }
        } catch {
            state.refuse("party work", error)
        }
    }

    /// A visit with what was found, sometimes an opinion heard and now and then a problem raised as a case.
    private func visit(_ plan: VisitPlan, _ state: inout YearState, _ queue: inout EventQueue) async throws {
        let member = plan.visitor.hasPrefix("party.member")
        let heard: (topic: OpinionTopic, text: String, code: String?)? = state.chance(member ? 0.3 : 0.2) ? state.pick(Self.opinions) : nil
        let problem: (code: String, text: String)? = state.chance(member ? 0.06 : 0.04) ? state.pick(Self.visitProblems) : nil
        let visit = try await past.visits.record(
            NewVisit(
                householdID: plan.household, visitedOn: day.description, findings: state.pick(Self.findings),
                activityID: plan.outing.flatMap { state.ids["outing#\($0)"] },
                opinion: heard.map { NewOpinion(source: .visit, topic: $0.topic, content: $0.text) },
                raisedCase: problem.map { RaisedCase(categoryCode: $0.code, description: $0.text) }),
            by: try cast.who(plan.visitor))
        state.tally("visits", at: now)
        if let caseID = visit.caseID {
            await adopt(caseID: caseID, community: plan.community, &state, &queue)
        } else if let opinion = visit.opinionID {
            queue.add(
                .party(.followUp(opinionID: opinion, community: plan.community, code: heard?.code)),
                at: working(after: now, hours: state.fraction(4...40)))
        }
    }
}
