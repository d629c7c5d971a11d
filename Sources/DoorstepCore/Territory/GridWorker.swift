/// A grid worker (网格员) bound to a grid: full-time (专职) or part-time (兼职, often a volunteer, a Party member or
/// a building head), and at most one grid leader (网格长) per grid.
public struct GridWorker: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var gridCode: String
    public var name: String
    /// The account the worker signs in with, when they have one.
    public var accountID: String?
    public var fullTime: Bool
    public var isLeader: Bool

    public init(id: String, gridCode: String, name: String, accountID: String?, fullTime: Bool, isLeader: Bool) {
        self.id = id
        self.gridCode = gridCode
        self.name = name
        self.accountID = accountID
        self.fullTime = fullTime
        self.isLeader = isLeader
    }
}

/// A Party-member hub (党员中心户): a member's household that leads a set of linked households (联系户) nearby.
public struct PartyMemberHub: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var memberID: String
    public var householdID: String
    public var gridCode: String
    /// The households it leads; each household belongs to at most one hub.
    public var linkedHouseholdIDs: [String]

    public init(id: String, memberID: String, householdID: String, gridCode: String, linkedHouseholdIDs: [String]) {
        self.id = id
        self.memberID = memberID
        self.householdID = householdID
        self.gridCode = gridCode
        self.linkedHouseholdIDs = linkedHouseholdIDs
    }
}
