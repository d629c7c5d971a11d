import Foundation

/// A child's place in an after-school class. The child is under 14 — sensitive personal information — so the name
/// and birth date are sealed at rest and only the masked name (`王**`) is kept in clear for lists; the guardian's
/// consent, who recorded it and when, are kept with the record.
public struct AfterSchoolEnrolment: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var classID: String
    public var childNameMasked: String
    public var school: String
    public var grade: String
    public var guardianName: String
    public var guardianPhoneMasked: String
    /// The username of whoever recorded the guardian's consent.
    public var consentRecordedBy: String
    public var consentRecordedAt: Date
    /// `YYYY-MM-DD`.
    public var enrolledOn: String
    /// `YYYY-MM-DD`; nil while the child is enrolled.
    public var withdrawnOn: String?
    /// Who may collect the child, the guardian first.
    public var pickUps: [AfterSchoolPickUp]

    public init(
        id: String, classID: String, childNameMasked: String, school: String, grade: String, guardianName: String,
        guardianPhoneMasked: String, consentRecordedBy: String, consentRecordedAt: Date, enrolledOn: String, withdrawnOn: String?,
        pickUps: [AfterSchoolPickUp]
    ) {
        self.id = id
        self.classID = classID
        self.childNameMasked = childNameMasked
        self.school = school
        self.grade = grade
        self.guardianName = guardianName
        self.guardianPhoneMasked = guardianPhoneMasked
        self.consentRecordedBy = consentRecordedBy
        self.consentRecordedAt = consentRecordedAt
        self.enrolledOn = enrolledOn
        self.withdrawnOn = withdrawnOn
        self.pickUps = pickUps
    }
}

/// A person authorised to collect a child. The phone is sealed and shown masked; a keyed hash of it finds the
/// person again at the door without opening anything.
public struct AfterSchoolPickUp: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var name: String
    /// As the guardian says it: 奶奶, 姑姑, 邻居 …; empty for the guardian.
    public var relation: String
    /// The guardian counts as authorised without being listed again.
    public var isGuardian: Bool
    public var phoneMasked: String

    public init(id: String, name: String, relation: String, isGuardian: Bool, phoneMasked: String) {
        self.id = id
        self.name = name
        self.relation = relation
        self.isGuardian = isGuardian
        self.phoneMasked = phoneMasked
    }

    /// Whether a name given at the door is this person's: spaces (half- or full-width) and Latin case do not count,
    /// anything else does.
    public func matches(name given: String) -> Bool {
        Self.normalised(name) == Self.normalised(given) && !Self.normalised(given).isEmpty
    }

    static func normalised(_ name: String) -> String { name.filter { !$0.isWhitespace }.lowercased() }
}

/// An enrolment as the office writes it down with the guardian: checked all at once, every bad field named.
public struct NewAfterSchoolEnrolment: Sendable, Equatable {
    public var childName: String
    /// `YYYY-MM-DD`.
    public var childBirthDate: String
    public var school: String
    public var grade: String
    public var guardianName: String
    public var guardianPhone: String
    /// The class is for children of dual-working families (双职工家庭).
    public var bothParentsWork: Bool
    /// The guardian agreed to the child's data being kept for the class; nothing is written without it.
    public var guardianConsent: Bool
    /// Pick-up persons besides the guardian. A row with every field empty is no person (a form's unused row), so the
    /// rows keep their numbers in the fields named (`pickUpName2`).
    public var pickUps: [NewPickUpPerson]

    public init(
        childName: String, childBirthDate: String, school: String, grade: String, guardianName: String, guardianPhone: String,
        bothParentsWork: Bool, guardianConsent: Bool, pickUps: [NewPickUpPerson]
    ) {
        self.childName = childName
        self.childBirthDate = childBirthDate
        self.school = school
        self.grade = grade
        self.guardianName = guardianName
        self.guardianPhone = guardianPhone
        self.bothParentsWork = bothParentsWork
        self.guardianConsent = guardianConsent
        self.pickUps = pickUps
    }

    /// Pick-up persons besides the guardian: a family's few, not a crowd at the door.
    public static let maximumPickUps = 3

    /// The persons actually given.
    public var givenPickUps: [NewPickUpPerson] { pickUps.filter { !$0.isEmpty } }

    public func validate(today: CalendarDay) throws(ValidationFailure) {
        var validator = Validator()
        validator.text("childName", childName, maximum: 50)
        let birth = childBirthDate.trimmingCharacters(in: .whitespaces)
        if birth.isEmpty {
            validator.check("childBirthDate", .required)
        } else if CalendarDay(iso: birth).map({ $0 >= today }) ?? true {
            validator.check("childBirthDate", .dateFormat)
        }
        validator.text("school", school, maximum: 100)
        validator.text("grade", grade, maximum: 20)
        validator.text("guardianName", guardianName, maximum: 50)
        Self.checkPhone("guardianPhone", guardianPhone, &validator)
        if !bothParentsWork { validator.check("bothParentsWork", .required) }
        if !guardianConsent { validator.check("guardianConsent", .consentRequired) }
        if givenPickUps.count > Self.maximumPickUps { validator.check("pickUps", .tooLong(maximum: Self.maximumPickUps)) }
        for (index, person) in pickUps.enumerated() where !person.isEmpty {
            let number = index + 1
            validator.text("pickUpName\(number)", person.name, maximum: 50)
            validator.text("pickUpRelation\(number)", person.relation, maximum: 20)
            Self.checkPhone("pickUpPhone\(number)", person.phone, &validator)
        }
        try validator.throwIfAny()
    }

    static func checkPhone(_ field: String, _ text: String, _ validator: inout Validator) {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.check(field, .required)
        } else if case .failure(let problem) = PhoneNumber.parse(text) {
            validator.check(field, problem)
        }
    }
}

/// A pick-up person as the guardian names them.
public struct NewPickUpPerson: Sendable, Equatable {
    public var name: String
    public var relation: String
    public var phone: String

    public init(name: String, relation: String, phone: String) {
        self.name = name
        self.relation = relation
        self.phone = phone
    }

    var isEmpty: Bool {
        [name, relation, phone].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
