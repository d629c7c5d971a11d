import Foundation

/// A volunteer activity with its places (capacity): those who sign up beyond it wait in line and move up, in the
/// order they signed up, when someone withdraws.
public struct VolunteerActivity: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var teamID: String?
    public var title: String
    public var place: String
    public var startsAt: Date
    public var endsAt: Date
    public var capacity: Int

    public init(
        id: String, communityCode: String, teamID: String?, title: String, place: String, startsAt: Date, endsAt: Date,
        capacity: Int
    ) {
        self.id = id
        self.communityCode = communityCode
        self.teamID = teamID
        self.title = title
        self.place = place
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.capacity = capacity
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        validator.check("place", place.count > 100 ? .tooLong(maximum: 100) : nil)
        if endsAt <= startsAt { validator.check("endsAt", .beforeStart) }
        if endsAt.timeIntervalSince(startsAt) > 24 * 3600 { validator.check("endsAt", .tooLarge(maximum: 24)) }
        if capacity < 1 { validator.check("capacity", .tooSmall(minimum: 1)) }
        if capacity > 1_000 { validator.check("capacity", .tooLarge(maximum: 1_000)) }
        try validator.throwIfAny()
    }
}

/// Where a volunteer stands for an activity.
public enum SignupStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case registered
    case waiting
    case withdrawn
}

/// One volunteer's place in one activity, from sign-up through check-in and check-out to the hours the organiser
/// confirms.
public struct Signup: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var activityID: String
    public var volunteerID: String
    public var volunteerName: String
    public var status: SignupStatus
    public var checkedInAt: Date?
    public var checkedOutAt: Date?
    /// Confirmed by the organiser; nil until then.
    public var confirmedHours: HalfHours?

    public init(
        id: String, activityID: String, volunteerID: String, volunteerName: String, status: SignupStatus, checkedInAt: Date?,
        checkedOutAt: Date?, confirmedHours: HalfHours?
    ) {
        self.id = id
        self.activityID = activityID
        self.volunteerID = volunteerID
        self.volunteerName = volunteerName
        self.status = status
        self.checkedInAt = checkedInAt
        self.checkedOutAt = checkedOutAt
        self.confirmedHours = confirmedHours
    }

    /// The half-hours between check-in and check-out, as the organiser is offered to confirm.
    public var servedHours: HalfHours? {
        guard let checkedInAt, let checkedOutAt else { return nil }
        return HalfHours(minutes: Int(checkedOutAt.timeIntervalSince(checkedInAt) / 60))
    }
}
