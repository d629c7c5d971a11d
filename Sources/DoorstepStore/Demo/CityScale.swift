/// How big a city `doorstep demo --scale city` builds around the demo street: the benchmark's size by default
/// (issue 16: ten streets, a hundred communities, two thousand grids, a million residents, ten million cases over
/// three years), smaller for tests.
public struct CityScale: Sendable, Equatable {
    public var streets: Int
    public var communitiesPerStreet: Int
    public var gridsPerCommunity: Int
    public var residents: Int
    public var cases: Int
    public var years: Int

    public init(
        streets: Int = 10, communitiesPerStreet: Int = 10, gridsPerCommunity: Int = 20, residents: Int = 1_000_000,
        cases: Int = 10_000_000, years: Int = 3
    ) {
        self.streets = streets
        self.communitiesPerStreet = communitiesPerStreet
        self.gridsPerCommunity = gridsPerCommunity
        self.residents = residents
        self.cases = cases
        self.years = years
    }
}

/// What a city holds once built, and how long each step took.
public struct CitySummary: Sendable {
    public var streets = 0
    public var communities = 0
    public var grids = 0
    public var households = 0
    public var residents = 0
    public var cases = 0
    public var caseEvents = 0
    public var visits = 0
    public var volunteerHours = 0
    /// Each step's name and its seconds, in order.
    public var steps: [(step: String, seconds: Double)] = []
    /// The accounts of the city's first street, community and grid (same password as the demo's).
    public var accounts: [String] = []
}
