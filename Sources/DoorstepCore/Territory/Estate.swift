/// An estate (小区): a named set of buildings in a community, usually behind one gate and one property manager.
/// Its buildings may lie in different grids.
public struct Estate: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var address: String

    public init(id: String, communityCode: String, name: String, address: String) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.address = address
    }
}
