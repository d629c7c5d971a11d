import Foundation

extension Case {
    /// The steps `actor` may take now, by their names: found by asking the loop itself with stand-in details, so
    /// the pages offer exactly what the loop will accept and the rules live in one place.
    public func permittedSteps(for actor: CaseActor, at now: Date, calendar: WorkCalendar) -> [String] {
        let stand = CaseCategory(
            standardRef: nil, kind: kind, code: categoryCode, name: categoryName, parentCode: "-", defaultHandler: .grid,
            limits: [.routine: limit], isLocal: false)
        let someone = CaseHandler(accountID: actor.standing == .staff ? nil : actor.id, name: "-")
        let later = CalendarDay(containing: now).adding(days: 30)
        let candidates: [CaseAction] = [
            .accept(note: ""), .reject(reason: "-"), .register(category: stand, urgency: urgency), .void(reason: "-"),
            .merge(into: "-", note: ""), .dispatch(handler: someone, note: ""), .signFor, .returnToDispatcher(reason: "-"),
            .requestExtension(workingDays: 1, reason: "-"), .decideExtension(approved: true, note: ""),
            .decideExtension(approved: false, note: ""), .shelve(reason: "-", reviewOn: later), .resume(note: ""),
            .submitFeedback(note: "-"), .startCheck, .check(passed: true, note: ""), .check(passed: false, note: "-"),
            .evaluate(solved: true, satisfaction: .satisfied, note: ""),
        ]
        return candidates.filter { permits($0, for: actor, at: now, calendar: calendar) }.map(\.name)
    }

    /// Whether the loop would take this one step now.
    public func permits(_ action: CaseAction, for actor: CaseActor, at now: Date, calendar: WorkCalendar) -> Bool {
        (try? applying(action, by: actor, at: now, calendar: calendar)) != nil
    }
}
