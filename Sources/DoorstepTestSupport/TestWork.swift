import DoorstepCore
import DoorstepStore
import Foundation

/// Work done in the test territory through the store's own calls, for tests that count it.
public enum TestWork {
    /// Monday 23 November 2026, 9:00 China time.
    public static func monday() -> TestClock { TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600)) }

    /// A day of mixed work in grid A1: a visit raising an opinion and a case, two patrol cases through the loop (one
    /// on time and rated satisfied, one reworked and late), one left open.
    public static func day(_ territory: TestTerritory, _ party: TestParty, _ clock: TestClock) async throws {
        let store = territory.store
        let worker = territory.principal("grid.worker")
        let secretary = territory.principal("secretary", enrolled: true)
        _ = try await store.visits.record(
            NewVisit(
                householdID: party.households[1].id, visitedOn: "2026-11-23", findings: "楼道堆放杂物",
                opinion: NewOpinion(source: .visit, topic: .environment, content: "希望清理楼道"),
                raisedCase: RaisedCase(categoryCode: "L0205", description: "5号楼1单元楼道堆物")),
            by: territory.principal("party.member"))
        func dispatched(respondAfter: TimeInterval = 60) async throws -> Case {
            let (filed, _) = try await store.cases.report(CaseReport(source: .patrol, categoryCode: "L0201", description: "消防通道"), by: worker)
            var item = try await store.cases.act(
                on: filed.id, ["accept", "register", "dispatch"].map { CaseStep(action: $0, version: filed.version, handlerAccountID: worker.accountID) },
                by: worker)
            clock.advance(by: respondAfter)
            item = try await store.cases.act(on: item.id, CaseStep(action: "signFor", version: item.version), by: worker)
            return item
        }
        func feedBack(_ item: Case) async throws -> Case {
            try await store.cases.act(on: item.id, CaseStep(action: "submitFeedback", version: item.version, note: "好了"), by: worker)
        }
        func check(_ item: Case, passed: Bool) async throws -> Case {
            try await store.cases.act(on: item.id, CaseStep(action: passed ? "checkPassed" : "checkFailed", version: item.version, note: "看过"), by: secretary)
        }
        var onTime = try await dispatched()
        var late = try await dispatched(respondAfter: 3 * 3600)
        _ = try await dispatched()
        onTime = try await check(try await feedBack(onTime), passed: true)
        _ = try await store.cases.evaluate(
            trackingCode: onTime.trackingCode, CaseStep(action: "evaluate", version: onTime.version, solved: true, satisfaction: .satisfied))
        late = try await check(try await feedBack(late), passed: false)
        clock.advance(by: 2 * 86400)
        late = try await check(try await feedBack(late), passed: true)
        _ = try await store.cases.evaluate(
            trackingCode: late.trackingCode, CaseStep(action: "evaluate", version: late.version, solved: true, satisfaction: .fairlySatisfied))
    }
}
