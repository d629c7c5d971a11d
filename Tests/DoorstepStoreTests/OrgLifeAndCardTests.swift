import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Organisational life, pledges, cards and posts")
struct OrgLifeAndCardTests {
    func withParty(
        _ engine: TestEngine, _ body: @Sendable (TestTerritory, TestParty, TestClock) async throws -> Void
    ) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            try await body(territory, try await TestParty.make(in: territory), clock)
        }
    }

    @Test("members check in on the day; the organiser marks the rest with reasons; presence earns the attendance points once",
          arguments: TestEngine.available)
    func attendance(engine: TestEngine) async throws {
        try await withParty(engine) { territory, party, clock in
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let member = territory.principal("party.member")
            let officer = party.officerAccount.principal
            _ = try await store.points.addRule(TestParty.rule("参加三会一课", 3, .attendance, cap: 6), by: secretary)
            let meeting = try await store.orgLife.schedule(
                orgID: party.branch.id, kind: .themePartyDay, title: "11 月主题党日", heldOn: "2026-11-23", place: "党群服务中心",
                by: officer)
            await #expect(throws: StoreError.forbidden, "an ordinary member does not organise") {
                try await store.orgLife.schedule(
                    orgID: party.branch.id, kind: .partyLecture, title: "党课", heldOn: "2026-11-24", place: "", by: member)
            }
            _ = try await store.orgLife.checkIn(meetingID: meeting.id, by: member)
            _ = try await store.orgLife.checkIn(meetingID: meeting.id, by: member)
            await #expect(throws: ValidationFailure([FieldError("reason", .required)]), "an absence says why") {
                try await store.orgLife.mark(meetingID: meeting.id, memberID: party.other.id, status: .leave, reason: "", by: officer)
            }
            _ = try await store.orgLife.mark(meetingID: meeting.id, memberID: party.other.id, status: .leave, reason: "住院", by: officer)
            await #expect(throws: ValidationFailure([FieldError("memberID", .ownRequest)]), "an organiser checks in like everyone") {
                try await store.orgLife.mark(meetingID: meeting.id, memberID: party.officer.id, status: .present, reason: "", by: officer)
            }
            var roll = try await store.orgLife.mark(
                meetingID: meeting.id, memberID: party.officer.id, status: .present, reason: "", by: secretary)
            await #expect(throws: ValidationFailure([FieldError("status", .alreadyExists)]), "present stays present") {
                try await store.orgLife.mark(meetingID: meeting.id, memberID: party.member.id, status: .absent, reason: "记错", by: officer)
            }
            roll = try await store.orgLife.recordMinutes(
                meetingID: meeting.id, minutes: "学习全会精神；讨论楼道堆物整治。", attachments: [], by: officer)
            #expect(roll.attendance.map(\.status) == [.present, .present, .leave])
            #expect(roll.attendanceRate == 1.0, "leave is not counted against the rate")
            #expect(try await store.points.ledger(memberID: party.member.id, year: 2026, by: member).map(\.points) == [3])

            // A meeting two days gone cannot be checked into by the member any more.
            let earlier = try await store.orgLife.schedule(
                orgID: party.branch.id, kind: .partyLecture, title: "党课：把全会精神落到家门口", heldOn: "2026-11-20", place: "", by: officer)
            await #expect(throws: ValidationFailure([FieldError("heldOn", .unknownValue(allowed: ["2026-11-20"]))])) {
                try await store.orgLife.checkIn(meetingID: earlier.id, by: member)
            }
            let listed = try await store.orgLife.meetings(
                period: ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30)), by: member)
            #expect(listed.map(\.id) == [meeting.id, earlier.id])
            _ = clock

            // A grid worker writes down an opinion heard at a meeting: their grid's community is taken.
            let heard = try await store.opinions.record(
                NewOpinion(source: .meeting, topic: .property, content: "物业费公示不清"), communityCode: nil, householdID: nil,
                collectedOn: "2026-11-23", by: territory.principal("grid.worker"))
            #expect(heard.communityCode == TestTerritory.communityA.code && heard.gridCode == TestTerritory.gridA1.code)
        }
    }

    @Test("a fulfilled pledge earns its points; the public board shows only what each member consented to",
          arguments: TestEngine.available)
    func pledgesAndBoard(engine: TestEngine) async throws {
        try await withParty(engine) { territory, party, _ in
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let member = territory.principal("party.member")
            _ = try await store.points.addRule(TestParty.rule("践行承诺", 5, .pledgeFulfilled), by: secretary)
            await #expect(throws: ValidationFailure([FieldError("dueOn", .dateFormat)]), "due this year, not in the past") {
                try await store.pledges.pledge(content: "每月走访联系户", dueOn: "2026-11-01", by: member)
            }
            let pledge = try await store.pledges.pledge(content: "年底前帮 5 号楼装好电动车充电桩", dueOn: "2026-12-31", by: member)
            _ = try await store.pledges.noteProgress(pledgeID: pledge.id, note: "已和物业对接选址", by: member)
            let kept = try await store.pledges.fulfil(pledgeID: pledge.id, evidence: "充电桩 11 月 23 日投用，附照片", by: member)
            #expect(kept.state == .fulfilled && kept.progress.count == 1)
            #expect(try await store.points.ledger(memberID: party.member.id, year: 2026, by: member).isEmpty, "not before the branch confirms")
            #expect(try await store.pledges.toConfirm(by: party.officerAccount.principal).map(\.id) == [pledge.id])
            await #expect(throws: StoreError.forbidden, "not by the member") {
                try await store.pledges.confirm(pledgeID: pledge.id, by: member)
            }
            let confirmed = try await store.pledges.confirm(pledgeID: pledge.id, by: party.officerAccount.principal)
            #expect(confirmed.state == .confirmed)
            #expect(try await store.points.ledger(memberID: party.member.id, year: 2026, by: member).map(\.points) == [5])

            let post = try await store.posts.addPost(
                name: "矛盾调解岗", duties: "调解邻里纠纷", communityCode: TestTerritory.communityA.code, by: secretary)
            _ = try await store.posts.assign(holdingID: post.id, memberID: party.member.id, fromOn: "2026-01-01", by: secretary)
            #expect(try await store.posts.figures(communityCode: TestTerritory.communityA.code, by: secretary) == (1, 0, 1, 0))

            #expect(try await store.pledges.board(communityCode: TestTerritory.communityA.code, gridCode: nil, year: 2026).isEmpty,
                    "nothing is shown before a member publishes a card")
            try await store.pledges.setCard(
                MemberCardConsent(published: true, showPhoto: false, showPosts: true, showGrid: false, showContact: false,
                                  contactPhone: "13800138000"),
                photo: nil, by: member)
            var board = try await store.pledges.board(communityCode: TestTerritory.communityA.code, gridCode: nil, year: 2026)
            #expect(board.map(\.name) == ["周德华"] && board[0].posts == ["矛盾调解岗"])
            #expect(board[0].contactPhone == nil && board[0].gridName == nil, "no consent, not shown")
            #expect(board[0].pledges.map(\.state) == [.confirmed])
            try await store.pledges.setCard(
                MemberCardConsent(published: true, showPhoto: false, showPosts: false, showGrid: true, showContact: true,
                                  contactPhone: "13800138000"),
                photo: nil, by: member)
            board = try await store.pledges.board(communityCode: TestTerritory.communityA.code, gridCode: TestTerritory.gridA1.code, year: 2026)
            #expect(board[0].contactPhone == "13800138000" && board[0].gridName == TestTerritory.gridA1.name && board[0].posts.isEmpty)
            let sealed = try await store.database.read { sql in
                try await sql.raw("SELECT contact_phone_sealed AS p FROM member_cards").all().map { try $0.decode(column: "p", as: String.self) }
            }
            #expect(!sealed[0].contains("13800138000"), "the phone is sealed at rest")
            #expect(try await store.pledges.board(communityCode: TestTerritory.communityA.code, gridCode: TestTerritory.gridA2.code, year: 2026).isEmpty)
        }
    }
}
