import Foundation

/// One row of the append-only audit log: who did what to which record, when, in which territory, and why.
public struct AuditEntry: Sendable, Codable, Equatable, Hashable {
    /// Position in the chain, from 1 with no gaps.
    public var sequence: Int
    /// The time as stored (fixed-width ISO-8601 UTC): the hash covers this text, so it is kept as it is.
    public var recordedAt: String
    /// The account that acted; nil for the system or an unknown username.
    public var actorID: String?
    /// The actor's username as typed or known, kept even when the account is later renamed.
    public var actorName: String
    /// The action's stored name; kept as text so that a tampered value is hashed as it stands.
    public var actionName: String
    /// What was acted on, e.g. `account:3f2c…`, `grid:110105001001001`.
    public var subject: String
    /// The territory the subject belongs to, so auditors see only their scope's rows.
    public var territoryCode: String?
    /// Extra facts as JSON text (old and new role, the fields revealed …).
    public var detail: String
    /// The reason the actor gave, where one is required.
    public var reason: String?
    public var clientAddress: String?
    public var previousHash: String
    public var hash: String

    public init(
        sequence: Int, recordedAt: String, actorID: String?, actorName: String, actionName: String, subject: String,
        territoryCode: String?, detail: String, reason: String?, clientAddress: String?, previousHash: String,
        hash: String
    ) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actorID = actorID
        self.actorName = actorName
        self.actionName = actionName
        self.subject = subject
        self.territoryCode = territoryCode
        self.detail = detail
        self.reason = reason
        self.clientAddress = clientAddress
        self.previousHash = previousHash
        self.hash = hash
    }

    public var at: Date? { Timestamp.parse(recordedAt) }
    public var action: AuditAction? { AuditAction(rawValue: actionName) }
}

/// An audit event before it takes its place in the chain.
public struct AuditEvent: Sendable, Equatable {
    public var actorID: String?
    public var actorName: String
    public var action: AuditAction
    public var subject: String
    public var territoryCode: String?
    public var detail: [String: String]
    public var reason: String?
    public var clientAddress: String?

    public init(
        actorID: String?, actorName: String, action: AuditAction, subject: String, territoryCode: String?,
        detail: [String: String] = [:], reason: String? = nil, clientAddress: String? = nil
    ) {
        self.actorID = actorID
        self.actorName = actorName
        self.action = action
        self.subject = subject
        self.territoryCode = territoryCode
        self.detail = detail
        self.reason = reason
        self.clientAddress = clientAddress
    }

    /// An event done by `principal`.
    public init(
        by principal: Principal, _ action: AuditAction, subject: String, territoryCode: String?,
        detail: [String: String] = [:], reason: String? = nil, clientAddress: String? = nil
    ) {
        self.init(
            actorID: principal.accountID, actorName: principal.username, action: action, subject: subject,
            territoryCode: territoryCode, detail: detail, reason: reason, clientAddress: clientAddress)
    }

    /// The detail as canonical JSON text (keys sorted), so the same facts always hash the same.
    public var detailJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(detail)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
