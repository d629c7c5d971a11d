/// A linked household in the visit plan: who should visit it, when they last did, and when the next visit is due.
public struct DueVisit: Sendable, Codable, Equatable, Hashable {
    public var householdID: String
    public var householdLabel: String
    public var memberID: String
    public var memberName: String
    /// The last visit, `YYYY-MM-DD`; nil when never visited.
    public var lastVisitedOn: String?
    /// The day the next visit is due; overdue when before today.
    public var dueOn: String

    public init(householdID: String, householdLabel: String, memberID: String, memberName: String, lastVisitedOn: String?, dueOn: String) {
        self.householdID = householdID
        self.householdLabel = householdLabel
        self.memberID = memberID
        self.memberName = memberName
        self.lastVisitedOn = lastVisitedOn
        self.dueOn = dueOn
    }
}
