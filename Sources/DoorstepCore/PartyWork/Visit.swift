import Foundation

/// A household visit (走访), counted in household-times (户次): one visitor, one household, one day.
public struct Visit: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var householdID: String
    /// The household's place, as "楼 单元 室", for lists.
    public var householdLabel: String
    public var gridCode: String?
    /// The Party member who visited, when the visitor is one; grid workers and staff visit too.
    public var memberID: String?
    public var visitorName: String
    /// `YYYY-MM-DD`.
    public var visitedOn: String
    /// What was found.
    public var findings: String
    public var opinionID: String?
    public var caseID: String?
    /// The vanguard-team activity the visit was part of.
    public var activityID: String?
    public var hasPhoto: Bool

    public init(
        id: String, householdID: String, householdLabel: String, gridCode: String?, memberID: String?,
        visitorName: String, visitedOn: String, findings: String, opinionID: String? = nil, caseID: String? = nil,
        activityID: String? = nil, hasPhoto: Bool = false
    ) {
        self.id = id
        self.householdID = householdID
        self.householdLabel = householdLabel
        self.gridCode = gridCode
        self.memberID = memberID
        self.visitorName = visitorName
        self.visitedOn = visitedOn
        self.findings = findings
        self.opinionID = opinionID
        self.caseID = caseID
        self.activityID = activityID
        self.hasPhoto = hasPhoto
    }
}

/// A visit as the visitor records it: the household, the day, what was found, a photo, and — in the same step —
/// an opinion heard or a problem raised as a case.
public struct NewVisit: Sendable, Equatable {
    public var householdID: String
    public var visitedOn: String
    public var findings: String
    public var photo: Photo?
    public var activityID: String?
    public var opinion: NewOpinion?
    /// A problem to raise as a case at the same time; its place is the household's building.
    public var raisedCase: RaisedCase?

    public init(
        householdID: String, visitedOn: String, findings: String, photo: Photo? = nil, activityID: String? = nil,
        opinion: NewOpinion? = nil, raisedCase: RaisedCase? = nil
    ) {
        self.householdID = householdID
        self.visitedOn = visitedOn
        self.findings = findings
        self.photo = photo
        self.activityID = activityID
        self.opinion = opinion
        self.raisedCase = raisedCase
    }

    /// How far back a visit may be recorded: it is written down while it is remembered.
    public static let maximumDaysBack = 90

    /// Checks every field at once: the day is a real day not after `today` and within `maximumDaysBack`, the findings are said, and the opinion or case is complete.
    public func validate(today: CalendarDay) throws(ValidationFailure) {
        var validator = Validator()
        if householdID.isEmpty { validator.check("householdID", .required) }
        if visitedOn.isEmpty {
            validator.check("visitedOn", .required)
        } else if let day = CalendarDay(iso: visitedOn) {
            if day > today { validator.check("visitedOn", .dateFormat) }
            if day < today.adding(days: -NewVisit.maximumDaysBack) {
                validator.check("visitedOn", .tooLongAgo(maximumDays: NewVisit.maximumDaysBack))
            }
        } else {
            validator.check("visitedOn", .dateFormat)
        }
        validator.text("findings", findings, maximum: 1_000)
        if let opinion {
            validator.check("opinion.content", opinion.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .required : nil)
            validator.check("opinion.content", opinion.content.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
        }
        if let raisedCase {
            if raisedCase.categoryCode.isEmpty { validator.check("case.categoryCode", .required) }
            validator.check(
                "case.description", raisedCase.description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .required : nil)
            validator.check("case.description", raisedCase.description.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
        }
        try validator.throwIfAny()
    }
}

/// The problem a visit raises as a case.
public struct RaisedCase: Sendable, Equatable {
    public var categoryCode: String
    public var urgency: Urgency
    public var description: String

    public init(categoryCode: String, urgency: Urgency = .routine, description: String) {
        self.categoryCode = categoryCode
        self.urgency = urgency
        self.description = description
    }
}
