import Foundation

/// A volunteer's record of service (志愿服务记录证明), as it is printed: who they are (the phone masked), every
/// activity whose hours were confirmed, the total, the stars by their community's thresholds, and the day printed.
public struct ServiceRecord: Sendable, Codable, Equatable {
    public var volunteer: Volunteer
    public var communityName: String
    /// Oldest first, as a record of service reads.
    public var entries: [ServiceRecordEntry]
    public var total: HalfHours
    public var stars: Int
    /// `YYYY-MM-DD`, China time.
    public var printedOn: String

    public init(volunteer: Volunteer, communityName: String, entries: [ServiceRecordEntry], total: HalfHours, stars: Int, printedOn: String) {
        self.volunteer = volunteer
        self.communityName = communityName
        self.entries = entries
        self.total = total
        self.stars = stars
        self.printedOn = printedOn
    }
}

/// One confirmed activity on a record of service.
public struct ServiceRecordEntry: Sendable, Codable, Equatable, Hashable {
    public var activityID: String
    /// The day the activity started, `YYYY-MM-DD`, China time.
    public var day: String
    public var title: String
    public var hours: HalfHours

    public init(activityID: String, day: String, title: String, hours: HalfHours) {
        self.activityID = activityID
        self.day = day
        self.title = title
        self.hours = hours
    }
}
