import Foundation

/// The three kinds of aid project social organisations run (助老 / 助残 / 助困).
public enum AidProjectKind: String, Sendable, Codable, CaseIterable, Hashable {
    case elderly
    case disability
    case hardship

    /// The care categories a project of this kind serves: whom it may take as beneficiaries.
    public var careCategories: [CareCategory] {
        switch self {
        case .elderly: [.elderlyLivingAlone]
        case .disability: [.disabled]
        case .hardship: [.lowIncome, .childInHardship]
        }
    }
}

/// An aid project (S16) run by a social organisation in a community, for residents of the care categories it
/// serves, between two days.
public struct AidProject: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The social organisation running it (a `partners` row of kind `socialOrganisation` in the same community).
    public var partnerID: String
    public var partnerName: String
    public var title: String
    public var kind: AidProjectKind
    /// The care categories that qualify a resident: the kind's, or some of them.
    public var careCategories: [CareCategory]
    /// `YYYY-MM-DD`, both ends included.
    public var startsOn: String
    public var endsOn: String

    public init(
        id: String, communityCode: String, partnerID: String, partnerName: String, title: String, kind: AidProjectKind,
        careCategories: [CareCategory], startsOn: String, endsOn: String
    ) {
        self.id = id
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.title = title
        self.kind = kind
        self.careCategories = careCategories
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// Whether a resident with `categories` may be a beneficiary.
    public func qualifies(_ categories: [CareCategory]) -> Bool {
        categories.contains { careCategories.contains($0) }
    }
}

/// A project as the office lists it: how many beneficiaries it has now, the services recorded and the distinct
/// people they reached.
public struct AidProjectListing: Sendable, Codable, Equatable, Hashable {
    public var project: AidProject
    public var beneficiaries: Int
    public var services: Int
    public var peopleReached: Int

    public init(project: AidProject, beneficiaries: Int, services: Int, peopleReached: Int) {
        self.project = project
        self.beneficiaries = beneficiaries
        self.services = services
        self.peopleReached = peopleReached
    }
}

/// A project as the office sets it up: checked all at once, every bad field named. Whether the partner is a social
/// organisation of the same community is the store's check.
public struct NewAidProject: Sendable, Equatable {
    public var communityCode: String
    public var partnerID: String
    public var title: String
    public var kind: String
    /// Some of the kind's categories; none given means all of them.
    public var careCategories: [String]
    public var startsOn: String
    public var endsOn: String

    public init(
        communityCode: String, partnerID: String, title: String, kind: String, careCategories: [String] = [], startsOn: String,
        endsOn: String
    ) {
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.title = title
        self.kind = kind
        self.careCategories = careCategories
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public func validate() throws(ValidationFailure) -> (kind: AidProjectKind, categories: [CareCategory], startsOn: CalendarDay, endsOn: CalendarDay) {
        var validator = Validator()
        if communityCode.trimmingCharacters(in: .whitespaces).isEmpty { validator.check("communityCode", .required) }
        if partnerID.trimmingCharacters(in: .whitespaces).isEmpty { validator.check("partnerID", .required) }
        validator.text("title", title, maximum: 100)
        let kind = AidProjectKind(rawValue: self.kind.trimmingCharacters(in: .whitespaces))
        if kind == nil {
            let problem: FieldProblem = self.kind.isEmpty ? .required : .unknownValue(allowed: AidProjectKind.allCases.map(\.rawValue))
            validator.check("projectKind", problem)
        }
        var categories: [CareCategory] = []
        if let kind {
            let allowed = kind.careCategories
            let given = careCategories.filter { !$0.isEmpty }
            let chosen = given.compactMap { CareCategory(rawValue: $0) }
            if chosen.count != given.count || chosen.contains(where: { !allowed.contains($0) }) {
                validator.check("careCategories", .unknownValue(allowed: allowed.map(\.rawValue)))
            }
            // Kept in the kind's order, each once, whatever order they were ticked in.
            categories = chosen.isEmpty ? allowed : allowed.filter { chosen.contains($0) }
        }
        let span = validator.span("startsOn", startsOn, "endsOn", endsOn)
        try validator.throwIfAny()
        return (kind!, categories, span!.0, span!.1)
    }
}
