import DoorstepCore
import Foundation

/// Who and where the year's work is done: the demo's accounts as they act (enrolled staff), the buildings and
/// households of each grid, the hubs, the Party members and their branches.
struct YearCast: Sendable {
    var communities: [Community]
    var grids: [Grid]
    var people: [String: Principal]
    /// By grid index.
    var buildings: [[Building]]
    var hubs: [[PartyMemberHub]]
    var branches: [String?]
    /// Household ids by building id.
    var households: [String: [String]]
    var members: [PartyMember]
    /// The community code of each organisation.
    var orgCommunity: [String: String]
    /// The account of each member who has one.
    var accountOfMember: [String: String]
    /// By community index: the estate whose households answer the satisfaction surveys (the first grid's).
    var estates: [String?]

    static func gather(store: Store, communities: [Community], grids: [Grid]) async throws -> YearCast {
        let admin = Principal(
            accountID: "demo", username: "demo", displayName: "demo", role: .streetAdmin,
            scope: TerritoryScope(level: .street, code: communities[0].streetCode), twoFactorEnabled: true)
        var people: [String: Principal] = [:]
        for account in try await store.accounts.list(for: admin) {
            var principal = account.principal
            principal.twoFactorEnabled = true  // the demo acts as enrolled staff would
            principal.language = nil
            people[account.username] = principal
        }
        var buildings: [[Building]] = []
        var households: [String: [String]] = [:]
        for grid in grids {
            let inGrid = try await store.buildings.buildings(for: admin, gridCode: grid.code)
            buildings.append(inGrid)
            for building in inGrid {
                households[building.id] = try await store.buildings.households(buildingID: building.id, for: admin).map(\.id)
            }
        }
        let allHubs = try await store.hubs.hubs(for: admin)
        let orgs = try await store.party.orgs(for: admin)
        var accountOfMember: [String: String] = [:]
        for hub in allHubs {
            if let username = try await store.party.workAccount(memberID: hub.memberID, by: admin).username {
                accountOfMember[hub.memberID] = username
            }
        }
        return YearCast(
            communities: communities, grids: grids, people: people, buildings: buildings,
            hubs: grids.map { grid in allHubs.filter { $0.gridCode == grid.code } },
            branches: grids.map { grid in orgs.first { $0.kind == .gridBranch && $0.gridCodes.contains(grid.code) }?.id },
            households: households, members: try await store.party.members(for: admin),
            orgCommunity: Dictionary(orgs.map { ($0.id, $0.territoryCode) }, uniquingKeysWith: { first, _ in first }),
            accountOfMember: accountOfMember,
            estates: communities.indices.map { index in
                let grid = index * 4
                return grid < buildings.count ? buildings[grid].compactMap(\.estateID).first : nil
            })
    }

    /// The account acting as `username`; a refusal when the demo has no such account.
    func who(_ username: String) throws -> Principal {
        guard let principal = people[username] else { throw StoreError.notFound }
        return principal
    }

    func community(ofGrid index: Int) -> Int { index / 4 }

    func gridIndex(of code: String?) -> Int? {
        guard let code else { return nil }
        return grids.firstIndex { $0.code == code }
    }

    func households(ofGrid index: Int) -> [String] {
        buildings[index].flatMap { households[$0.id] ?? [] }
    }

    /// The members of a branch, in the order the store lists them.
    func members(ofBranch id: String) -> [PartyMember] {
        members.filter { $0.orgID == id }
    }

    func members(ofCommunity index: Int) -> [PartyMember] {
        members.filter { orgCommunity[$0.orgID] == communities[index].code }
    }

    /// The community office's account: the first community's secretary, the second's.
    func office(of community: Int) -> String { community == 0 ? "secretary" : "secretary2" }

    /// The grid worker with an account in a grid, if any.
    func worker(ofGrid index: Int) -> String? {
        switch index {
        case 0: "grid.worker"
        case 1: "grid.worker2"
        case 4: "grid.worker3"
        default: nil
        }
    }
}
