/// The names behind the ids of audit rows, so that the log reads as who did what to which record. Names of people
/// who are not accounts are masked, as everywhere an auditor reads them.
public struct AuditNames: Sendable, Equatable {
    public struct Actor: Sendable, Equatable {
        public var displayName: String
        public var role: Role

        public init(displayName: String, role: Role) {
            self.displayName = displayName
            self.role = role
        }
    }

    /// Accounts by id.
    public var actors: [String: Actor]
    /// Records by the subject text of their rows (`case:<id>` → its tracking code).
    public var subjects: [String: String]

    public init(actors: [String: Actor] = [:], subjects: [String: String] = [:]) {
        self.actors = actors
        self.subjects = subjects
    }
}

/// The kind and id of an audit row's subject: `resident:3f2c…` is a resident; `residents` (an import) has no id.
public struct AuditSubject: Sendable, Equatable {
    public var kind: String
    public var id: String?

    public init(_ text: String) {
        if let colon = text.firstIndex(of: ":") {
            kind = String(text[..<colon])
            id = String(text[text.index(after: colon)...])
        } else {
            kind = text
            id = nil
        }
    }
}
