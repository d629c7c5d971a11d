/// What co-building did in a period for a territory, each count with the records it counts (S13): venue bookings
/// (not cancelled) that start in the period, joint meetings held in it, and micro-wishes posted, claimed and fulfilled
/// in it — a wish posted in March and fulfilled in April counts once in each month, for what happened then.
public struct CoBuildingFigures: Sendable, Codable, Equatable {
    public var period: ReportingPeriod
    public var bookings: [VenueBooking]
    public var meetings: [JointMeeting]
    public var wishesPosted: [MicroWish]
    public var wishesClaimed: [MicroWish]
    public var wishesFulfilled: [MicroWish]

    public init(
        period: ReportingPeriod, bookings: [VenueBooking], meetings: [JointMeeting], wishesPosted: [MicroWish],
        wishesClaimed: [MicroWish], wishesFulfilled: [MicroWish]
    ) {
        self.period = period
        self.bookings = bookings
        self.meetings = meetings
        self.wishesPosted = wishesPosted
        self.wishesClaimed = wishesClaimed
        self.wishesFulfilled = wishesFulfilled
    }
}
