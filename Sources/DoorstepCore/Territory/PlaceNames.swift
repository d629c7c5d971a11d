/// The names of the communities and grids a page shows, so that each place is named with enough of its parents to be
/// told apart in the viewer's territory: every grid has its own 1号楼, and every community its own 第一网格.
public struct PlaceNames: Sendable, Equatable {
    public var communities: [String: String]
    public var grids: [String: String]

    public init(communities: [String: String] = [:], grids: [String: String] = [:]) {
        self.communities = communities
        self.grids = grids
    }

    /// A place as the viewer reads it: the parents that are not the viewer's own territory, then the address. A grid
    /// worker reads "4号楼1单元101" in their grid and "第二网格 · 4号楼1单元101" in the next one; the community
    /// "第一网格 · 4号楼1单元101"; the street "幸福里社区 · 第一网格 · 4号楼1单元101". With no address the grid (or
    /// community) names itself, even to its own worker. Unknown codes stay codes.
    public func name(community: String, grid: String?, address: String = "", for viewer: TerritoryScope) -> String {
        let ownCommunity = viewer.communityCode == community
        let ownGrid = viewer.level == .grid && viewer.code == grid
        var parts: [String] = []
        if !ownCommunity || (address.isEmpty && grid == nil) { parts.append(communities[community] ?? community) }
        if let grid, !ownGrid || address.isEmpty { parts.append(grids[grid] ?? grid) }
        if !address.isEmpty { parts.append(address) }
        return parts.joined(separator: " · ")
    }
}
