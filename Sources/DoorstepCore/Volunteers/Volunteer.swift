/// A registered volunteer (志愿者): a resident or anyone with a phone, by real name, with skills and when they can
/// help. The phone is sealed at rest and shown masked.
public struct Volunteer: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var phoneMasked: String
    public var skills: [String]
    public var availability: String
    public var residentID: String?
    public var accountID: String?
    /// `YYYY-MM-DD`.
    public var registeredOn: String

    public init(
        id: String, communityCode: String, name: String, phoneMasked: String, skills: [String], availability: String,
        residentID: String?, accountID: String?, registeredOn: String
    ) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.phoneMasked = phoneMasked
        self.skills = skills
        self.availability = availability
        self.residentID = residentID
        self.accountID = accountID
        self.registeredOn = registeredOn
    }
}

/// A registration as it is written: checked all at once, every bad field named.
public struct NewVolunteer: Sendable, Equatable {
    public var name: String
    public var phone: String
    public var skills: [String]
    public var availability: String

    public init(name: String, phone: String, skills: [String], availability: String) {
        self.name = name
        self.phone = phone
        self.skills = skills
        self.availability = availability
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        if phone.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.check("phone", .required)
        } else if case .failure(let problem) = PhoneNumber.parse(phone) {
            validator.check("phone", problem)
        }
        validator.check("skills", skills.count > 10 ? .tooLong(maximum: 10) : nil)
        validator.check("skills", skills.contains { $0.count > 20 } ? .tooLong(maximum: 20) : nil)
        validator.check("availability", availability.count > 200 ? .tooLong(maximum: 200) : nil)
        try validator.throwIfAny()
    }
}
