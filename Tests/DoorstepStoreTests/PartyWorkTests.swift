import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Party work: visits, figures and points")
struct PartyWorkTests {
    /// Monday 23 November 2026, 9:00 China time.
    static func monday() -> TestClock { TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600)) }

    struct World {
        let territory: TestTerritory
        let store: Store
        let clock: TestClock
        let party: TestParty
        var branch: PartyOrg { party.branch }
        var member: PartyMember { party.member }
        var officer: PartyMember { party.officer }
        var other: PartyMember { party.other }
        var households: [Household] { party.households }
        var secretary: Principal { territory.principal("secretary", enrolled: true) }
        var memberPrincipal: Principal { territory.principal("party.member") }
        var officerPrincipal: Principal { party.officerAccount.principal }
    }

    func withWorld(_ engine: TestEngine, _ body: @Sendable (World) async throws -> Void) async throws {
        try await withTestDatabase(engine) { database in
            let clock = Self.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let party = try await TestParty.make(in: territory)
            try await body(World(territory: territory, store: territory.store, clock: clock, party: party))
        }
    }

    func rule(_ item: String, _ points: Int, _ trigger: PointTrigger, cap: Int? = nil, evidence: Bool = false) -> PointRule {
        TestParty.rule(item, points, trigger, cap: cap, evidence: evidence)
    }

    @Test("a visit sent again with its key — a phone's kept form after the signal returns — is one visit, one case, one opinion and its points once",
          arguments: TestEngine.available)
    func visitSentTwice(engine: TestEngine) async throws {
        try await withWorld(engine) { world in
            let store = world.store
            _ = try await store.points.addRule(rule("入户走访", 1, .visit, cap: 24), by: world.secretary)
            let visit = NewVisit(
                householdID: world.households[1].id, visitedOn: "2026-11-23", findings: "暖气不热",
                opinion: NewOpinion(source: .visit, topic: .environment, content: "希望检修暖气"),
                raisedCase: RaisedCase(categoryCode: "L0504", description: "3号楼暖气不热"))
            let first = try await store.visits.record(visit, by: world.memberPrincipal, key: "phone-1")
            let again = try await store.visits.record(visit, by: world.memberPrincipal, key: "phone-1")
            #expect(first.created && !again.created && again.visit == first.visit)
            try await store.database.read { sql in
                for table in ["visits", "cases", "opinions", "point_entries", "form_keys"] {
                    let rows = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self)
                    #expect(rows == 1, "\(table)")
                }
            }
            // Another key is another form: the same household on the same day is refused as before, not merged.
            await #expect(throws: ValidationFailure([FieldError("visitedOn", .alreadyExists)])) {
                try await store.visits.record(visit, by: world.memberPrincipal, key: "phone-2")
            }
            await #expect(throws: ValidationFailure([FieldError("formKey", .tooLong(maximum: 200))])) {
                try await store.visits.record(visit, by: world.memberPrincipal, key: String(repeating: "k", count: 201))
            }
        }
    }

    @Test("a visit that raises a case moves the member's results, the team's figures and the points by one each, and each figure opens its records",
          arguments: TestEngine.available)
    func visitToSolvedCase(engine: TestEngine) async throws {
        try await withWorld(engine) { world in
            let store = world.store
            _ = try await store.points.addRule(rule("入户走访", 1, .visit, cap: 24), by: world.secretary)
            _ = try await store.points.addRule(rule("解决群众实际问题", 2, .caseSolved), by: world.secretary)
            await #expect(throws: ValidationFailure([FieldError("trigger", .alreadyExists)])) {
                try await store.points.addRule(rule("又一条走访", 1, .visit), by: world.secretary)
            }
            let team = try await store.teams.create(
                name: "红色先锋队", communityCode: TestTerritory.communityA.code, memberIDs: [world.member.id, world.officer.id],
                by: world.secretary)
            let period = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
            func counts(_ subject: FigureSubject) async throws -> [PartyWorkMeasure: Int] {
                Dictionary(uniqueKeysWithValues: try await store.partyWork.figures(of: subject, period: period, for: world.secretary)
                    .map { ($0.measure, $0.count) })
            }
            let before = try await counts(.team(team.id))
            #expect(before == [.visits: 0, .opinions: 0, .problemsSolved: 0, .disputesSettled: 0])

            let visit = try await store.visits.record(
                NewVisit(
                    householdID: world.households[1].id, visitedOn: "2026-11-23", findings: "楼道堆放杂物，老人出行不便",
                    opinion: NewOpinion(source: .visit, topic: .environment, content: "希望清理楼道"),
                    raisedCase: RaisedCase(categoryCode: "L0205", description: "5号楼1单元楼道堆物")),
                by: world.memberPrincipal)
            #expect(visit.memberID == world.member.id && visit.caseID != nil && visit.opinionID != nil)
            let raised = try await store.cases.find(id: visit.caseID!, by: world.secretary)
            #expect(raised.source == .visit && raised.gridCode == TestTerritory.gridA1.code && raised.reporterName == "周德华")
            let opinion = try await store.opinions.find(id: visit.opinionID!, by: world.secretary)
            #expect(opinion.status == .caseRaised && opinion.caseID == raised.id && opinion.visitID == visit.id)

            await #expect(throws: ValidationFailure([FieldError("visitedOn", .alreadyExists)]), "one visit a household a day") {
                try await store.visits.record(
                    NewVisit(householdID: world.households[1].id, visitedOn: "2026-11-23", findings: "again"), by: world.memberPrincipal)
            }
            await #expect(throws: ValidationFailure([FieldError("visitedOn", .dateFormat)])) {
                try await store.visits.record(
                    NewVisit(householdID: world.households[2].id, visitedOn: "2026-11-24", findings: "明天"), by: world.memberPrincipal)
            }
            await #expect(throws: ValidationFailure([FieldError("memberID", .notLinked)]), "a member account without a record") {
                let unlinked = try await store.accounts.createFromCommandLine(
                    NewAccount(
                        username: "new.member", displayName: "新党员", role: .partyMember,
                        scope: TerritoryScope(level: .grid, code: TestTerritory.gridA1.code), password: TestTerritory.password),
                    operatorName: "test")
                _ = try await store.visits.record(
                    NewVisit(householdID: world.households[2].id, visitedOn: "2026-11-23", findings: "x"), by: unlinked.principal)
            }
            await #expect(throws: ValidationFailure([FieldError("householdID", .notFound)]), "a household outside the territory") {
                try await store.visits.record(
                    NewVisit(householdID: "nope", visitedOn: "2026-11-23", findings: "x"), by: world.memberPrincipal)
            }

            var after = try await counts(.team(team.id))
            #expect(after == [.visits: 1, .opinions: 1, .problemsSolved: 0, .disputesSettled: 0])
            #expect(try await store.points.ledger(memberID: world.member.id, year: 2026, by: world.memberPrincipal).map(\.points) == [1])

            // The grid worker takes the case through the loop; the secretary checks it closed.
            let worker = world.territory.principal("grid.worker")
            var item = try await store.cases.act(
                on: raised.id, ["accept", "register", "dispatch"].map { CaseStep(action: $0, version: 1, handlerAccountID: worker.accountID) },
                by: worker)
            item = try await store.cases.act(on: item.id, CaseStep(action: "signFor", version: item.version), by: worker)
            item = try await store.cases.act(on: item.id, CaseStep(action: "submitFeedback", version: item.version, note: "已清理"), by: worker)
            item = try await store.cases.act(on: item.id, CaseStep(action: "checkPassed", version: item.version), by: world.secretary)
            #expect(item.state == .closed)

            after = try await counts(.team(team.id))
            #expect(after == [.visits: 1, .opinions: 1, .problemsSolved: 1, .disputesSettled: 0])
            #expect(try await counts(.member(world.member.id)) == after)
            #expect(try await counts(.member(world.officer.id)) == [.visits: 0, .opinions: 0, .problemsSolved: 0, .disputesSettled: 0])
            let ledger = try await store.points.ledger(memberID: world.member.id, year: 2026, by: world.memberPrincipal)
            #expect(ledger.map(\.points) == [1, 2] && ledger.map(\.kind) == [.automatic, .automatic])
            #expect(ledger.map(\.source) == ["visit:\(visit.id)", "case:\(raised.id)"])

            let visits = try await store.partyWork.records(.visits, of: .team(team.id), period: period, for: world.secretary)
            #expect(visits.map(\.id) == [visit.id])
            let solved = try await store.partyWork.records(.problemsSolved, of: .member(world.member.id), period: period, for: world.memberPrincipal)
            #expect(solved.map(\.id) == [raised.id] && solved.map(\.by) == ["周德华"])
            await #expect(throws: StoreError.notFound, "a member reads only their own records") {
                try await store.partyWork.records(.visits, of: .member(world.officer.id), period: period, for: world.memberPrincipal)
            }
            let exemplars = try await store.partyWork.exemplars(.visits, period: period, for: world.secretary)
            #expect(exemplars == [Exemplar(measure: .visits, memberID: world.member.id, memberName: "周德华", count: 1)])

            // The visit plan: the visited household is due again in 90 days; the other two are due from linking.
            let plan = try await store.visits.visitPlan(for: world.memberPrincipal)
            #expect(plan.count == 3)
            #expect(plan.first { $0.householdID == world.households[1].id }?.dueOn == "2027-02-21")
            #expect(try await store.visits.overdueVisits(for: world.memberPrincipal).isEmpty)
            // A linked household seen by the grid worker is visited too: the plan no longer says 尚未走访.
            #expect(plan.first { $0.householdID == world.households[2].id }?.lastVisitedOn == nil)
            _ = try await store.visits.record(
                NewVisit(householdID: world.households[2].id, visitedOn: "2026-11-23", findings: "老人身体尚好"), by: worker)
            let seen = try await store.visits.visitPlan(for: world.memberPrincipal).first { $0.householdID == world.households[2].id }
            #expect(seen?.lastVisitedOn == "2026-11-23" && seen?.dueOn == "2027-02-21")
            // The visit form offers every household of the worker's grid, not only the linked ones.
            let offered = try await store.visits.visitableHouseholds(for: worker).map(\.id)
            #expect(Set(world.households.map(\.id)).isSubset(of: Set(offered)))
            world.clock.advance(by: 91 * 86_400)
            #expect(Set(try await store.visits.overdueVisits(for: world.memberPrincipal).map(\.householdID)) == Set(world.households[1...3].map(\.id)))
        }
    }

    @Test("claims go through an officer; a rejected claim leaves a trace and no points; the ledger refuses change; the quarter is published as the ledger says",
          arguments: TestEngine.available)
    func claimsAndPublication(engine: TestEngine) async throws {
        try await withWorld(engine) { world in
            let store = world.store
            let service = try await store.points.addRule(rule("志愿服务", 3, .claimed, cap: 6, evidence: true), by: world.secretary)
            let late = try await store.points.addRule(rule("无故缺席组织生活", -5, .deduction), by: world.secretary)

            await #expect(throws: ValidationFailure([FieldError("evidence", .required)])) {
                try await store.points.claim(ruleID: service.id, earnedOn: "2026-09-10", evidence: " ", by: world.memberPrincipal)
            }
            let first = try await store.points.claim(
                ruleID: service.id, earnedOn: "2026-09-10", evidence: "社区义诊志愿服务 4 小时", by: world.memberPrincipal)
            let second = try await store.points.claim(
                ruleID: service.id, earnedOn: "2026-09-20", evidence: "未附签到表", by: world.memberPrincipal)
            let third = try await store.points.claim(
                ruleID: service.id, earnedOn: "2026-10-08", evidence: "重阳节敬老活动", by: world.memberPrincipal)
            let own = try await store.points.claim(
                ruleID: service.id, earnedOn: "2026-09-12", evidence: "自己的申报", by: world.officerPrincipal)

            await #expect(throws: StoreError.forbidden, "an ordinary member decides nothing") {
                try await store.points.decide(claimID: own.id, approve: true, reason: "", by: world.memberPrincipal)
            }
            await #expect(throws: ValidationFailure([FieldError("claimID", .ownRequest)])) {
                try await store.points.decide(claimID: own.id, approve: true, reason: "", by: world.officerPrincipal)
            }
            await #expect(throws: ValidationFailure([FieldError("reason", .required)]), "a rejection says why") {
                try await store.points.decide(claimID: second.id, approve: false, reason: "", by: world.officerPrincipal)
            }
            #expect(try await store.points.claims(by: world.officerPrincipal).map(\.id).sorted() == [first.id, second.id, third.id, own.id].sorted())
            _ = try await store.points.decide(claimID: first.id, approve: true, reason: "", by: world.officerPrincipal)
            let rejected = try await store.points.decide(claimID: second.id, approve: false, reason: "无签到记录", by: world.officerPrincipal)
            #expect(rejected.status == .rejected && rejected.points == 0)
            await #expect(throws: ValidationFailure([FieldError("status", .unknownValue(allowed: ["pending"]))]), "decided once") {
                try await store.points.decide(claimID: second.id, approve: true, reason: "", by: world.secretary)
            }
            let capped = try await store.points.decide(claimID: third.id, approve: true, reason: "", by: world.secretary)
            #expect(capped.points == 3)
            _ = try await store.points.decide(claimID: own.id, approve: true, reason: "", by: world.secretary)
            _ = try await store.points.deduct(
                memberID: world.other.id, ruleID: late.id, earnedOn: "2026-08-05", reason: "8 月主题党日无故缺席", by: world.officerPrincipal)

            let ledger = try await store.points.ledger(memberID: world.member.id, year: 2026, by: world.memberPrincipal)
            #expect(ledger.map(\.kind) == [.approvedClaim, .rejectedClaim, .approvedClaim])
            #expect(ledger.map(\.points) == [3, 0, 3])
            #expect(ledger[1].reason == "无签到记录" && ledger[1].source == "claim:\(second.id)")

            await #expect(throws: (any Error).self, "the ledger cannot be edited, even by hand") {
                try await store.database.write { sql in try await sql.raw("UPDATE point_entries SET points = 99").run() }
            }
            await #expect(throws: (any Error).self) {
                try await store.database.write { sql in try await sql.raw("DELETE FROM point_entries").run() }
            }
            let correction = try await store.points.correct(entryID: ledger[0].id, points: -1, reason: "时长核减为 3 小时", by: world.secretary)
            #expect(correction.kind == .correction && correction.earnedOn == "2026-09-10")

            await #expect(throws: ValidationFailure([FieldError("quarter", .tooLarge(maximum: 3))]), "a quarter not yet over") {
                try await store.points.publish(orgID: world.branch.id, quarter: Quarter(year: 2026, number: 4), by: world.officerPrincipal)
            }
            let published = try await store.points.publish(orgID: world.branch.id, quarter: Quarter(year: 2026, number: 3), by: world.officerPrincipal)
            #expect(published.objectionsUntil == "2026-11-30")
            let lines = Dictionary(uniqueKeysWithValues: published.lines.map { ($0.memberID, $0) })
            #expect(Set(lines.keys) == [world.member.id, world.officer.id, world.other.id], "every member of the branch")
            for (memberID, line) in lines {
                let entries = try await store.points.ledger(memberID: memberID, year: 2026, by: world.secretary)
                let inQuarter = entries.filter { $0.earnedOn >= "2026-07-01" && $0.earnedOn <= "2026-09-30" }.map(\.points).reduce(0, +)
                let toDate = entries.filter { $0.earnedOn <= "2026-09-30" }.map(\.points).reduce(0, +)
                #expect(line.quarterPoints == inQuarter && line.yearPoints == 60 + toDate, "\(line.memberName) as the ledger says")
            }
            #expect(lines[world.member.id]?.quarterPoints == 2 && lines[world.other.id]?.yearPoints == 55)
            await #expect(throws: ValidationFailure([FieldError("quarter", .alreadyExists)])) {
                try await store.points.publish(orgID: world.branch.id, quarter: Quarter(year: 2026, number: 3), by: world.secretary)
            }
            let afterwards = try await store.points.claim(
                ruleID: service.id, earnedOn: "2026-09-28", evidence: "补交的签到表", by: world.officerPrincipal)
            _ = try await store.points.decide(claimID: afterwards.id, approve: true, reason: "", by: world.secretary)
            #expect(try await store.points.ledger(memberID: world.officer.id, year: 2026, by: world.secretary).last?.earnedOn == "2026-11-23",
                    "a line for a published quarter lands in the open one")
            let objection = try await store.points.object(
                publicationID: published.id, content: "9 月 20 日的志愿服务有签到表", by: world.memberPrincipal)
            await #expect(throws: StoreError.forbidden, "only the branch answers") {
                try await store.points.answerObjection(objection.id, answer: "x", by: world.memberPrincipal)
            }
            try await store.points.answerObjection(objection.id, answer: "已核实，另行更正", by: world.officerPrincipal)
            let listed = try await store.points.publications(orgID: world.branch.id, by: world.memberPrincipal)
            #expect(listed.map(\.id) == [published.id])
            #expect(listed[0].objections.map(\.answer) == ["已核实，另行更正"])
            world.clock.advance(by: 8 * 86_400)
            await #expect(throws: ValidationFailure([FieldError("publicationID", .pastDeadline)]), "the window closes") {
                try await store.points.object(publicationID: published.id, content: "晚了", by: world.memberPrincipal)
            }
        }
    }

    @Test("the year's stars follow the community's bands exactly; exempted members are not rated", arguments: TestEngine.available)
    func stars(engine: TestEngine) async throws {
        try await withWorld(engine) { world in
            let store = world.store
            try await store.points.updateSettings(
                PartyWorkSettings(basePoints: 60, starBands: try StarBands.parse("60:1, 70:2, 80:3, 90:4, 96:5"), visitIntervalDays: 90, objectionDays: 7),
                community: TestTerritory.communityA.code, by: world.secretary)
            let bonus = try await store.points.addRule(rule("表彰", 1, .claimed), by: world.secretary)
            let penalty = try await store.points.addRule(rule("违纪", -1, .deduction), by: world.secretary)
            // The member earns 36 (96 → ★★★★★), the officer 9 (69 → ★), the other loses 1 (59 → unqualified).
            func earn(_ times: Int, by principal: Principal) async throws {
                for day in 1...times {
                    let claim = try await store.points.claim(
                        ruleID: bonus.id, earnedOn: String(format: "2026-10-%02d", day % 28 + 1), evidence: "", by: principal)
                    _ = try await store.points.decide(claimID: claim.id, approve: true, reason: "", by: world.secretary)
                }
            }
            try await earn(36, by: world.memberPrincipal)
            try await earn(9, by: world.officerPrincipal)
            _ = try await store.points.deduct(memberID: world.other.id, ruleID: penalty.id, earnedOn: "2026-03-01", reason: "违纪扣分", by: world.secretary)
            var year = try await store.points.year(2026, orgID: world.branch.id, by: world.secretary)
            #expect(year.map(\.memberName) == ["周德华", "吴晓", "李卫国"])
            #expect(year.map(\.total) == [96, 69, 59])
            #expect(year.map(\.rating) == [.stars(5), .stars(1), .unqualified])

            try await store.points.exempt(memberID: world.other.id, year: 2026, reason: "年满 80 周岁，支部大会决定免评", by: world.officerPrincipal)
            await #expect(throws: ValidationFailure([FieldError("year", .alreadyExists)])) {
                try await store.points.exempt(memberID: world.other.id, year: 2026, reason: "再次", by: world.secretary)
            }
            year = try await store.points.year(2026, orgID: world.branch.id, by: world.secretary)
            #expect(year.last?.memberName == "李卫国" && year.last?.rating == .exempt && year.last?.total == 59)

            try await store.points.updateSettings(
                PartyWorkSettings(basePoints: 50, starBands: try StarBands.parse("60:3, 85:5"), visitIntervalDays: 90, objectionDays: 7),
                community: TestTerritory.communityA.code, by: world.secretary)
            year = try await store.points.year(2026, orgID: world.branch.id, by: world.secretary)
            #expect(year.map(\.rating) == [.stars(5), .unqualified, .exempt], "86 and 59 under the new bands")
        }
    }
}
