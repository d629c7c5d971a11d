import Foundation

/// How a mediation ended (S10 调解矛盾纠纷).
public enum MediationOutcome: String, Codable, Sendable, CaseIterable, NamedValues, Hashable {
    /// 达成协议: the parties agreed; the agreement is recorded.
    case agreementReached
    /// 部分达成: agreed on part of it.
    case partial
    /// 调解不成: no agreement.
    case failed
    /// 转交: referred on (to the people's mediation committee, the police, a court).
    case referred

    /// Counted as a dispute settled.
    public var settles: Bool { self == .agreementReached || self == .partial }
}

/// One party to a dispute: a resident on the register or someone from outside, named only in masked form outside
/// the store.
public struct MediationParty: Sendable, Codable, Equatable, Hashable {
    public enum Side: String, Codable, Sendable, CaseIterable, NamedValues, Hashable {
        case applicant
        case respondent
        case other
    }

    public var id: String
    public var nameMasked: String
    public var side: Side
    /// The resident record when the party is registered here.
    public var residentID: String?

    public init(id: String, nameMasked: String, side: Side, residentID: String?) {
        self.id = id
        self.nameMasked = nameMasked
        self.side = side
        self.residentID = residentID
    }
}

/// One sitting of a mediation: when, where, what was said.
public struct MediationSession: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var heldOn: CalendarDay
    public var place: String
    public var notes: String
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, heldOn: CalendarDay, place: String, notes: String, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.heldOn = heldOn
        self.place = place
        self.notes = notes
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// A dispute case's mediation: who mediates, between whom, its sittings and how it ended.
public struct Mediation: Sendable, Codable, Equatable, Hashable {
    public var caseID: String
    public var mediatorName: String
    /// The Party member mediating, when one does (the vanguard team often does).
    public var mediatorMemberID: String?
    public var parties: [MediationParty]
    public var sessions: [MediationSession]
    public var outcome: MediationOutcome?
    /// The agreement's text, for those who handle the case; sealed at rest.
    public var agreement: String?
    public var concludedAt: Date?
    public var startedAt: Date

    public init(
        caseID: String, mediatorName: String, mediatorMemberID: String?, parties: [MediationParty],
        sessions: [MediationSession], outcome: MediationOutcome?, agreement: String?, concludedAt: Date?, startedAt: Date
    ) {
        self.caseID = caseID
        self.mediatorName = mediatorName
        self.mediatorMemberID = mediatorMemberID
        self.parties = parties
        self.sessions = sessions
        self.outcome = outcome
        self.agreement = agreement
        self.concludedAt = concludedAt
        self.startedAt = startedAt
    }
}

/// What starting a mediation needs: a mediator and at least two parties, each named.
public struct NewMediation: Sendable, Equatable {
    public struct Party: Sendable, Equatable {
        public var name: String
        public var side: MediationParty.Side
        public var residentID: String?

        public init(name: String, side: MediationParty.Side, residentID: String? = nil) {
            self.name = name
            self.side = side
            self.residentID = residentID
        }
    }

    public var mediatorName: String
    public var mediatorMemberID: String?
    public var parties: [Party]

    public init(mediatorName: String, mediatorMemberID: String? = nil, parties: [Party]) {
        self.mediatorName = mediatorName
        self.mediatorMemberID = mediatorMemberID
        self.parties = parties
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("mediatorName", mediatorName, maximum: 50)
        let named = parties.filter { !$0.name.trimmingCharacters(in: .whitespaces).isEmpty }
        if named.count < 2 { validator.check("parties", .tooSmall(minimum: 2)) }
        if parties.count > 20 { validator.check("parties", .tooLarge(maximum: 20)) }
        for (index, party) in named.enumerated() where party.name.count > 50 {
            validator.check("parties[\(index)]", .tooLong(maximum: 50))
        }
        try validator.throwIfAny()
    }
}
