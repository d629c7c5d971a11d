import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Co-building: shared venues, joint meetings and micro-wishes")
struct CoBuildingTests {
    static let community = TestTerritory.communityA.code

    /// Monday 2026-11-23, 09:00 China time.
    static func clock() -> TestClock { TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600)) }

    static func hospital(_ store: Store, by secretary: Principal) async throws -> Partner {
        try await store.partners.register(
            NewPartner(kind: "hospital", name: "区人民医院", contactName: "陈主任", contactPhone: "13812345678", partyOrganisation: "区人民医院党委"),
            communityCode: community, by: secretary)
    }

    @Test("a Party member reporting to the community through their unit is recorded and audited, by the office only",
          arguments: TestEngine.available)
    func reportedMembers(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: Self.clock().closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let hospital = try await Self.hospital(store, by: secretary)
            // Partners are the office's to see: to anyone else the partner is not there.
            await #expect(throws: StoreError.notFound) {
                try await store.partners.reportMember(
                    partnerID: hospital.id, name: "刘医生", memberID: nil, reportedOn: "2026-11-20", by: territory.principal("grid.worker"))
            }
            let member = try await store.partners.reportMember(
                partnerID: hospital.id, name: "刘医生", memberID: nil, reportedOn: "2026-11-20", by: secretary)
            #expect(try await auditSubjects(.personRegistered, in: store) == ["reportedMember:\(member.id)"])
        }
    }

    @Test("a venue's time is booked once: an overlapping booking and one over capacity are refused with nothing written, and a cancelled one frees its time",
          arguments: TestEngine.available)
    func venues(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = Self.clock()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let partnerAccount = territory.principal("partner")
            let hospital = try await Self.hospital(store, by: secretary)

            await #expect(throws: ValidationFailure([FieldError("capacity", .tooSmall(minimum: 1))])) {
                try await store.venues.create(
                    NewVenue(name: "健康教育室", place: "门诊楼三楼", capacity: "0", openingHours: "", partnerID: hospital.id), by: secretary)
            }
            let hall = try await store.venues.create(
                NewVenue(name: "健康教育室", place: "区人民医院门诊楼三楼", capacity: "30", openingHours: "工作日 8:00–17:00", partnerID: hospital.id),
                by: secretary)
            #expect(hall.partnerID == hospital.id && hall.communityCode == Self.community && hall.capacity == 30)
            let elsewhere = try await store.venues.create(
                NewVenue(name: "乙社区活动室", place: "乙社区党群服务中心", capacity: "40", openingHours: "", partnerID: nil),
                communityCode: TestTerritory.communityB.code, by: territory.principal("street.admin", enrolled: true))
            #expect(try await store.venues.venues(by: partnerAccount).map(\.id) == [hall.id], "a partner sees its own community's venues")

            let wednesday = NewBooking(startsAt: "2026-11-25T14:00", endsAt: "2026-11-25T16:00", purpose: "健康讲座", expectedPeople: "30")
            await #expect(throws: ValidationFailure([FieldError("partnerID", .notLinked)]), "a partner account books for its partner") {
                try await store.venues.book(venueID: hall.id, wednesday, by: partnerAccount)
            }
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: secretary)
            let talk = try await store.venues.book(venueID: hall.id, wednesday, by: partnerAccount)
            #expect(talk.partnerID == hospital.id && talk.bookedByName == "区人民医院" && talk.bookedBy == partnerAccount.accountID)
            #expect(talk.startsAt == CalendarDay(2026, 11, 25).start.addingTimeInterval(14 * 3600), "a form's time is China time")

            func count() async throws -> Int {
                try await database.read { sql in
                    try await sql.raw("SELECT COUNT(*) AS n FROM venue_bookings").first()!.decode(column: "n", as: Int.self)
                }
            }
            await #expect(throws: ValidationFailure([FieldError("startsAt", .alreadyExists)]), "an overlapping time is refused") {
                try await store.venues.book(
                    venueID: hall.id,
                    NewBooking(startsAt: "2026-11-25T15:00", endsAt: "2026-11-25T17:00", purpose: "党员活动", expectedPeople: "10"),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("startsAt", .alreadyExists)]), "the same time written with its offset") {
                try await store.venues.book(
                    venueID: hall.id,
                    NewBooking(startsAt: "2026-11-25T07:00:00Z", endsAt: "2026-11-25T07:30:00Z", purpose: "党员活动", expectedPeople: "10"),
                    by: secretary)
            }
            #expect(try await count() == 1, "nothing was written for the refused bookings")
            let after = try await store.venues.book(
                venueID: hall.id,
                NewBooking(startsAt: "2026-11-25T16:00", endsAt: "2026-11-25T17:00", purpose: "党员活动", expectedPeople: "10"),
                by: secretary)
            #expect(after.partnerID == nil && after.bookedBy == secretary.accountID, "a booking may start when the last ends")
            await #expect(throws: ValidationFailure([FieldError("expectedPeople", .tooLarge(maximum: 30))]), "no more people than it holds") {
                try await store.venues.book(
                    venueID: hall.id,
                    NewBooking(startsAt: "2026-11-26T09:00", endsAt: "2026-11-26T10:00", purpose: "义诊", expectedPeople: "31"),
                    by: partnerAccount)
            }
            await #expect(throws: ValidationFailure([FieldError("startsAt", .pastDeadline), FieldError("endsAt", .beforeStart)])) {
                try await store.venues.book(
                    venueID: hall.id,
                    NewBooking(startsAt: "2026-11-23T08:00", endsAt: "2026-11-23T07:00", purpose: "义诊", expectedPeople: "5"),
                    by: partnerAccount)
            }
            #expect(try await count() == 2)
            await #expect(throws: StoreError.notFound, "not another community's venue") {
                try await store.venues.book(
                    venueID: elsewhere.id,
                    NewBooking(startsAt: "2026-11-26T09:00", endsAt: "2026-11-26T10:00", purpose: "义诊", expectedPeople: "5"),
                    by: partnerAccount)
            }
            await #expect(throws: StoreError.forbidden, "a grid worker does not book venues") {
                try await store.venues.book(
                    venueID: hall.id,
                    NewBooking(startsAt: "2026-11-26T09:00", endsAt: "2026-11-26T10:00", purpose: "义诊", expectedPeople: "5"),
                    by: territory.principal("grid.worker"))
            }
            #expect(try await count() == 2)

            await #expect(throws: StoreError.forbidden, "a partner cancels only its own bookings") {
                try await store.venues.cancel(bookingID: after.id, by: partnerAccount)
            }
            let cancelled = try await store.venues.cancel(bookingID: talk.id, by: partnerAccount)
            #expect(cancelled.cancelledAt != nil)
            await #expect(throws: ValidationFailure([FieldError("bookingID", .alreadyExists)])) {
                try await store.venues.cancel(bookingID: talk.id, by: secretary)
            }
            let again = try await store.venues.book(
                venueID: hall.id,
                NewBooking(startsAt: "2026-11-25T14:00", endsAt: "2026-11-25T16:00", purpose: "党课", expectedPeople: "20"), by: secretary)

            let (venue, week) = try await store.venues.week(venueID: hall.id, containing: CalendarDay(2026, 11, 27), by: partnerAccount)
            #expect(venue.id == hall.id && week.monday == CalendarDay(2026, 11, 23) && week.days.count == 7)
            #expect(week.days[2].day == CalendarDay(2026, 11, 25) && week.days[2].weekday == 3)
            #expect(week.days[2].bookings.map(\.id) == [again.id, after.id], "Wednesday, earliest first, without the cancelled booking")
            #expect(week.days.filter { !$0.bookings.isEmpty }.count == 1)
            let all = try await store.venues.bookings(venueID: hall.id, period: week.period, includeCancelled: true, by: secretary)
            #expect(all.map(\.id).sorted() == [talk.id, after.id, again.id].sorted(), "the cancelled booking stays on record")
        }
    }

    @Test("six bookings of one slot at once: the venue's row takes them in turn, so one is kept and five are refused",
          arguments: TestEngine.available)
    func bookingsAtOnce(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: Self.clock().closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let hall = try await store.venues.create(
                NewVenue(name: "党群服务中心大厅", place: "党群服务中心", capacity: "80", openingHours: "", partnerID: nil), by: secretary)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        do {
                            _ = try await store.venues.book(
                                venueID: hall.id,
                                NewBooking(startsAt: "2026-11-26T09:\(index)0", endsAt: "2026-11-26T11:00", purpose: "议事会 \(index)", expectedPeople: "20"),
                                by: secretary)
                            return true
                        } catch is ValidationFailure {
                            return false
                        }
                    }
                }
                var all: [Bool] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            #expect(outcomes.filter { $0 }.count == 1, "overlapping times: only one booking stands")
            let stored = try await database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM venue_bookings").first()!.decode(column: "n", as: Int.self)
            }
            #expect(stored == 1)
        }
    }

    @Test("a micro-wish is posted with its wisher masked on every list, claimed once, fulfilled by its claimer, and named by a need made from it",
          arguments: TestEngine.available)
    func microWishes(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = Self.clock()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            _ = try await TestParty.make(in: territory)
            let secretary = territory.principal("secretary", enrolled: true)
            let gridWorker = territory.principal("grid.worker")
            let member = territory.principal("party.member")
            let partnerAccount = territory.principal("partner")
            let hospital = try await Self.hospital(store, by: secretary)
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: secretary)

            await #expect(throws: ValidationFailure([FieldError("gridCode", .outsideYourScope)]), "a grid worker posts for their own grid") {
                try await store.microWishes.post(
                    NewMicroWish(wisher: "王秀英", wish: "一副老花镜", category: "elderlyCare", gridCode: TestTerritory.gridA2.code), by: gridWorker)
            }
            await #expect(throws: ValidationFailure([
                FieldError("wisher", .required), FieldError("category", .unknownValue(allowed: ServiceCategory.allCases.map(\.rawValue))),
            ])) {
                try await store.microWishes.post(NewMicroWish(wisher: " ", wish: "一副老花镜", category: "glasses", gridCode: ""), by: gridWorker)
            }
            await #expect(throws: StoreError.forbidden, "members claim wishes; they do not post them") {
                try await store.microWishes.post(NewMicroWish(wisher: "王秀英", wish: "一副老花镜", category: "elderlyCare", gridCode: ""), by: member)
            }
            let glasses = try await store.microWishes.post(
                NewMicroWish(wisher: "王秀英", wish: "一副老花镜", category: "elderlyCare", gridCode: ""), by: gridWorker)
            #expect(glasses.gridCode == TestTerritory.gridA1.code && glasses.wisherMasked == "王**" && glasses.status == .posted)
            #expect(glasses.postedOn == CalendarDay(2026, 11, 23))
            let typed = try await database.read { sql in
                try await sql.raw("SELECT wisher FROM micro_wishes WHERE id = \(bind: glasses.id)").first()!.decode(column: "wisher", as: String.self)
            }
            #expect(typed == "王秀英", "the name as typed stays in the record")
            for viewer in [secretary, gridWorker, member, partnerAccount] {
                let listed = try await store.microWishes.wishes(by: viewer)
                #expect(listed.map(\.id) == [glasses.id], "\(viewer.username) sees the wish")
                let json = try String(decoding: JSONEncoder().encode(listed), as: UTF8.self)
                #expect(!json.contains("秀英") && json.contains("王**"), "\(viewer.username) sees the wisher masked")
            }
            #expect(try await store.microWishes.wishes(by: territory.principal("grid.worker.b")).isEmpty, "another community's worker sees none")

            let claimed = try await store.microWishes.claim(wishID: glasses.id, by: member)
            #expect(claimed.status == .claimed && claimed.claimedByName == "周德华" && claimed.claimedByAccount == member.accountID)
            await #expect(throws: ValidationFailure([FieldError("claimedBy", .alreadyExists)]), "a wish is claimed once") {
                try await store.microWishes.claim(wishID: glasses.id, by: partnerAccount)
            }
            #expect(try await store.microWishes.wish(glasses.id, by: secretary).claimedByName == "周德华", "the second claim changed nothing")
            await #expect(throws: StoreError.forbidden, "the claimer or the office marks it fulfilled") {
                try await store.microWishes.fulfil(wishID: glasses.id, on: "2026-11-23", by: partnerAccount)
            }
            clock.advance(by: 2 * 86400)  // Wednesday 2026-11-25
            await #expect(throws: ValidationFailure([FieldError("fulfilledOn", .beforeStart)])) {
                try await store.microWishes.fulfil(wishID: glasses.id, on: "2026-11-22", by: member)
            }
            let done = try await store.microWishes.fulfil(wishID: glasses.id, on: "2026-11-25", by: member)
            #expect(done.status == .fulfilled && done.fulfilledOn == CalendarDay(2026, 11, 25))
            await #expect(throws: ValidationFailure([FieldError("fulfilledOn", .alreadyExists)])) {
                try await store.microWishes.fulfil(wishID: glasses.id, on: "2026-11-25", by: secretary)
            }

            // The office posts one, writes down a claim made in person, and a grid worker turns it into a need.
            let tap = try await store.microWishes.post(
                NewMicroWish(wisher: "欧阳春花", wish: "修好漏水的水龙头", category: "repairs", gridCode: TestTerritory.gridA1.code), by: secretary)
            #expect(tap.wisherMasked == "欧阳**")
            await #expect(throws: ValidationFailure([FieldError("claimerName", .required)]), "the office names who claimed in person") {
                try await store.microWishes.claim(wishID: tap.id, by: secretary)
            }
            let inPerson = try await store.microWishes.claim(wishID: tap.id, claimerName: "物业维修班", by: secretary)
            #expect(inPerson.claimedByName == "物业维修班" && inPerson.claimedByAccount == nil)
            #expect(try await store.microWishes.wishes(by: secretary).map(\.id) == [tap.id, glasses.id], "claimed ones before fulfilled ones")

            await #expect(throws: ValidationFailure([FieldError("sourceID", .notFound)]), "a need names a wish that exists") {
                try await store.lists.addNeed(
                    NewNeed(placeCode: TestTerritory.gridA1.code, category: "repairs", description: "修水龙头", wantedFrom: "2026-11-25",
                            wantedUntil: "2026-12-31", source: "microWish", sourceID: "nope"), by: gridWorker)
            }
            let need = try await store.lists.addNeed(
                NewNeed(placeCode: TestTerritory.gridA1.code, category: "repairs", description: "修好漏水的水龙头", wantedFrom: "2026-11-25",
                        wantedUntil: "2026-12-31", source: "microWish", sourceID: tap.id), by: gridWorker)
            #expect(need.source == .microWish && need.sourceID == tap.id)
            #expect(try await store.microWishes.needs(fromWish: tap.id, by: secretary).map(\.id) == [need.id])
            #expect(try await store.microWishes.needs(fromWish: glasses.id, by: secretary).isEmpty)
        }
    }

    @Test("a joint meeting keeps its partners, minutes and decisions; the figures count bookings, meetings and wishes of the period and scope",
          arguments: TestEngine.available)
    func meetingsAndFigures(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = Self.clock()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let streetAdmin = territory.principal("street.admin", enrolled: true)
            let partnerAccount = territory.principal("partner")
            let hospital = try await Self.hospital(store, by: secretary)
            let school = try await store.partners.register(
                NewPartner(kind: "school", name: "实验小学", contactName: "林老师", contactPhone: "13912345678", partyOrganisation: ""),
                communityCode: Self.community, by: secretary)
            try await store.partners.link(partnerID: hospital.id, accountID: partnerAccount.accountID, by: secretary)
            let agreement = try await store.agreements.sign(
                NewAgreement(
                    title: "2026 年度共建协议", startsOn: "2026-01-01", endsOn: "2026-12-31",
                    commitments: [.init(kind: "jointConsultation", content: "每季度召开联席会议", owner: "社区", dueOn: "2026-12-31")]),
                partnerID: hospital.id, by: secretary)

            await #expect(throws: ValidationFailure([
                FieldError("heldOn", .dateFormat), FieldError("minutes", .required), FieldError("partnerIDs", .required),
            ])) {
                try await store.jointMeetings.record(
                    NewJointMeeting(agreementID: nil, heldOn: "2026-11-24", topic: "停车难", partnerIDs: [], minutes: " ", decisions: ""),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("partnerIDs", .notFound)])) {
                try await store.jointMeetings.record(
                    NewJointMeeting(agreementID: nil, heldOn: "2026-11-20", topic: "停车难", partnerIDs: ["nope"], minutes: "纪要", decisions: ""),
                    by: secretary)
            }
            await #expect(throws: StoreError.forbidden, "the office writes the meetings") {
                try await store.jointMeetings.record(
                    NewJointMeeting(agreementID: agreement.id, heldOn: "2026-11-20", topic: "停车难", partnerIDs: [], minutes: "纪要", decisions: ""),
                    by: partnerAccount)
            }
            let meeting = try await store.jointMeetings.record(
                NewJointMeeting(
                    agreementID: agreement.id, heldOn: "2026-11-20", topic: "第四季度联席会议", partnerIDs: [school.id, hospital.id],
                    minutes: "讨论小区停车难和老人就医问题。", decisions: "增设 40 个车位\n\n医院每周二上门巡诊\n"),
                by: secretary)
            #expect(meeting.partnerIDs == [hospital.id, school.id], "the agreement's partner first, each once")
            #expect(meeting.decisions == ["增设 40 个车位", "医院每周二上门巡诊"] && meeting.agreementID == agreement.id)
            let stored = try await database.read { sql in
                let row = try await sql.raw("SELECT minutes, decisions FROM joint_meetings WHERE id = \(bind: meeting.id)").first()!
                let minutes = try row.decode(column: "minutes", as: String.self)
                let decisions = try row.decode(column: "decisions", as: String.self)
                return [minutes, decisions]
            }
            #expect(stored == ["讨论小区停车难和老人就医问题。", "增设 40 个车位\n医院每周二上门巡诊"], "the minutes are stored")
            #expect(try await store.jointMeetings.meetings(partnerID: hospital.id, by: partnerAccount).map(\.id) == [meeting.id],
                    "the partner reads the meetings it attended")
            await #expect(throws: StoreError.notFound) {
                try await store.jointMeetings.meetings(partnerID: school.id, by: partnerAccount)
            }
            let amended = try await store.jointMeetings.writeMinutes(
                meetingID: meeting.id, minutes: "会议纪要（定稿）", decisions: "增设 40 个车位", by: secretary)
            #expect(amended.minutes == "会议纪要（定稿）" && amended.decisions == ["增设 40 个车位"])
            #expect(try await store.jointMeetings.meeting(meeting.id, by: partnerAccount) == amended)

            // Elsewhere in the street: a meeting of the second community, which the first community's figures leave out.
            let other = try await store.partners.register(
                NewPartner(kind: "company", name: "乙物业公司", contactName: "赵经理", contactPhone: "13712345678", partyOrganisation: ""),
                communityCode: TestTerritory.communityB.code, by: streetAdmin)
            let otherMeeting = try await store.jointMeetings.record(
                NewJointMeeting(agreementID: nil, heldOn: "2026-11-21", topic: "电梯加装", partnerIDs: [other.id], minutes: "纪要", decisions: ""),
                communityCode: TestTerritory.communityB.code, by: streetAdmin)

            let hall = try await store.venues.create(
                NewVenue(name: "党群服务中心活动室", place: "社区党群服务中心二楼", capacity: "60", openingHours: "", partnerID: nil), by: secretary)
            let inNovember = try await store.venues.book(
                venueID: hall.id, NewBooking(startsAt: "2026-11-24T10:00", endsAt: "2026-11-24T11:00", purpose: "议事会", expectedPeople: "20"),
                by: secretary)
            let dropped = try await store.venues.book(
                venueID: hall.id, NewBooking(startsAt: "2026-11-26T10:00", endsAt: "2026-11-26T11:00", purpose: "议事会", expectedPeople: "20"),
                by: partnerAccount)
            _ = try await store.venues.cancel(bookingID: dropped.id, by: secretary)
            let inDecember = try await store.venues.book(
                venueID: hall.id, NewBooking(startsAt: "2026-12-02T10:00", endsAt: "2026-12-02T11:00", purpose: "义诊", expectedPeople: "20"),
                by: partnerAccount)
            let wish = try await store.microWishes.post(
                NewMicroWish(wisher: "李桂兰", wish: "冬天的棉被", category: "hardship", gridCode: ""), by: secretary)
            _ = try await store.microWishes.claim(wishID: wish.id, by: partnerAccount)
            clock.advance(by: 8 * 86400)  // 2026-12-01
            _ = try await store.microWishes.fulfil(wishID: wish.id, on: "2026-12-01", by: secretary)

            func figures(_ first: CalendarDay, _ last: CalendarDay, by principal: Principal) async throws -> CoBuildingFigures {
                try await store.coBuildingFigures(period: ReportingPeriod(first: first, last: last), by: principal)
            }
            let november = try await figures(CalendarDay(2026, 11, 1), CalendarDay(2026, 11, 30), by: secretary)
            #expect(november.bookings.map(\.id) == [inNovember.id], "the cancelled booking and December's are not counted")
            #expect(november.meetings.map(\.id) == [meeting.id], "the other community's meeting is outside the scope")
            #expect(november.wishesPosted.map(\.id) == [wish.id] && november.wishesClaimed.map(\.id) == [wish.id])
            #expect(november.wishesFulfilled.isEmpty)
            let december = try await figures(CalendarDay(2026, 12, 1), CalendarDay(2026, 12, 31), by: secretary)
            #expect(december.bookings.map(\.id) == [inDecember.id] && december.meetings.isEmpty)
            #expect(december.wishesPosted.isEmpty && december.wishesClaimed.isEmpty && december.wishesFulfilled.map(\.id) == [wish.id])
            let street = try await figures(CalendarDay(2026, 11, 1), CalendarDay(2026, 11, 30), by: streetAdmin)
            #expect(Set(street.meetings.map(\.id)) == [meeting.id, otherMeeting.id], "the street counts both communities")
            await #expect(throws: StoreError.forbidden) {
                try await figures(CalendarDay(2026, 11, 1), CalendarDay(2026, 11, 30), by: partnerAccount)
            }
        }
    }
}
