/// The S10 figures — 走访居民 X 户次, 收集社情民意 X 条, 解决实际问题 X 个, 调解矛盾纠纷 X 起 — each counted from
/// records for a subject and a period, never typed in. The words of each definition (口径) are in the interface's
/// catalogue under `measure_<id>_…`; the counting is in the store, and each figure opens the records it counted.
public enum PartyWorkMeasure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Visits made in the period, one per visitor, household and day (户次).
    case visits
    /// Opinions collected in the period (条).
    case opinions
    /// Cases closed in the period: for a member or a team, those raised at their visits; for a territory, all (个).
    case problemsSolved
    /// Mediations concluded in the period with an agreement, in full or in part (起).
    case disputesSettled
}

/// Whose figures: a territory (what the caller may see of it), one member, or one vanguard team's members.
public enum FigureSubject: Sendable, Codable, Equatable, Hashable {
    case scope
    case member(String)
    case team(String)
}

/// One S10 figure, with the subject and period it counts.
public struct PartyWorkFigure: Sendable, Codable, Equatable, Hashable {
    public var measure: PartyWorkMeasure
    public var count: Int

    public init(measure: PartyWorkMeasure, count: Int) {
        self.measure = measure
        self.count = count
    }
}

/// One record behind a figure, as a list shows it.
public struct FigureRecord: Sendable, Codable, Equatable, Hashable {
    /// `visit`, `opinion`, `case` or `mediation`.
    public var kind: String
    public var id: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var summary: String
    /// Who the record counts for (the visitor, the collector, the mediator).
    public var by: String

    public init(kind: String, id: String, day: String, summary: String, by: String) {
        self.kind = kind
        self.id = id
        self.day = day
        self.summary = summary
        self.by = by
    }
}

/// A member who did most of one kind of work in a period (S11), with the count behind it.
public struct Exemplar: Sendable, Codable, Equatable, Hashable {
    public var measure: PartyWorkMeasure
    public var memberID: String
    public var memberName: String
    public var count: Int

    public init(measure: PartyWorkMeasure, memberID: String, memberName: String, count: Int) {
        self.measure = measure
        self.memberID = memberID
        self.memberName = memberName
        self.count = count
    }
}
