/// A pioneer post (党员先锋岗) of a community's catalogue, with the duties that go with it.
public struct VanguardPost: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var duties: String
    public var active: Bool

    public init(id: String, communityCode: String, name: String, duties: String, active: Bool = true) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.duties = duties
        self.active = active
    }

    /// The posts a community starts with; it edits them as it likes.
    public static let standardNames = ["政策宣传岗", "民情收集岗", "矛盾调解岗", "环境监督岗", "关爱帮扶岗"]
}

/// A responsibility zone (党员责任区): a set of buildings a member answers for.
public struct ResponsibilityZone: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var duties: String
    public var buildingIDs: [String]

    public init(id: String, communityCode: String, name: String, duties: String, buildingIDs: [String]) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.duties = duties
        self.buildingIDs = buildingIDs
    }
}

/// A member holding a post or a zone from one day, until another (or still).
public struct Assignment: Sendable, Codable, Equatable, Hashable {
    public var id: String
    /// The post's or the zone's id.
    public var holdingID: String
    public var memberID: String
    public var memberName: String
    /// `YYYY-MM-DD`.
    public var fromOn: String
    public var toOn: String?

    public init(id: String, holdingID: String, memberID: String, memberName: String, fromOn: String, toOn: String?) {
        self.id = id
        self.holdingID = holdingID
        self.memberID = memberID
        self.memberName = memberName
        self.fromOn = fromOn
        self.toOn = toOn
    }
}
