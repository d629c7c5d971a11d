/// What earns a points entry without anyone claiming it: each is a record Doorstep already keeps.
public enum PointTrigger: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    /// A household visit recorded by the member.
    case visit
    /// An opinion the member collected.
    case opinion
    /// A case the member raised at a visit, closed.
    case caseSolved
    /// A dispute the member mediated to an agreement (full or partial).
    case disputeSettled
    /// Present at a meeting of organisational life (三会一课, theme Party day).
    case attendance
    /// A pledge fulfilled with evidence.
    case pledgeFulfilled
    /// Claimed by the member with evidence and decided by a branch officer.
    case claimed
    /// Taken off by a branch officer with a reason.
    case deduction

    /// Whether entries under this rule are written by Doorstep from the records.
    public var isAutomatic: Bool { self != .claimed && self != .deduction }
}

/// One item of a community's points catalogue (积分细则): what it is, what it is worth, and how much of it counts in
/// a year.
public struct PointRule: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var item: String
    /// Points per entry; negative for a deduction item.
    public var points: Int
    /// The most points the item may add (or take) in one year; nil for no cap.
    public var capPerYear: Int?
    public var trigger: PointTrigger
    /// Whether a claim must carry evidence.
    public var evidenceRequired: Bool
    public var active: Bool

    public init(
        id: String, communityCode: String, item: String, points: Int, capPerYear: Int?, trigger: PointTrigger,
        evidenceRequired: Bool, active: Bool = true
    ) {
        self.id = id
        self.communityCode = communityCode
        self.item = item
        self.points = points
        self.capPerYear = capPerYear
        self.trigger = trigger
        self.evidenceRequired = evidenceRequired
        self.active = active
    }

    /// Checks a rule as an officer writes it: a named item, points that are not zero and point the right way
    /// (a deduction takes, everything else gives), and a cap at least one entry large.
    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("item", item, maximum: 60)
        if points == 0 { validator.check("points", .tooSmall(minimum: 1)) }
        if trigger == .deduction, points > 0 { validator.check("points", .tooLarge(maximum: -1)) }
        if trigger != .deduction, points < 0 { validator.check("points", .tooSmall(minimum: 1)) }
        if let capPerYear, capPerYear < abs(points) { validator.check("capPerYear", .tooSmall(minimum: abs(points))) }
        try validator.throwIfAny()
    }

    /// How many of `points` still count this year when `already` have been entered under the rule: the cap cuts
    /// the last entry short rather than refusing it.
    public func counted(already: Int) -> Int {
        guard let capPerYear else { return points }
        let room = capPerYear - abs(already)
        return points < 0 ? -max(0, min(-points, room)) : max(0, min(points, room))
    }
}
