import Foundation

/// Why a case came to someone's inbox.
public enum NoticeKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// A new report in one's grid or community.
    case reported
    /// A case given to one to handle.
    case dispatched
    /// Work one fed back failed its check.
    case rework
    /// The reporter said a closed case was not solved.
    case reopened
    /// One's case passed 80 % of its limit.
    case warning
    /// An overdue case reached one's level (`detail` names it).
    case escalated
    /// A handler asks for more time.
    case extensionRequested
    /// Work fed back waits for someone to check it.
    case awaitingCheck
    /// A handler gave a case back as not theirs.
    case returned
    /// A shelved case reached its review date.
    case reviewDue
}

/// One line of an account's inbox.
public struct Notice: Sendable, Codable, Equatable, Hashable, Identifiable {
    public var id: String
    public var caseID: String?
    public var kind: NoticeKind
    public var detail: String
    /// The case's category name, for the line's text.
    public var caseTitle: String
    public var createdAt: Date
    public var readAt: Date?

    public init(
        id: String, caseID: String?, kind: NoticeKind, detail: String, caseTitle: String, createdAt: Date, readAt: Date?
    ) {
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.detail = detail
        self.caseTitle = caseTitle
        self.createdAt = createdAt
        self.readAt = readAt
    }
}
