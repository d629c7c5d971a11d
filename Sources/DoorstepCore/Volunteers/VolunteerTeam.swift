import Foundation

/// A volunteer team (志愿服务队) of a community: registered volunteers of that community, and the activities the
/// office gives it.
public struct VolunteerTeam: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String

    public init(id: String, communityCode: String, name: String) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
    }

    /// A team's name as typed: required, at most 50 characters.
    public static func validate(name: String) throws(ValidationFailure) {
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        try validator.throwIfAny()
    }
}

/// A team as the list shows it: how many members and activities, and the hours confirmed at its activities.
public struct VolunteerTeamOverview: Sendable, Codable, Equatable, Hashable {
    public var team: VolunteerTeam
    public var members: Int
    public var activities: Int
    public var confirmedHours: HalfHours

    public init(team: VolunteerTeam, members: Int, activities: Int, confirmedHours: HalfHours) {
        self.team = team
        self.members = members
        self.activities = activities
        self.confirmedHours = confirmedHours
    }
}

/// A member of a team, with the hours confirmed to them at the team's activities.
public struct VolunteerTeamMember: Sendable, Codable, Equatable, Hashable {
    public var volunteerID: String
    public var name: String
    public var phoneMasked: String
    public var hours: HalfHours

    public init(volunteerID: String, name: String, phoneMasked: String, hours: HalfHours) {
        self.volunteerID = volunteerID
        self.name = name
        self.phoneMasked = phoneMasked
        self.hours = hours
    }
}

/// An activity of a team, with the hours confirmed there and to how many volunteers.
public struct VolunteerTeamActivity: Sendable, Codable, Equatable, Hashable {
    public var activity: VolunteerActivity
    public var confirmedHours: HalfHours
    public var volunteersServed: Int

    public init(activity: VolunteerActivity, confirmedHours: HalfHours, volunteersServed: Int) {
        self.activity = activity
        self.confirmedHours = confirmedHours
        self.volunteersServed = volunteersServed
    }
}

/// One team in full: its members, its activities (newest first) and the hours confirmed at them.
public struct VolunteerTeamDetail: Sendable, Codable, Equatable {
    public var team: VolunteerTeam
    public var members: [VolunteerTeamMember]
    public var activities: [VolunteerTeamActivity]
    public var confirmedHours: HalfHours

    public init(team: VolunteerTeam, members: [VolunteerTeamMember], activities: [VolunteerTeamActivity], confirmedHours: HalfHours) {
        self.team = team
        self.members = members
        self.activities = activities
        self.confirmedHours = confirmedHours
    }
}
