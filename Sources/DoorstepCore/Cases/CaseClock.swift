import Foundation

/// The colour of a case's clock: green within 80 % of its limit, yellow after, red when overdue; stopped while
/// shelved or waiting for an extension, and none before dispatch or after the work is done.
public enum ClockColour: String, Codable, Sendable, Hashable {
    case none
    case green
    case yellow
    case red
    case stopped
}

extension Case {
    public func clock(at now: Date) -> ClockColour {
        guard state.clockRuns || state == .shelved, let deadline else { return .none }
        if pausedAt != nil { return .stopped }
        if now > deadline { return .red }
        if let warnAt, now >= warnAt { return .yellow }
        return .green
    }

    /// The level an overdue case should have reached by `now`: the community once it is past its deadline, the
    /// street once it is past it by the whole limit again. Nil when it need not move.
    public func escalationDue(at now: Date, calendar: WorkCalendar) -> HandlerLevel? {
        guard state.clockRuns, pausedAt == nil, let deadline, let escalateAt, now > escalateAt else { return nil }
        let due: HandlerLevel = now > limit.end(from: deadline, over: calendar) ? .street : .community
        return due.rank > escalation.rank ? due : nil
    }
}
