import Foundation

/// The four kinds of commitment a co-building agreement (共建协议) makes (S13).
public enum CommitmentKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// 组织共建
    case organisationBuilding
    /// 资源共享
    case resourceSharing
    /// 活动共办
    case jointActivities
    /// 事务共商
    case jointConsultation
}

/// A co-building agreement between the community and a partner for a period.
public struct Agreement: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var partnerID: String
    public var title: String
    public var startsOn: CalendarDay
    public var endsOn: CalendarDay
    public var commitments: [Commitment]

    public init(
        id: String, communityCode: String, partnerID: String, title: String, startsOn: CalendarDay, endsOn: CalendarDay,
        commitments: [Commitment]
    ) {
        self.id = id
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.commitments = commitments
    }

    /// How many days before its end an agreement is listed for renewal.
    public static let renewalNotice = 30

    /// Whether the agreement should be renewed now: it ends within the notice, or has ended, and no later agreement
    /// with the same partner is among `others`.
    public func isDueForRenewal(on today: CalendarDay, others: [Agreement]) -> Bool {
        today.adding(days: Self.renewalNotice) >= endsOn && !others.contains { $0.partnerID == partnerID && $0.endsOn > endsOn }
    }
}

/// One commitment of an agreement: what, whose, by when, and — once fulfilled — the evidence.
public struct Commitment: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var kind: CommitmentKind
    public var content: String
    /// Who answers for it: a person or a department, as written in the agreement.
    public var owner: String
    public var dueOn: CalendarDay
    public var fulfilledOn: CalendarDay?
    public var evidence: String?

    public init(
        id: String, kind: CommitmentKind, content: String, owner: String, dueOn: CalendarDay, fulfilledOn: CalendarDay? = nil,
        evidence: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.content = content
        self.owner = owner
        self.dueOn = dueOn
        self.fulfilledOn = fulfilledOn
        self.evidence = evidence
    }

    public func isOverdue(on today: CalendarDay) -> Bool { fulfilledOn == nil && dueOn < today }
}

/// An agreement as it is written, with its commitments; every bad field named, a commitment's as
/// `commitments[i].field`.
public struct NewAgreement: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var kind: String
        public var content: String
        public var owner: String
        public var dueOn: String

        public init(kind: String, content: String, owner: String, dueOn: String) {
            self.kind = kind
            self.content = content
            self.owner = owner
            self.dueOn = dueOn
        }
    }

    public var title: String
    public var startsOn: String
    public var endsOn: String
    public var commitments: [Item]

    public init(title: String, startsOn: String, endsOn: String, commitments: [Item]) {
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.commitments = commitments
    }

    /// The agreement with empty ids, or every problem at once.
    public func validate(communityCode: String, partnerID: String) throws(ValidationFailure) -> Agreement {
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        let span = validator.span("startsOn", startsOn, "endsOn", endsOn)
        validator.check("commitments", commitments.isEmpty ? .required : nil)
        var items: [Commitment] = []
        for (index, item) in commitments.enumerated() {
            let kind = CommitmentKind(rawValue: item.kind)
            validator.check(
                "commitments[\(index)].kind", kind == nil ? .unknownValue(allowed: CommitmentKind.allCases.map(\.rawValue)) : nil)
            validator.text("commitments[\(index)].content", item.content, maximum: 500)
            validator.text("commitments[\(index)].owner", item.owner, maximum: 50)
            let due = validator.day("commitments[\(index)].dueOn", item.dueOn)
            if let kind, let due {
                items.append(
                    Commitment(
                        id: "", kind: kind, content: item.content.trimmingCharacters(in: .whitespacesAndNewlines),
                        owner: item.owner.trimmingCharacters(in: .whitespaces), dueOn: due))
            }
        }
        try validator.throwIfAny()
        return Agreement(
            id: "", communityCode: communityCode, partnerID: partnerID, title: title.trimmingCharacters(in: .whitespaces),
            startsOn: span!.0, endsOn: span!.1, commitments: items)
    }
}
