import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("After-school class")
struct AfterSchoolTests {
    /// Monday 23 November 2026, 15:00 China time: a school day inside the term the fixture's class runs.
    static let monday = CalendarDay(2026, 11, 23)

    struct Fixture: Sendable {
        let territory: TestTerritory
        let clock: TestClock
        let secretary: Principal
        let schoolClass: AfterSchoolClass

        var store: Store { territory.store }
    }

    /// The territory, the first community's secretary (two-step verification on) and a weekday class of two places.
    static func fixture(_ database: Database, capacity: Int = 2) async throws -> Fixture {
        let clock = TestClock(monday.start.addingTimeInterval(15 * 3600))
        let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
        let secretary = territory.principal("secretary", enrolled: true)
        let schoolClass = try await territory.store.afterSchool.createClass(
            AfterSchoolClass(
                id: "", communityCode: TestTerritory.communityA.code, partnerID: nil, name: "甲社区四点半课堂", place: "党群服务中心二楼",
                weekdays: [5, 1, 2, 3, 4, 1], termStart: "2026-09-01", termEnd: "2027-01-20", capacity: capacity),
            by: secretary)
        return Fixture(territory: territory, clock: clock, secretary: secretary, schoolClass: schoolClass)
    }

    static func child(
        _ name: String = "王小明", born: String = "2016-05-01", consent: Bool = true, bothWork: Bool = true,
        pickUps: [NewPickUpPerson] = [NewPickUpPerson(name: "李秀英", relation: "奶奶", phone: "139 0000 5678")]
    ) -> NewAfterSchoolEnrolment {
        NewAfterSchoolEnrolment(
            childName: name, childBirthDate: born, school: "实验小学", grade: "三年级", guardianName: "王建国", guardianPhone: "13812341234",
            bothParentsWork: bothWork, guardianConsent: consent, pickUps: pickUps)
    }

    static func count(_ table: String, in store: Store) async throws -> Int {
        try await store.database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    static func column(_ column: String, of table: String, in store: Store) async throws -> [String] {
        try await store.database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: column) AS v FROM \(unsafeRaw: table)").all().map { try $0.decode(column: "v", as: String.self) }
        }
    }

    static func community(_ code: String, admin username: String, in store: Store) async throws -> Principal {
        var principal = try await store.accounts.createFromCommandLine(
            NewAccount(
                username: username, displayName: username, role: .communityAdmin, scope: TerritoryScope(level: .community, code: code),
                password: TestTerritory.password),
            operatorName: "test"
        ).principal
        principal.twoFactorEnabled = true
        return principal
    }

    @Test("without the guardian's consent nothing is written; with it the child is enrolled, sealed at rest, the guardian authorised, and the audit line names no one",
          arguments: TestEngine.available)
    func consent(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let classID = fixture.schoolClass.id
            #expect(fixture.schoolClass.weekdays == [1, 2, 3, 4, 5], "weekdays are kept once each, in order")

            await #expect(throws: ValidationFailure([FieldError("guardianConsent", .consentRequired)])) {
                try await store.afterSchool.enrol(Self.child(consent: false), classID: classID, by: fixture.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("bothParentsWork", .required)]), "the class is for dual-working families") {
                try await store.afterSchool.enrol(Self.child(bothWork: false), classID: classID, by: fixture.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("pickUpPhone2", .phoneFormat)]), "a pick-up row keeps its number") {
                try await store.afterSchool.enrol(
                    Self.child(pickUps: [NewPickUpPerson(name: "", relation: "", phone: ""), NewPickUpPerson(name: "张阿姨", relation: "邻居", phone: "12345")]),
                    classID: classID, by: fixture.secretary)
            }
            #expect(try await Self.count("after_school_enrolments", in: store) == 0)
            #expect(try await Self.count("after_school_pickups", in: store) == 0)
            #expect(try await Self.column("action", of: "audit_log", in: store).filter { $0 == "afterSchoolEnrolled" }.isEmpty)

            let enrolment = try await store.afterSchool.enrol(Self.child(), classID: classID, by: fixture.secretary)
            #expect(enrolment.childNameMasked == "王**" && enrolment.guardianPhoneMasked == "138****1234")
            #expect(enrolment.consentRecordedBy == "secretary" && enrolment.enrolledOn == "2026-11-23")
            #expect(enrolment.pickUps.map(\.name) == ["王**", "李**"] && enrolment.pickUps.map(\.isGuardian) == [true, false],
                    "the adults' names leave the store masked")
            #expect(enrolment.guardianName == "王**")
            #expect(enrolment.pickUps[1].phoneMasked == "139****5678")
            #expect(try await Self.count("after_school_pickups", in: store) == 2, "the guardian and the grandmother, in the same transaction")

            let child = try await Self.column("child_sealed", of: "after_school_enrolments", in: store)
            #expect(child.count == 1 && !child[0].contains("王小明") && !child[0].contains("小明") && !child[0].contains("2016-05-01"))
            #expect(try await Self.column("child_masked", of: "after_school_enrolments", in: store) == ["王**"])
            let guardianPhone = try await Self.column("guardian_phone_sealed", of: "after_school_enrolments", in: store)
            #expect(!guardianPhone[0].contains("13812341234"))
            let phones = try await Self.column("phone_sealed", of: "after_school_pickups", in: store)
            #expect(phones.count == 2 && phones.allSatisfy { !$0.contains("13812341234") && !$0.contains("13900005678") })

            let audit = try await store.database.read { sql in
                try await sql.raw("SELECT subject, detail FROM audit_log WHERE action = 'afterSchoolEnrolled'").all().map {
                    try $0.decode(column: "subject", as: String.self) + " " + $0.decode(column: "detail", as: String.self)
                }
            }
            #expect(audit.count == 1 && audit[0].contains(enrolment.id))
            #expect(!audit[0].contains("王") && !audit[0].contains("1381234") && !audit[0].contains("李秀英"))

            await #expect(throws: ValidationFailure([FieldError("childName", .alreadyExists)]), "the same child once per class") {
                try await store.afterSchool.enrol(Self.child("王 小明"), classID: classID, by: fixture.secretary)
            }
            #expect(try await Self.count("after_school_pickups", in: store) == 2)
        }
    }

    @Test("a full class refuses; a withdrawal frees the place", arguments: TestEngine.available)
    func capacity(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database, capacity: 2)
            let store = fixture.store
            let classID = fixture.schoolClass.id
            let first = try await store.afterSchool.enrol(Self.child("王小明"), classID: classID, by: fixture.secretary)
            _ = try await store.afterSchool.enrol(Self.child("李小红", born: "2017-03-08"), classID: classID, by: fixture.secretary)
            await #expect(throws: ValidationFailure([FieldError("capacity", .tooLarge(maximum: 2))])) {
                try await store.afterSchool.enrol(Self.child("赵小刚", born: "2015-10-10"), classID: classID, by: fixture.secretary)
            }
            #expect(try await Self.count("after_school_enrolments", in: store) == 2)
            #expect(try await Self.count("after_school_pickups", in: store) == 4, "the refused child's pick-up persons are not kept")

            try await store.afterSchool.withdraw(enrolmentID: first.id, by: fixture.secretary)
            #expect(try await auditSubjects(.afterSchoolWithdrawn, in: store) == ["enrolment:\(first.id)"])
            let third = try await store.afterSchool.enrol(Self.child("赵小刚", born: "2015-10-10"), classID: classID, by: fixture.secretary)
            #expect(third.childNameMasked == "赵**")
            #expect(try await store.afterSchool.classes(by: fixture.secretary).map(\.enrolled) == [2])
        }
    }

    @Test("an arrival is recorded once per child and day, only on a day the class meets", arguments: TestEngine.available)
    func arrivals(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let enrolment = try await store.afterSchool.enrol(Self.child(), classID: fixture.schoolClass.id, by: fixture.secretary)

            let arrival = try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, by: fixture.secretary)
            #expect(arrival.day == "2026-11-23" && arrival.classID == fixture.schoolClass.id)
            await #expect(throws: ValidationFailure([FieldError("arrivedAt", .alreadyExists)])) {
                try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, by: fixture.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("day", .dateFormat)]), "not a day still to come") {
                try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, day: Self.monday.adding(days: 1), by: fixture.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("day", .notOpen)]), "Sunday is not a class day") {
                try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, day: Self.monday.adding(days: -1), by: fixture.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("enrolmentID", .notOpen)]), "not before the child was enrolled") {
                try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, day: Self.monday.adding(days: -3), by: fixture.secretary)
            }
            #expect(try await Self.count("after_school_arrivals", in: store) == 1)

            fixture.clock.advance(by: 5 * 86_400)  // Saturday
            await #expect(throws: ValidationFailure([FieldError("day", .notOpen)])) {
                try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, by: fixture.secretary)
            }
            let sheet = try await store.afterSchool.daySheet(classID: fixture.schoolClass.id, day: Self.monday.adding(days: 1), by: fixture.secretary)
            #expect(sheet.meets && sheet.lines.count == 1 && sheet.absent.map(\.id) == [enrolment.id], "Tuesday: not recorded, so absent")
            let saturday = try await store.afterSchool.daySheet(classID: fixture.schoolClass.id, day: Self.monday.adding(days: 5), by: fixture.secretary)
            #expect(!saturday.meets && saturday.absent.isEmpty)
        }
    }

    @Test("only an authorised person takes the child: a wrong name or a wrong phone is refused and nothing is recorded; the hand-over is signed and recorded once",
          arguments: TestEngine.available)
    func handOver(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let enrolment = try await store.afterSchool.enrol(Self.child(), classID: fixture.schoolClass.id, by: secretary)
            let grandmother = NewAfterSchoolHandOver(collectorName: "李秀英", collectorPhone: "13900005678", signature: "李秀英")

            await #expect(throws: ValidationFailure([FieldError("arrivedAt", .required)]), "a child who did not arrive is not handed over") {
                try await store.afterSchool.handOver(enrolmentID: enrolment.id, grandmother, by: secretary)
            }
            _ = try await store.afterSchool.recordArrival(enrolmentID: enrolment.id, by: secretary)

            for stranger in [
                NewAfterSchoolHandOver(collectorName: "张三", collectorPhone: "13900005678", signature: "张三"),  // a listed phone, another name
                NewAfterSchoolHandOver(collectorName: "李秀英", collectorPhone: "13900005679", signature: "李秀英"),  // the name, another phone
                NewAfterSchoolHandOver(collectorName: "王建国", collectorPhone: "13900005678", signature: "王建国"),  // the guardian's name, grandma's phone
                NewAfterSchoolHandOver(collectorName: "张三", collectorPhone: "13700001111", signature: "张三"),
            ] {
                await #expect(throws: ValidationFailure([FieldError("collectorName", .notAuthorised)])) {
                    try await store.afterSchool.handOver(enrolmentID: enrolment.id, stranger, by: secretary)
                }
            }
            await #expect(throws: ValidationFailure([FieldError("signature", .mismatch)]), "the signature is the collector's own name") {
                try await store.afterSchool.handOver(
                    enrolmentID: enrolment.id, NewAfterSchoolHandOver(collectorName: "李秀英", collectorPhone: "13900005678", signature: "李"), by: secretary)
            }
            #expect(try await Self.count("after_school_handovers", in: store) == 0)
            #expect(try await Self.column("action", of: "audit_log", in: store).filter { $0 == "afterSchoolHandedOver" }.isEmpty)

            fixture.clock.advance(by: 2 * 3600 + 30 * 60)  // 17:30
            let handOver = try await store.afterSchool.handOver(
                enrolmentID: enrolment.id, NewAfterSchoolHandOver(collectorName: " 李 秀英", collectorPhone: "139-0000-5678", signature: "李秀英"), by: secretary)
            #expect(handOver.collectorName == "李**" && handOver.collectorRelation == "奶奶" && !handOver.collectorIsGuardian)
            #expect(handOver.pickUpID == enrolment.pickUps[1].id && handOver.signature == "李**" && handOver.day == "2026-11-23")
            let signed = try await database.read { sql in
                try await sql.raw("SELECT signature FROM after_school_handovers").first()!.decode(column: "signature", as: String.self)
            }
            #expect(signed == "李秀英", "the signature is kept as given")
            #expect(handOver.handedOverAt == fixture.clock.now && handOver.handedOverBy == "secretary")
            await #expect(throws: ValidationFailure([FieldError("handedOverAt", .alreadyExists)]), "once a day") {
                try await store.afterSchool.handOver(enrolmentID: enrolment.id, grandmother, by: secretary)
            }
            #expect(try await Self.count("after_school_handovers", in: store) == 1)
            #expect(try await Self.column("action", of: "audit_log", in: store).filter { $0 == "afterSchoolHandedOver" }.count == 1)

            let sheet = try await store.afterSchool.daySheet(classID: fixture.schoolClass.id, day: Self.monday, by: secretary)
            #expect(sheet.lines.count == 1 && sheet.lines[0].handOver == handOver && sheet.lines[0].arrival != nil && sheet.absent.isEmpty)

            // The guardian is authorised without being listed again; a grandmother listed for one child is not for another.
            let sister = try await store.afterSchool.enrol(
                Self.child("王小丽", born: "2018-02-02", pickUps: []), classID: fixture.schoolClass.id, by: secretary)
            _ = try await store.afterSchool.recordArrival(enrolmentID: sister.id, by: secretary)
            await #expect(throws: ValidationFailure([FieldError("collectorName", .notAuthorised)])) {
                try await store.afterSchool.handOver(enrolmentID: sister.id, grandmother, by: secretary)
            }
            let byGuardian = try await store.afterSchool.handOver(
                enrolmentID: sister.id, NewAfterSchoolHandOver(collectorName: "王建国", collectorPhone: "13812341234", signature: "王建国"), by: secretary)
            #expect(byGuardian.collectorIsGuardian && byGuardian.pickUpID == sister.pickUps[0].id)
        }
    }

    @Test("figures count enrolled children, arrivals and hand-overs of the period with their records, for the caller's territory only",
          arguments: TestEngine.available)
    func figuresAndTerritory(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database, capacity: 5)
            let store = fixture.store
            let secretary = fixture.secretary
            let classID = fixture.schoolClass.id
            let first = try await store.afterSchool.enrol(Self.child("王小明"), classID: classID, by: secretary)
            let second = try await store.afterSchool.enrol(Self.child("李小红", born: "2017-03-08"), classID: classID, by: secretary)
            _ = try await store.afterSchool.recordArrival(enrolmentID: first.id, day: Self.monday, by: secretary)
            _ = try await store.afterSchool.recordArrival(enrolmentID: second.id, by: secretary)
            _ = try await store.afterSchool.handOver(
                enrolmentID: first.id, NewAfterSchoolHandOver(collectorName: "李秀英", collectorPhone: "13900005678", signature: "李秀英"), by: secretary)
            fixture.clock.advance(by: 86_400)  // Tuesday
            _ = try await store.afterSchool.recordArrival(enrolmentID: first.id, by: secretary)
            try await store.afterSchool.withdraw(enrolmentID: second.id, by: secretary)

            let november = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
            let counts = try await store.afterSchool.figures(period: november, for: secretary)
            #expect(counts.map(\.measure) == [.enrolled, .attendance, .handOvers])
            #expect(counts.map(\.count) == [1, 3, 1], "one still enrolled at the end; three arrivals (人次); one hand-over")
            #expect(counts[0].records.map(\.id) == [first.id] && counts[0].records[0].summary == "甲社区四点半课堂 · 王**")
            #expect(counts[1].records.map(\.day) == ["2026-11-24", "2026-11-23", "2026-11-23"])
            let mondayOnly = ReportingPeriod(first: Self.monday, last: Self.monday)
            #expect(try await store.afterSchool.figures(period: mondayOnly, for: secretary).map(\.count) == [2, 2, 1],
                    "on the Monday both were enrolled")
            #expect(try await store.afterSchool.records(.handOvers, period: november, for: secretary).count == 1)
            let street = fixture.territory.principal("street.admin", enrolled: true)
            #expect(try await store.afterSchool.figures(period: november, for: street).map(\.count) == [1, 3, 1], "the street sees its communities")

            let other = try await Self.community(TestTerritory.communityB.code, admin: "secretary.b", in: store)
            let theirs = try await store.afterSchool.figures(period: november, for: other)
            #expect(theirs.map(\.count) == [0, 0, 0] && theirs.allSatisfy { $0.records.isEmpty })
            #expect(try await store.afterSchool.classes(by: other).isEmpty)
            await #expect(throws: StoreError.notFound) {
                try await store.afterSchool.enrol(Self.child("陈小东", born: "2016-01-01"), classID: classID, by: other)
            }
            await #expect(throws: StoreError.notFound) {
                try await store.afterSchool.recordArrival(enrolmentID: second.id, by: other)
            }
            await #expect(throws: StoreError.notFound) {
                try await store.afterSchool.handOver(
                    enrolmentID: first.id, NewAfterSchoolHandOver(collectorName: "李秀英", collectorPhone: "13900005678", signature: "李秀英"), by: other)
            }
            await #expect(throws: StoreError.notFound) {
                try await store.afterSchool.daySheet(classID: classID, day: Self.monday, by: other)
            }
            await #expect(throws: ValidationFailure([FieldError("communityCode", .outsideYourScope)]), "a class in someone else's community") {
                try await store.afterSchool.createClass(fixture.schoolClass, by: other)
            }
            await #expect(throws: StoreError.forbidden, "a grid worker does not run the class") {
                try await store.afterSchool.figures(period: november, for: fixture.territory.principal("grid.worker"))
            }
            await #expect(throws: StoreError.twoFactorRequired) {
                try await store.afterSchool.enrol(Self.child("陈小东", born: "2016-01-01"), classID: classID, by: fixture.territory.principal("secretary"))
            }
            #expect(try await Self.count("after_school_enrolments", in: store) == 2)
        }
    }

    @Test("volunteers of the class's community are put on duty on class days, once a day", arguments: TestEngine.available)
    func roster(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let fixture = try await Self.fixture(database)
            let store = fixture.store
            let secretary = fixture.secretary
            let classID = fixture.schoolClass.id
            let volunteer = try await store.volunteers.register(
                NewVolunteer(name: "赵大妈", phone: "13900001111", skills: ["辅导作业"], availability: "工作日下午"), by: secretary)
            let other = try await Self.community(TestTerritory.communityB.code, admin: "secretary.b", in: store)
            let stranger = try await store.volunteers.register(
                NewVolunteer(name: "钱师傅", phone: "13900002222", skills: [], availability: ""), by: other)

            let entry = try await store.afterSchool.assignVolunteer(classID: classID, volunteerID: volunteer.id, day: Self.monday, by: secretary)
            #expect(entry.volunteerName == "赵大妈" && entry.day == "2026-11-23")
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .alreadyExists)])) {
                try await store.afterSchool.assignVolunteer(classID: classID, volunteerID: volunteer.id, day: Self.monday, by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("day", .notOpen)])) {
                try await store.afterSchool.assignVolunteer(classID: classID, volunteerID: volunteer.id, day: Self.monday.adding(days: 5), by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .notFound)]), "a volunteer of another community") {
                try await store.afterSchool.assignVolunteer(classID: classID, volunteerID: stranger.id, day: Self.monday, by: secretary)
            }
            let sheet = try await store.afterSchool.daySheet(classID: classID, day: Self.monday, by: secretary)
            #expect(sheet.roster.map(\.volunteerName) == ["赵大妈"])
            #expect(try await store.afterSchool.roster(classID: classID, from: Self.monday, to: Self.monday.adding(days: 6), by: secretary).count == 1)
        }
    }
}
