import DoorstepCore

/// The city's territory and its office accounts, laid out before anything is written. Every city grid copies the
/// work of one demo grid (its `source`), taken in turn, so the city's mix of states, categories, deadlines and
/// ratings is the one the demo's year produced through the case engine.
struct CityPlan: Sendable {
    struct Place: Sendable {
        var street: Street
        var community: Community
        var grid: Grid
        /// The grid's position in the city, from 0.
        var number: Int
        /// Its street's position, from 0.
        var streetNumber: Int
        /// The demo grid whose cases and visits it copies, and the demo community whose volunteers its
        /// community copies.
        var sourceGrid: String
        var sourceCommunity: String
    }

    struct Office: Sendable {
        var id: String
        var username: String
        var name: String
        var role: Role
        var scope: TerritoryScope
    }

    var streets: [Street] = []
    var communities: [Community] = []
    var places: [Place] = []
    var offices: [Office] = []

    /// Streets numbered 101 upwards in the demo street's county: the demo's own township numbers stop at 20.
    init(_ scale: CityScale, around demo: DemoCommunity, names: inout DemoNames) {
        let county = String(demo.street.code.prefix(6))
        let sourceGrids = demo.grids.map(\.code)
        let sourceCommunities = demo.communities.map(\.code)
        for s in 0..<scale.streets {
            let street = Street(code: county + String(101 + s), name: "\(DemoNames.placeFirst[s % DemoNames.placeFirst.count])第\(s + 1)街道")
            streets.append(street)
            offices.append(Self.office("street", street.code, .streetAdmin, .street, names: &names))
            for c in 0..<scale.communitiesPerStreet {
                let number = communities.count
                let community = Community(
                    code: street.code + Self.three(c + 1), streetCode: street.code,
                    name: "\(DemoNames.communityWords[number % DemoNames.communityWords.count])\(number + 1)社区")
                communities.append(community)
                offices.append(Self.office("secretary", community.code, .communityAdmin, .community, names: &names))
                for g in 0..<scale.gridsPerCommunity {
                    let grid = Grid(code: community.code + Self.three(g + 1), communityCode: community.code, name: "第\(g + 1)网格")
                    let source = sourceGrids[places.count % sourceGrids.count]
                    places.append(
                        Place(
                            street: street, community: community, grid: grid, number: places.count, streetNumber: s, sourceGrid: source,
                            sourceCommunity: sourceCommunities[number % sourceCommunities.count]))
                    offices.append(Self.office("grid.worker", grid.code, .gridWorker, .grid, names: &names))
                }
            }
        }
    }

    /// The office of `role` in `code`; its id and username say where it works, so copies can find it by code.
    static func office(_ prefix: String, _ code: String, _ role: Role, _ level: ScopeLevel, names: inout DemoNames) -> Office {
        Office(
            id: "city-\(role.rawValue)-\(code)", username: "\(prefix).\(code)", name: names.personName(), role: role,
            scope: TerritoryScope(level: level, code: code))
    }

    static func three(_ number: Int) -> String {
        String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
    }
}
