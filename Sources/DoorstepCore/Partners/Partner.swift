/// What kind of body a partner is (共建单位 or 社会组织).
public enum PartnerKind: String, Codable, Sendable, CaseIterable, Hashable {
    case hospital
    case school
    case company
    case agency
    case socialOrganisation
}

/// A unit in the area or a social organisation that works with the community (S12). The contact's phone is sealed
/// at rest and shown masked.
public struct Partner: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var kind: PartnerKind
    public var name: String
    public var contactName: String
    public var contactPhoneMasked: String
    /// The partner's own Party organisation, as it is called there (e.g. 区人民医院党委).
    public var partyOrganisation: String
    /// The partner's sign-in account, which sees the partner's own report.
    public var accountID: String?

    public init(
        id: String, communityCode: String, kind: PartnerKind, name: String, contactName: String, contactPhoneMasked: String,
        partyOrganisation: String, accountID: String?
    ) {
        self.id = id
        self.communityCode = communityCode
        self.kind = kind
        self.name = name
        self.contactName = contactName
        self.contactPhoneMasked = contactPhoneMasked
        self.partyOrganisation = partyOrganisation
        self.accountID = accountID
    }
}

/// A partner as it is registered: checked all at once, every bad field named.
public struct NewPartner: Sendable, Equatable {
    public var kind: String
    public var name: String
    public var contactName: String
    public var contactPhone: String
    public var partyOrganisation: String

    public init(kind: String, name: String, contactName: String, contactPhone: String, partyOrganisation: String) {
        self.kind = kind
        self.name = name
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.partyOrganisation = partyOrganisation
    }

    public func validate() throws(ValidationFailure) -> (PartnerKind, PhoneNumber) {
        var validator = Validator()
        let kind = PartnerKind(rawValue: kind)
        validator.check("kind", kind == nil ? .unknownValue(allowed: PartnerKind.allCases.map(\.rawValue)) : nil)
        validator.text("name", name, maximum: 100)
        validator.text("contactName", contactName, maximum: 50)
        var phone: PhoneNumber?
        switch PhoneNumber.parse(contactPhone) {
        case .success(let parsed): phone = parsed
        case .failure(let problem): validator.check("contactPhone", contactPhone.isEmpty ? .required : problem)
        }
        validator.check("partyOrganisation", partyOrganisation.count > 100 ? .tooLong(maximum: 100) : nil)
        try validator.throwIfAny()
        return (kind!, phone!)
    }
}

/// A Party member employed by a partner who has reported to the community where they live (在职党员双报到).
public struct ReportedMember: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var partnerID: String
    public var name: String
    /// The member's record on the community's roll, when they are on it.
    public var memberID: String?
    /// `YYYY-MM-DD`.
    public var reportedOn: String

    public init(id: String, partnerID: String, name: String, memberID: String?, reportedOn: String) {
        self.id = id
        self.partnerID = partnerID
        self.name = name
        self.memberID = memberID
        self.reportedOn = reportedOn
    }
}
