/// A kind of problem at a place taken up for work at the source (每月一题, 未诉先办) from a day on, and the cases of that
/// kind and place in as many days before that day as have passed since (at most 90): the test of whether the work
/// made them fewer.
public struct ProactiveTopic: Sendable, Hashable, Codable {
    public var id: String
    public var communityCode: String
    public var gridCode: String
    public var buildingID: String?
    public var place: String
    public var categoryCode: String
    public var categoryName: String
    public var title: String
    public var startedOn: CalendarDay
    /// Days compared on each side of `startedOn`.
    public var days: Int
    public var casesBefore: Int
    public var casesAfter: Int

    public init(
        id: String, communityCode: String, gridCode: String, buildingID: String?, place: String, categoryCode: String,
        categoryName: String, title: String, startedOn: CalendarDay, days: Int, casesBefore: Int, casesAfter: Int
    ) {
        self.id = id
        self.communityCode = communityCode
        self.gridCode = gridCode
        self.buildingID = buildingID
        self.place = place
        self.categoryCode = categoryCode
        self.categoryName = categoryName
        self.title = title
        self.startedOn = startedOn
        self.days = days
        self.casesBefore = casesBefore
        self.casesAfter = casesAfter
    }

    /// The days compared on each side: those since the start, at least one, at most 90.
    public static func window(from start: CalendarDay, today: CalendarDay) -> Int {
        min(90, max(1, start.days(until: today)))
    }
}

/// A hotspot worth taking up: its cases in the last 90 days and in the 90 before, most and fastest-growing first.
public struct TopicCandidate: Sendable, Hashable, Codable {
    public var hotspot: Hotspot
    public var casesBefore: Int

    public init(hotspot: Hotspot, casesBefore: Int) {
        self.hotspot = hotspot
        self.casesBefore = casesBefore
    }
}
