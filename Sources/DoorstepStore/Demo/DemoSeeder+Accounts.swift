import DoorstepCore
import Foundation

extension DemoSeeder {
    /// The second community's office and the grid worker of its first grid, so its cases are taken in, worked and
    /// checked by two people, as in the first community.
    func createSecondOffice(_ community: Community, grid: Grid, password: String, names: inout DemoNames) async throws
        -> [DemoAccount]
    {
        let secretary = names.personName()
        let worker = names.personName()
        return [
            try await createAccount(
                "secretary2", secretary, .communityAdmin, TerritoryScope(level: .community, code: community.code), password: password),
            try await createAccount(
                "grid.worker3", worker, .gridWorker, TerritoryScope(level: .grid, code: grid.code), password: password),
        ]
    }

    /// Accounts for the people whose year of work is recorded in their own name: three more hub members (the first
    /// grid's second hub, the second grid's first, and the first hub of the second community), each linked to their
    /// member record, and five volunteers of the first community who register themselves during the year.
    func createWorkAccounts(
        communities: [Community], grids: [Grid], password: String, names: inout DemoNames, by admin: Principal
    ) async throws -> [DemoAccount] {
        var made: [DemoAccount] = []
        let hubs = try await store.hubs.hubs(for: admin)
        let list = try await store.party.members(for: admin)
        let members = Dictionary(list.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // The first grid's first hub member is the one the demo's Party work follows (`DemoPartyWork.cast`).
        let wanted: [(username: String, grid: Int, position: Int)] = [
            ("party.member", 0, 0), ("party.member2", 0, 1), ("party.member3", 1, 0), ("party.member4", 4, 0),
        ]
        for (username, gridIndex, position) in wanted where gridIndex < grids.count {
            let inGrid = hubs.filter { $0.gridCode == grids[gridIndex].code }
            guard inGrid.count > position, let name = members[inGrid[position].memberID] else { continue }
            made.append(
                try await createAccount(
                    username, name, .partyMember, TerritoryScope(level: .grid, code: grids[gridIndex].code), password: password))
            try await store.party.linkAccount(memberID: inGrid[position].memberID, username: username, by: admin)
        }
        for number in 2...6 {
            let name = names.personName()
            made.append(
                try await createAccount(
                    "volunteer\(number)", name, .volunteer, TerritoryScope(level: .community, code: communities[0].code),
                    password: password))
        }
        return made
    }
}
