/// A place where problems of one kind recur (源头治理): its cases in a period, how many of them came from someone who
/// reported there more than once — never who — and the last day one was reported.
public struct Hotspot: Sendable, Hashable, Codable {
    /// The building (and its grid), or the grid where no building was named.
    public var place: String
    public var placeCode: String
    public var buildingID: String?
    public var categoryCode: String
    public var categoryName: String
    public var cases: Int
    /// Cases beyond the first from the same reporter (an account or the same phone), counted without naming them.
    public var fromRepeatReporters: Int
    public var lastReportedOn: String

    public init(
        place: String, placeCode: String, buildingID: String?, categoryCode: String, categoryName: String, cases: Int,
        fromRepeatReporters: Int, lastReportedOn: String
    ) {
        self.place = place
        self.placeCode = placeCode
        self.buildingID = buildingID
        self.categoryCode = categoryCode
        self.categoryName = categoryName
        self.cases = cases
        self.fromRepeatReporters = fromRepeatReporters
        self.lastReportedOn = lastReportedOn
    }
}
