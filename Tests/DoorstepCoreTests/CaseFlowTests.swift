import Foundation
import Testing

@testable import DoorstepCore

@Suite("Case loop")
struct CaseFlowTests {
    let calendar = WorkCalendar.official
    let staff = CaseActor(id: "staff-1", name: "王书记", standing: .staff)
    let worker = CaseActor(id: "worker-1", name: "李网格", standing: .gridWorker)
    let otherWorker = CaseActor(id: "worker-2", name: "赵网格", standing: .gridWorker)
    let reporter = CaseActor(id: "track", name: "", standing: .reporter)
    let category = CategoryCatalog.shipped.first { $0.code == "L0202" }!

    func at(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0) -> Date {
        day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    func reported(at now: Date) -> Case {
        Case(
            id: "case-1", trackingCode: "T1", source: .selfReport, category: category, urgency: .routine,
            description: "电动车在楼道充电", address: "3号楼", latitude: nil, longitude: nil, buildingID: nil,
            communityCode: "110105001001", gridCode: "110105001001001", reporterName: "", anonymous: true, reporterAccountID: nil, at: now)
    }

    /// Runs `steps` in order, returning the case and every history line.
    func run(_ start: Case, _ steps: [(CaseAction, CaseActor, Date)]) throws -> (Case, [CaseEvent]) {
        var current = start
        var events: [CaseEvent] = []
        for (action, actor, time) in steps {
            let (next, event) = try current.applying(action, by: actor, at: time, calendar: calendar)
            current = next
            events.append(event)
        }
        return (current, events)
    }

    func dispatched(at now: Date) throws -> Case {
        try run(reported(at: now), [
            (.accept(note: ""), staff, now),
            (.register(category: category, urgency: .routine), staff, now),
            (.dispatch(handler: CaseHandler(accountID: worker.id, name: worker.name), note: ""), staff, now),
        ]).0
    }

    @Test("a report goes from reported to evaluated; every step is a history line with its version")
    func wholeLoop() throws {
        let monday = at(CalendarDay(2026, 11, 23), 9)
        let (closed, events) = try run(reported(at: monday), [
            (.accept(note: "收到"), staff, monday),
            (.register(category: category, urgency: .routine), staff, monday),
            (.dispatch(handler: CaseHandler(accountID: worker.id, name: worker.name), note: ""), staff, monday),
            (.signFor, worker, monday.addingTimeInterval(600)),
            (.submitFeedback(note: "已劝离并清理"), worker, monday.addingTimeInterval(3600)),
            (.startCheck, otherWorker, monday.addingTimeInterval(4000)),
            (.check(passed: true, note: ""), otherWorker, monday.addingTimeInterval(4200)),
            (.evaluate(solved: true, satisfaction: .verySatisfied, note: ""), reporter, monday.addingTimeInterval(9000)),
        ])
        #expect(closed.state == .evaluated)
        #expect(closed.version == 9)
        #expect(events.map(\.action) == [
            "accept", "register", "dispatch", "signFor", "submitFeedback", "startCheck", "checkPassed", "evaluate",
        ])
        #expect(events.map(\.version) == Array(2...9))
        #expect(closed.closedOnTime == true && closed.respondedAt == monday.addingTimeInterval(600))
        #expect(closed.evaluation?.satisfaction == .verySatisfied)
        #expect(events[4].noteIsPublic && !events[0].noteIsPublic)
    }

    @Test("the handler cannot check their own work, and only the handler handles")
    func separationOfDuties() throws {
        let now = at(CalendarDay(2026, 11, 23), 9)
        let inFeedback = try run(try dispatched(at: now), [(.submitFeedback(note: "完成"), worker, now)]).0
        #expect(throws: CaseFlowError.checkerIsHandler) {
            try inFeedback.applying(.check(passed: true, note: ""), by: worker, at: now, calendar: calendar)
        }
        #expect(throws: CaseFlowError.notPermitted) {
            try dispatched(at: now).applying(.signFor, by: otherWorker, at: now, calendar: calendar)
        }
        #expect(throws: CaseFlowError.notPermitted) {
            try reported(at: now).applying(.accept(note: ""), by: reporter, at: now, calendar: calendar)
        }
        #expect(throws: CaseFlowError.notInState(.reported)) {
            try reported(at: now).applying(.signFor, by: worker, at: now, calendar: calendar)
        }
    }

    @Test("a failed check sends the case back for rework with a fresh limit; 'not solved' reopens a closed case")
    func reworkAndReopen() throws {
        let now = at(CalendarDay(2026, 11, 23), 9)
        let later = at(CalendarDay(2026, 11, 25), 10)
        let (reworked, _) = try run(try dispatched(at: now), [
            (.submitFeedback(note: "完成"), worker, now),
            (.check(passed: false, note: "车还在"), staff, later),
        ])
        #expect(reworked.state == .dispatched && reworked.reworkCount == 1)
        #expect(reworked.deadline == at(CalendarDay(2026, 11, 26), 17, 30))
        #expect(throws: CaseFlowError.invalid([FieldError("note", .required)])) {
            try run(try dispatched(at: now), [(.submitFeedback(note: "完成"), worker, now), (.check(passed: false, note: " "), staff, now)])
        }
        let (reopened, events) = try run(reworked, [
            (.submitFeedback(note: "已挪走"), worker, later),
            (.check(passed: true, note: ""), staff, later),
            (.evaluate(solved: false, satisfaction: .dissatisfied, note: "又回来了"), reporter, later),
        ])
        #expect(reopened.state == .dispatched && reopened.reopenCount == 1 && reopened.closedAt == nil)
        #expect(events.last?.action == "reopen")
    }

    @Test("a deadline across National Day 2025 skips the holiday and counts the make-up Saturday, to the hour")
    func nationalDay() throws {
        let start = at(CalendarDay(2025, 9, 30), 15)
        let oneDay = try dispatched(at: start)
        #expect(oneDay.deadline == at(CalendarDay(2025, 10, 9), 17, 30), "one working day: the close of 9 October")
        func redispatched(with limit: TimeLimit) throws -> Case {
            var changed = oneDay
            changed.limit = limit
            return try run(changed, [
                (.returnToDispatcher(reason: "不归我管"), worker, start),
                (.dispatch(handler: CaseHandler(accountID: worker.id, name: worker.name), note: ""), staff, start),
            ]).0
        }
        #expect(try redispatched(with: .workingDays(3)).deadline == at(CalendarDay(2025, 10, 11), 17, 30), "the make-up Saturday")
        // 2.5 h on 30 September, 3 h on the morning of 9 October, 2.5 h after lunch; yellow at 6.4 h.
        let hours = try redispatched(with: .workingHours(8))
        #expect(hours.deadline == at(CalendarDay(2025, 10, 9), 16))
        #expect(hours.warnAt == at(CalendarDay(2025, 10, 9), 14, 24))
    }

    @Test("time shelved or waiting for an approved extension does not count; a refused wait does")
    func stoppedClock() throws {
        let monday = at(CalendarDay(2026, 11, 23), 9)
        let base = try dispatched(at: monday)
        let due = base.deadline!
        let (approved, _) = try run(base, [
            (.requestExtension(workingDays: 2, reason: "等配件"), worker, monday),
            (.decideExtension(approved: true, note: ""), staff, at(CalendarDay(2026, 11, 24), 9)),
        ])
        // A whole working day waited, then two more granted.
        #expect(approved.deadline == calendar.adding(workingDays: 3, to: due))
        let (refused, _) = try run(base, [
            (.requestExtension(workingDays: 2, reason: "等配件"), worker, monday),
            (.decideExtension(approved: false, note: "不批"), staff, at(CalendarDay(2026, 11, 24), 9)),
        ])
        #expect(refused.deadline == due && refused.pausedAt == nil)
        let (resumed, _) = try run(base, [
            (.shelve(reason: "待业委会表决", reviewOn: CalendarDay(2026, 12, 1)), staff, monday),
            (.resume(note: ""), staff, at(CalendarDay(2026, 11, 25), 9)),
        ])
        #expect(resumed.state == .dispatched)
        #expect(resumed.deadline == calendar.adding(workingDays: 2, to: due))
        #expect(base.clock(at: monday) == .green)
        #expect(approved.clock(at: at(CalendarDay(2026, 12, 24), 9)) == .red)
    }

    @Test("an overdue case is due for the community, then the street, once each")
    func escalation() throws {
        let monday = at(CalendarDay(2026, 11, 23), 9)
        let base = try dispatched(at: monday)  // one working day: due Tuesday 17:30
        #expect(base.escalationDue(at: at(CalendarDay(2026, 11, 24), 17)) == nil)
        #expect(base.escalationDue(at: at(CalendarDay(2026, 11, 25), 9)) == .community)
        let (raised, _) = try run(base, [(.escalate(to: .community), .system, at(CalendarDay(2026, 11, 25), 9))])
        #expect(raised.escalationDue(at: at(CalendarDay(2026, 11, 25), 10)) == nil)
        #expect(raised.escalationDue(at: at(CalendarDay(2026, 11, 27), 9)) == .street)
        #expect(throws: CaseFlowError.notInState(.dispatched)) {
            try raised.applying(.escalate(to: .community), by: .system, at: monday, calendar: calendar)
        }
    }
}

extension CaseFlowTests {
    @Test("no one decides their own extension, asks for one after the deadline, or calls back on their own work")
    func ownWork() throws {
        let monday = at(CalendarDay(2026, 11, 23), 9)
        let unit = try run(reported(at: monday), [
            (.accept(note: ""), staff, monday), (.register(category: category, urgency: .routine), staff, monday),
            (.dispatch(handler: CaseHandler(accountID: nil, name: "自来水公司"), note: ""), staff, monday),
            (.requestExtension(workingDays: 2, reason: "等配件"), staff, monday),
        ]).0
        #expect(throws: CaseFlowError.notPermitted) {
            try unit.applying(.decideExtension(approved: true, note: ""), by: staff, at: monday, calendar: calendar)
        }
        let other = CaseActor(id: "staff-2", name: "刘主任", standing: .staff)
        let approved = try unit.applying(.decideExtension(approved: true, note: ""), by: other, at: monday, calendar: calendar).0
        #expect(approved.warnAt == calendar.adding(workingDays: 2, to: try dispatched(at: monday).warnAt!), "the yellow point moves too")
        let late = try dispatched(at: monday)
        #expect(throws: CaseFlowError.invalid([FieldError("workingDays", .pastDeadline)])) {
            try late.applying(.requestExtension(workingDays: 1, reason: "晚了"), by: worker, at: at(CalendarDay(2026, 11, 26), 9), calendar: calendar)
        }
        let closed = try run(late, [
            (.submitFeedback(note: "好了"), worker, at(CalendarDay(2026, 11, 24), 10)),
            (.check(passed: true, note: ""), staff, at(CalendarDay(2026, 11, 27), 10)),
        ]).0
        #expect(closed.closedOnTime == true, "done by the deadline, even though the check came later")
        #expect(throws: CaseFlowError.checkerIsHandler) {
            try closed.applying(.evaluate(solved: true, satisfaction: .verySatisfied, note: ""), by: worker, at: monday, calendar: calendar)
        }
    }
}

extension Case {
    func escalationDue(at now: Date) -> HandlerLevel? { escalationDue(at: now, calendar: .official) }
}
