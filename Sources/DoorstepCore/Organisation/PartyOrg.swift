/// The four levels of the Party organisation, each tied to a level of the territory: the street's working
/// committee, the community committee, a grid branch (one or more grids), a building group (one or more buildings).
public enum PartyOrgKind: String, Sendable, Codable, CaseIterable, Hashable {
    case workCommittee
    case communityCommittee
    case gridBranch
    case buildingGroup

    /// The kind an organisation of this kind sits under; nil for the top.
    public var parentKind: PartyOrgKind? {
        switch self {
        case .workCommittee: nil
        case .communityCommittee: .workCommittee
        case .gridBranch: .communityCommittee
        case .buildingGroup: .gridBranch
        }
    }
}

/// One Party organisation.
public struct PartyOrg: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var kind: PartyOrgKind
    public var name: String
    public var parentID: String?
    /// The street or community it belongs to (the community for branches and groups).
    public var territoryCode: String
    /// For a grid branch: the grids it covers.
    public var gridCodes: [String]
    /// For a building group: the buildings it covers.
    public var buildingIDs: [String]

    public init(
        id: String, kind: PartyOrgKind, name: String, parentID: String?, territoryCode: String, gridCodes: [String] = [],
        buildingIDs: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.parentID = parentID
        self.territoryCode = territoryCode
        self.gridCodes = gridCodes
        self.buildingIDs = buildingIDs
    }
}

/// Full members and probationary (预备) members.
public enum MembershipStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case full
    case probationary
}

/// Where a member stands in working life: it shapes what they can take on.
public enum EmploymentStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case employed
    case retired
    /// 流动党员: away from home for work.
    case mobile
}

/// A Party member as the organisation records them.
public struct PartyMember: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var orgID: String
    public var name: String
    /// The resident record when the member lives here.
    public var residentID: String?
    /// An employed member who registers with the community where they live (双报到) but belongs elsewhere.
    public var dualCheckIn: Bool
    public var status: MembershipStatus
    public var employment: EmploymentStatus
    /// `YYYY-MM-DD`.
    public var joinedOn: String

    public init(
        id: String, orgID: String, name: String, residentID: String?, dualCheckIn: Bool, status: MembershipStatus,
        employment: EmploymentStatus, joinedOn: String
    ) {
        self.id = id
        self.orgID = orgID
        self.name = name
        self.residentID = residentID
        self.dualCheckIn = dualCheckIn
        self.status = status
        self.employment = employment
        self.joinedOn = joinedOn
    }
}

/// The S1 figures of a scope, each counted from records: 党员 X 名，下设 X 个党支部、X 个党小组, and the grids
/// without a branch or group (S2's "full coverage").
public struct PartyFigures: Sendable, Codable, Equatable {
    public var members: Int
    public var fullMembers: Int
    public var probationaryMembers: Int
    public var communityCommittees: Int
    public var gridBranches: Int
    public var buildingGroups: Int
    public var grids: Int
    /// The codes of grids no branch covers and no group has a building in.
    public var uncoveredGrids: [String]

    public init(
        members: Int, fullMembers: Int, probationaryMembers: Int, communityCommittees: Int, gridBranches: Int,
        buildingGroups: Int, grids: Int, uncoveredGrids: [String]
    ) {
        self.members = members
        self.fullMembers = fullMembers
        self.probationaryMembers = probationaryMembers
        self.communityCommittees = communityCommittees
        self.gridBranches = gridBranches
        self.buildingGroups = buildingGroups
        self.grids = grids
        self.uncoveredGrids = uncoveredGrids
    }

    /// Covered grids as a share of all grids, 0–1; 1 when there are no grids.
    public var coverage: Double { grids == 0 ? 1 : Double(grids - uncoveredGrids.count) / Double(grids) }
}
