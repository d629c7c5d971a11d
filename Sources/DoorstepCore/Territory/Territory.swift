/// A street (街道): the office that oversees several communities.
public struct Street: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A residential community (社区), led by its Party committee and its secretary.
public struct Community: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var streetCode: String
    public var name: String

    public init(code: String, streetCode: String, name: String) {
        self.code = code
        self.streetCode = streetCode
        self.name = name
    }
}

/// A grid (网格): the part of a community one grid worker and one Party branch or group answer for.
public struct Grid: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var communityCode: String
    public var name: String
    /// Where the grid ends on a map, when drawn.
    public var boundary: GridBoundary?
    /// How many households the grid is meant to hold (the community's plan), when set.
    public var householdTarget: Int?

    public init(
        code: String, communityCode: String, name: String, boundary: GridBoundary? = nil, householdTarget: Int? = nil
    ) {
        self.code = code
        self.communityCode = communityCode
        self.name = name
        self.boundary = boundary
        self.householdTarget = householdTarget
    }

    public var streetCode: String { TerritoryCode.streetCode(of: code) }
}
