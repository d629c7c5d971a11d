/// What an auditor narrows the log to: who acted, what they did, to which record, between which days. Empty parts
/// do not narrow.
public struct AuditFilter: Sendable, Equatable {
    /// An account's username or display name, exactly.
    public var actor: String?
    public var action: AuditAction?
    /// One record as the log names it (`resident:<id>`), or a kind of record alone (`resident`).
    public var subject: String?
    public var from: CalendarDay?
    public var to: CalendarDay?

    public init(actor: String? = nil, action: AuditAction? = nil, subject: String? = nil, from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.from = from
        self.to = to
    }
}
