/// How a line came into the ledger.
public enum PointEntryKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Written by Doorstep from a record (a visit, a closed case, a settled dispute).
    case automatic
    /// A claim an officer approved.
    case approvedClaim
    /// A claim an officer rejected: a trace with no points.
    case rejectedClaim
    /// Points taken off with a reason.
    case deduction
    /// A correction of an earlier line, which itself stays as it was.
    case correction
}

/// One line of a member's points ledger. Lines are never changed or removed; a correction is a new line.
public struct PointEntry: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var memberID: String
    public var ruleID: String?
    public var item: String
    public var kind: PointEntryKind
    public var points: Int
    /// The day the points were earned, `YYYY-MM-DD`: the year and quarter they count in.
    public var earnedOn: String
    public var reason: String
    /// The record behind the line, as `kind:id` (`visit:…`, `case:…`, `claim:…`, `entry:…`).
    public var source: String?
    public var recordedBy: String

    public init(
        id: String, memberID: String, ruleID: String?, item: String, kind: PointEntryKind, points: Int, earnedOn: String,
        reason: String, source: String?, recordedBy: String
    ) {
        self.id = id
        self.memberID = memberID
        self.ruleID = ruleID
        self.item = item
        self.kind = kind
        self.points = points
        self.earnedOn = earnedOn
        self.reason = reason
        self.source = source
        self.recordedBy = recordedBy
    }
}

/// Where a claim stands.
public enum ClaimStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case pending
    case approved
    case rejected
}

/// A member's claim for points under a claimed rule, with its evidence, until an officer decides it.
public struct PointClaim: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var memberID: String
    public var memberName: String
    public var ruleID: String
    public var item: String
    public var points: Int
    public var earnedOn: String
    public var evidence: String
    public var status: ClaimStatus
    public var decisionReason: String?

    public init(
        id: String, memberID: String, memberName: String, ruleID: String, item: String, points: Int, earnedOn: String,
        evidence: String, status: ClaimStatus, decisionReason: String?
    ) {
        self.id = id
        self.memberID = memberID
        self.memberName = memberName
        self.ruleID = ruleID
        self.item = item
        self.points = points
        self.earnedOn = earnedOn
        self.evidence = evidence
        self.status = status
        self.decisionReason = decisionReason
    }
}
