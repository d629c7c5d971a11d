import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Cases in the store")
struct CaseStoreTests {
    /// Monday 23 November 2026, 9:00 China time: a working morning.
    static func monday() -> TestClock { TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600)) }

    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x02, 0x01, 0xFF, 0xD9]

    struct World {
        let territory: TestTerritory
        let store: Store
        let clock: TestClock
        let building: Building
    }

    func withWorld(_ engine: TestEngine, _ body: @Sendable (World) async throws -> Void) async throws {
        try await withTestDatabase(engine) { database in
            let clock = Self.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "3号楼", address: "甲路 3 号", latitude: nil, longitude: nil,
                by: territory.principal("secretary", enrolled: true))
            try await body(World(territory: territory, store: territory.store, clock: clock, building: building))
        }
    }

    @Test("a public report runs the whole loop; the reporter rates it by tracking code; the history has every step",
          arguments: TestEngine.available)
    func wholeLoop(engine: TestEngine) async throws {
        try await withWorld(engine) { world in
            let store = world.store
            _ = try await store.territory.updateGrid(
                code: TestTerritory.gridA1.code, name: TestTerritory.gridA1.name,
                boundary: #"{"type":"Polygon","coordinates":[[[118.70,32.00],[118.71,32.00],[118.71,32.01],[118.70,32.01]]]}"#,
                householdTarget: nil, by: world.territory.principal("secretary", enrolled: true))
            await #expect(throws: ValidationFailure([FieldError("buildingID", .outsideYourScope)])) {
                try await store.cases.report(
                    CaseReport(source: .selfReport, categoryCode: "L0202", description: "x", buildingID: world.building.id), by: nil)
            }
            let report = CaseReport(
                source: .selfReport, categoryCode: "L0202", description: "电动车推进楼道充电", latitude: 32.005, longitude: 118.705,
                communityCode: TestTerritory.communityA.code, reporterName: "陈阿姨", reporterPhone: "13800138000",
                photos: [try Photo(checking: Self.jpeg)])
            let (filed, created) = try await store.cases.report(report, by: nil, idempotencyKey: "k-1")
            let (again, createdAgain) = try await store.cases.report(report, by: nil, idempotencyKey: "k-1")
            #expect(created && !createdAgain && again.id == filed.id, "a repeated key returns the first case")
            #expect(filed.gridCode == TestTerritory.gridA1.code && filed.categoryName == "电动车入户充电")
            #expect(filed.address.isEmpty && filed.buildingID == nil)
            let sealed = try await store.database.read { sql in
                try await sql.raw("SELECT reporter_phone_sealed AS p FROM cases").all().map { try $0.decode(column: "p", as: String.self) }
            }
            #expect(sealed.count == 1 && !sealed[0].contains("13800138000"), "the phone is sealed at rest")

            let worker = world.territory.principal("grid.worker")
            let inbox = try await store.notices.notices(for: worker)
            #expect(inbox.map(\.kind) == [.reported], "the grid's worker is told")
            var item = try await store.cases.act(on: filed.id, CaseStep(action: "accept", version: 1), by: worker)
            item = try await store.cases.act(on: item.id, CaseStep(action: "register", version: item.version), by: worker)
            item = try await store.cases.act(
                on: item.id, CaseStep(action: "dispatch", version: item.version, handlerAccountID: worker.accountID), by: worker)
            #expect(item.deadline == CalendarDay(2026, 11, 24).start.addingTimeInterval(17.5 * 3600), "one working day")
            await #expect(throws: CaseMoved(current: item)) {
                try await store.cases.act(on: item.id, CaseStep(action: "signFor", version: item.version - 1), by: worker)
            }
            world.clock.advance(by: 1800)
            item = try await store.cases.act(on: item.id, CaseStep(action: "signFor", version: item.version), by: worker)
            item = try await store.cases.act(
                on: item.id,
                CaseStep(action: "submitFeedback", version: item.version, note: "已劝导，电动车移至充电棚", photos: [try Photo(checking: Self.jpeg)]),
                by: worker)
            await #expect(throws: CaseFlowError.checkerIsHandler) {
                try await store.cases.act(on: item.id, CaseStep(action: "checkPassed", version: item.version), by: worker)
            }
            let secretary = world.territory.principal("secretary", enrolled: true)
            item = try await store.cases.act(on: item.id, CaseStep(action: "checkPassed", version: item.version), by: secretary)
            #expect(item.state == .closed && item.closedOnTime == true)
            item = try await store.cases.evaluate(
                trackingCode: filed.trackingCode.lowercased(),
                CaseStep(action: "evaluate", version: item.version, solved: true, satisfaction: .satisfied))
            #expect(item.state == .evaluated)

            let history = try await store.cases.history(of: item.id, by: secretary)
            #expect(history.map(\.action) == [
                "report", "accept", "register", "dispatch", "signFor", "submitFeedback", "checkPassed", "evaluate",
            ])
            #expect(try await store.cases.photos(of: item.id, by: secretary).map(\.version) == [1, 6])
            let tracked = try await store.cases.track(filed.trackingCode)
            #expect(tracked.history.count == 8 && tracked.history.allSatisfy { $0.actorName.isEmpty })
            #expect(tracked.history.first { $0.action == "submitFeedback" }?.note == "已劝导，电动车移至充电棚")
            await #expect(throws: StoreError.notFound) {
                try await store.cases.find(id: item.id, by: world.territory.principal("grid.worker.b"))
            }
        }
    }

    @Test("reports are placed by location inside a grid's boundary, or left to the community's staff")
    func placement() async throws {
        try await withWorld(.sqlite) { world in
            let secretary = world.territory.principal("secretary", enrolled: true)
            _ = try await world.store.territory.updateGrid(
                code: TestTerritory.gridA2.code, name: TestTerritory.gridA2.name,
                boundary: #"{"type":"Polygon","coordinates":[[[118.70,32.00],[118.71,32.00],[118.71,32.01],[118.70,32.01]]]}"#,
                householdTarget: nil,
                by: secretary)
            let inside = try await world.store.cases.report(
                CaseReport(source: .selfReport, categoryCode: "E0102", description: "垃圾没人收", latitude: 32.005,
                           longitude: 118.705, communityCode: TestTerritory.communityA.code), by: nil)
            #expect(inside.case.gridCode == TestTerritory.gridA2.code)
            let outside = try await world.store.cases.report(
                CaseReport(source: .selfReport, categoryCode: "E0102", description: "垃圾没人收", latitude: 31.5,
                           longitude: 118.2, communityCode: TestTerritory.communityA.code, anonymous: true), by: nil)
            #expect(outside.case.gridCode == nil && outside.case.communityCode == TestTerritory.communityA.code)
            // The public form's community list starts at the first community: the map point, inside the other
            // community's grid, decides.
            let street = world.territory.principal("street.admin", enrolled: true)
            _ = try await world.store.territory.updateGrid(
                code: TestTerritory.gridB1.code, name: TestTerritory.gridB1.name,
                boundary: #"{"type":"Polygon","coordinates":[[[118.80,32.00],[118.81,32.00],[118.81,32.01],[118.80,32.01]]]}"#,
                householdTarget: nil, by: street)
            let elsewhere = try await world.store.cases.report(
                CaseReport(source: .selfReport, categoryCode: "E0102", description: "垃圾没人收", latitude: 32.005,
                           longitude: 118.805, communityCode: TestTerritory.communityA.code), by: nil)
            #expect(elsewhere.case.gridCode == TestTerritory.gridB1.code && elsewhere.case.communityCode == TestTerritory.communityB.code)
            let board = try await world.store.cases.lane(.unassigned, by: secretary)
            #expect(Set(board.map(\.id)) == [inside.case.id, outside.case.id])
            #expect(try await world.store.cases.lane(.unassigned, by: world.territory.principal("grid.worker")).isEmpty)
            await #expect(throws: ValidationFailure([FieldError("categoryCode", .notFound)])) {
                try await world.store.cases.report(
                    CaseReport(source: .selfReport, categoryCode: "E01", description: "x", communityCode: TestTerritory.communityA.code),
                    by: nil)
            }
        }
    }

    @Test("a shelved case reminds the community's staff once on its review date, and again after being shelved anew")
    func shelvedReview() async throws {
        try await withWorld(.sqlite) { world in
            let store = world.store
            let secretary = world.territory.principal("secretary", enrolled: true)
            let worker = world.territory.principal("grid.worker")
            let (filed, _) = try await store.cases.report(
                CaseReport(source: .patrol, categoryCode: "L0502", description: "顶楼漏水，等维修基金", buildingID: world.building.id), by: worker)
            var item = try await store.cases.act(
                on: filed.id, ["accept", "register", "dispatch"].map { CaseStep(action: $0, version: 1, handlerAccountID: worker.accountID) },
                by: worker)
            item = try await store.cases.act(
                on: item.id, CaseStep(action: "shelve", version: item.version, note: "等业委会表决", reviewOn: "2026-11-25"), by: secretary)
            #expect(try await store.caseClock.sweep(holder: "a").reminded == 0, "not before the date")
            world.clock.advance(by: 2 * 86400)
            #expect(try await store.caseClock.sweep(holder: "a").reminded == 1)
            #expect(try await store.caseClock.sweep(holder: "a").reminded == 0, "once per date")
            item = try await store.cases.act(
                on: item.id, CaseStep(action: "shelve", version: item.version, note: "下月再议", reviewOn: "2026-12-02"), by: secretary)
            #expect(item.pausedAt == CaseStoreTests.monday().now, "the clock stays stopped from the first shelving")
            world.clock.advance(by: 7 * 86400)
            #expect(try await store.caseClock.sweep(holder: "a").reminded == 1)
            #expect(try await store.notices.notices(for: secretary).filter { $0.kind == .reviewDue }.count == 2)
        }
    }

    @Test("an overdue case escalates exactly once, however many servers sweep", arguments: TestEngine.available)
    func escalatesOnce(engine: TestEngine) async throws {
        try await withTestDatabaseLocation(engine) { location in
            let clock = Self.monday()
            try await Database.withOpened(location, logger: testLogger) { first in
                try await Migrator.migrate(first)
                try await Database.withOpened(location, logger: testLogger) { second in
                    let territory = try await TestTerritory.make(in: Store(database: first, settings: testSettings(), clock: clock.closure))
                    let store = territory.store
                    let other = Store(database: second, settings: testSettings(), clock: clock.closure)
                    let secretary = territory.principal("secretary", enrolled: true)
                    let worker = territory.principal("grid.worker")
                    let (filed, _) = try await store.cases.report(
                        CaseReport(source: .walkIn, categoryCode: "L0201", description: "楼道堵了", communityCode: TestTerritory.communityA.code),
                        by: secretary)
                    var item = try await store.cases.act(on: filed.id, CaseStep(action: "accept", version: 1), by: secretary)
                    item = try await store.cases.act(on: item.id, CaseStep(action: "register", version: item.version), by: secretary)
                    item = try await store.cases.act(
                        on: item.id, CaseStep(action: "dispatch", version: item.version, handlerAccountID: worker.accountID), by: secretary)
                    clock.advance(by: 2 * 24 * 3600)  // Wednesday morning: past Tuesday's deadline, not yet the street's
                    async let a = store.caseClock.sweep(holder: "server-a")
                    async let b = other.caseClock.sweep(holder: "server-b")
                    let sweeps = try await [a, b]
                    #expect(sweeps.filter(\.ran).count == 1, "one server holds the lease")
                    #expect(sweeps.map(\.escalated).reduce(0, +) == 1)
                    clock.advance(by: 600)  // the lease has run out; a second round finds nothing new
                    let later = try await [other.caseClock.sweep(holder: "server-b"), store.caseClock.sweep(holder: "server-a")]
                    #expect(later.map(\.escalated).reduce(0, +) == 0 && later.map(\.warned).reduce(0, +) == 0)
                    let history = try await store.cases.history(of: item.id, by: secretary)
                    #expect(history.filter { $0.action == "escalate" }.count == 1)
                    #expect(try await store.cases.find(id: item.id, by: secretary).escalation == .community)
                    let notices = try await store.notices.notices(for: secretary)
                    #expect(notices.filter { $0.kind == .escalated }.count == 1)
                    #expect(try await store.notices.notices(for: worker).filter { $0.kind == .warning }.count == 1)
                    #expect(try await store.cases.lane(.overdue, by: secretary).map(\.id) == [item.id])
                    // The office's home counts it as escalated to the community, not yet to the street.
                    #expect(try await store.cases.escalatedCount(by: secretary) == 1)
                    #expect(try await store.cases.escalatedCount(by: territory.principal("street.admin")) == 0)
                }
            }
        }
    }
}

@Suite("Rates of the closed loop")
struct CaseRateTests {
    @Test("each rate counts its numerator and denominator from the records, and opens the same cases",
          arguments: TestEngine.available)
    func rates(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = CaseStoreTests.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let worker = territory.principal("grid.worker")
            let street = territory.principal("street.admin", enrolled: true)
            /// A case in grid A1 dispatched to the worker and signed for after `respondAfter` seconds.
            func dispatched(respondAfter: TimeInterval = 60) async throws -> Case {
                let (filed, _) = try await store.cases.report(
                    CaseReport(source: .patrol, categoryCode: "L0201", description: "消防通道"), by: worker)
                var item = try await store.cases.act(
                    on: filed.id,
                    ["accept", "register", "dispatch"].map { CaseStep(action: $0, version: filed.version, handlerAccountID: worker.accountID) },
                    by: worker)
                clock.advance(by: respondAfter)
                item = try await store.cases.act(on: item.id, CaseStep(action: "signFor", version: item.version), by: worker)
                return item
            }
            func feedBack(_ item: Case) async throws -> Case {
                try await store.cases.act(on: item.id, CaseStep(action: "submitFeedback", version: item.version, note: "好了"), by: worker)
            }
            func check(_ item: Case, passed: Bool) async throws -> Case {
                try await store.cases.act(
                    on: item.id, CaseStep(action: passed ? "checkPassed" : "checkFailed", version: item.version, note: "看过"), by: secretary)
            }
            // Three cases due on Tuesday 24 November at 17:30 (one working day).
            var onTime = try await dispatched()
            var late = try await dispatched(respondAfter: 3 * 3600)  // signed for after the two-hour response limit
            let open = try await dispatched()
            onTime = try await check(try await feedBack(onTime), passed: true)
            onTime = try await store.cases.evaluate(
                trackingCode: onTime.trackingCode, CaseStep(action: "evaluate", version: onTime.version, solved: true, satisfaction: .satisfied))
            late = try await check(try await feedBack(late), passed: false)  // rework
            clock.advance(by: 2 * 86400)  // Thursday: past the deadline
            late = try await check(try await feedBack(late), passed: true)
            late = try await store.cases.evaluate(
                trackingCode: late.trackingCode,
                CaseStep(action: "evaluate", version: late.version, solved: true, satisfaction: .fairlySatisfied))

            let november = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
            let (total, grids) = try await store.caseRates.rates(for: secretary, period: november)
            let figures = Dictionary(uniqueKeysWithValues: total.figures.map { ($0.metric, ($0.numerator, $0.denominator)) })
            #expect(figures[.closedRate]! == (2, 3))
            #expect(figures[.onTimeRate]! == (1, 3))
            #expect(figures[.reworkRate]! == (1, 2))
            #expect(figures[.responseRate]! == (2, 3))
            #expect(figures[.resolutionRate]! == (2, 2))
            #expect(figures[.satisfactionRate]! == (1, 2))
            #expect(total.figures.first { $0.metric == .onTimeRate }?.percent == 33.3)
            #expect(grids.map(\.code) == [TestTerritory.gridA1.code, TestTerritory.gridA2.code])
            #expect(grids[1].figures.allSatisfy { $0.denominator == 0 && $0.percent == nil })

            let behind = try await store.caseRates.cases(
                in: .dueInPeriod, territory: TestTerritory.communityA.code, period: november, by: secretary)
            #expect(Set(behind.map(\.id)) == [onTime.id, late.id, open.id])
            let reworked = try await store.caseRates.cases(
                in: .reworkedOfHandled, territory: TestTerritory.gridA1.code, period: november, by: street)
            #expect(reworked.map(\.id) == [late.id])
            let december = ReportingPeriod(first: CalendarDay(2026, 12, 1), last: CalendarDay(2026, 12, 31))
            #expect(try await store.caseRates.rates(for: secretary, period: december).total.figures.allSatisfy { $0.denominator == 0 })
            await #expect(throws: StoreError.notFound) {
                try await store.caseRates.cases(
                    in: .dueInPeriod, territory: TestTerritory.communityB.code, period: november, by: secretary)
            }
        }
    }
}

@Suite("Mediation of disputes")
struct MediationTests {
    @Test("a dispute is mediated: parties sealed and masked, sittings, an agreement required to settle, counted by outcome",
          arguments: TestEngine.available)
    func mediation(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = CaseStoreTests.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            let (dispute, _) = try await store.cases.report(
                CaseReport(source: .walkIn, categoryCode: "L0105", description: "房东不退押金"), by: worker)
            let (hazard, _) = try await store.cases.report(
                CaseReport(source: .patrol, categoryCode: "L0201", description: "通道堵塞"), by: worker)
            await #expect(throws: ValidationFailure([FieldError("parties", .tooSmall(minimum: 2))])) {
                try await store.mediations.start(
                    NewMediation(mediatorName: "老党员王大爷", parties: [.init(name: "李四", side: .applicant)]), on: dispute.id, by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("caseID", .unknownValue(allowed: ["dispute"]))])) {
                try await store.mediations.start(
                    NewMediation(mediatorName: "王", parties: [.init(name: "甲", side: .applicant), .init(name: "乙", side: .respondent)]),
                    on: hazard.id, by: worker)
            }
            var mediation = try await store.mediations.start(
                NewMediation(mediatorName: "老党员王大爷", parties: [.init(name: "李四", side: .applicant), .init(name: "赵五六", side: .respondent)]),
                on: dispute.id, by: worker)
            #expect(mediation.parties.map(\.nameMasked) == ["李*", "赵**"])
            #expect(try await auditSubjects(.mediationStarted, in: store) == ["case:\(dispute.id)"])
            let sealed = try await database.read { sql in
                try await sql.raw("SELECT name_sealed FROM mediation_parties").all().map { try $0.decode(column: "name_sealed", as: String.self) }
            }
            #expect(!sealed.contains { $0.contains("李四") }, "names are sealed at rest")
            mediation = try await store.mediations.addSession(
                to: dispute.id, heldOn: "2026-11-23", place: "社区调解室", notes: "双方陈述，约定周五再谈", by: worker)
            await #expect(throws: ValidationFailure([FieldError("heldOn", .dateFormat)])) {
                try await store.mediations.addSession(to: dispute.id, heldOn: "2027-01-01", place: "", notes: "未来", by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("agreement", .required)])) {
                try await store.mediations.conclude(dispute.id, outcome: .agreementReached, agreement: " ", by: worker)
            }
            mediation = try await store.mediations.conclude(
                dispute.id, outcome: .agreementReached, agreement: "房东三日内退还押金两千元", by: worker)
            #expect(mediation.sessions.count == 1 && mediation.outcome == .agreementReached)
            #expect(mediation.agreement == "房东三日内退还押金两千元")
            await #expect(throws: ValidationFailure([FieldError("outcome", .alreadyExists)])) {
                try await store.mediations.conclude(dispute.id, outcome: .failed, agreement: "", by: worker)
            }
            let figures = try await store.mediations.figures(
                for: territory.principal("secretary"), period: .monthToDate(clock.now))
            #expect(figures.ended == [.agreementReached: 1] && figures.ongoing == 0)
            #expect(try await store.mediations.mediation(of: dispute.id, by: territory.principal("grid.worker.b")) == nil)
        }
    }
}

@Suite("The work calendar set by hand")
struct CalendarTests {
    @Test("next year's holiday entered by a street administrator moves a deadline at once; others may not set days",
          arguments: TestEngine.available)
    func newYear(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock(CalendarDay(2026, 12, 31).start.addingTimeInterval(9 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            func dispatchedDeadline() async throws -> Date? {
                let (filed, _) = try await store.cases.report(CaseReport(source: .patrol, categoryCode: "L0201", description: "通道"), by: worker)
                return try await store.cases.act(
                    on: filed.id, ["accept", "register", "dispatch"].map { CaseStep(action: $0, version: 1, handlerAccountID: worker.accountID) },
                    by: worker
                ).deadline
            }
            #expect(try await dispatchedDeadline() == CalendarDay(2027, 1, 1).start.addingTimeInterval(17.5 * 3600), "not shipped: a Friday like any")
            await #expect(throws: StoreError.forbidden) {
                try await store.calendar.set(
                    [CalendarEntry(day: CalendarDay(2027, 1, 1), kind: .holiday, name: "元旦")], by: territory.principal("secretary", enrolled: true))
            }
            try await store.calendar.set(
                [CalendarEntry(day: CalendarDay(2027, 1, 1), kind: .holiday, name: "元旦")], by: territory.principal("street.admin", enrolled: true))
            #expect(try await dispatchedDeadline() == CalendarDay(2027, 1, 4).start.addingTimeInterval(17.5 * 3600), "the holiday is skipped")
            #expect(try await store.calendar.current().isWorkday(CalendarDay(2027, 1, 1)) == false)
            let audit = try await store.audit.entries(for: territory.principal("street.admin", enrolled: true), limit: 5)
            #expect(audit.contains { $0.actionName == AuditAction.calendarChanged.rawValue })
        }
    }
}
