import DoorstepCore
import Foundation

/// One account the demo opened, for printing.
public struct DemoAccount: Sendable, Equatable {
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: TerritoryScope
}

/// What the demo created.
public struct DemoCommunity: Sendable {
    public var street: Street
    public var communities: [Community]
    public var grids: [Grid]
    public var accounts: [DemoAccount]
    public var password: String
}

/// Fills an empty database with a demo street, two communities with their grids, and one account per role.
public struct DemoSeeder: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Builds the demo, or returns nil when the database already holds territory (the demo never mixes with real
    /// data).
    public func seedIfEmpty(password: String, seed: UInt64 = 20261129) async throws -> DemoCommunity? {
        guard try await store.territory.isEmpty() else { return nil }
        var names = DemoNames(seed: seed)
        let street = names.street()
        let communities = names.communities(of: street, count: 2)
        let grids = communities.flatMap { names.grids(of: $0, count: 3) }
        try await store.territory.create(street, operatorName: "demo")
        for community in communities { try await store.territory.create(community, operatorName: "demo") }
        for grid in grids { try await store.territory.create(grid, operatorName: "demo") }

        let first = communities[0]
        let plan: [(String, Role, TerritoryScope)] = [
            ("street.admin", .streetAdmin, TerritoryScope(level: .street, code: street.code)),
            ("secretary", .communityAdmin, TerritoryScope(level: .community, code: first.code)),
            ("grid.worker", .gridWorker, TerritoryScope(level: .grid, code: grids[0].code)),
            ("grid.worker2", .gridWorker, TerritoryScope(level: .grid, code: grids[1].code)),
            ("party.member", .partyMember, TerritoryScope(level: .grid, code: grids[0].code)),
            ("volunteer", .volunteer, TerritoryScope(level: .community, code: first.code)),
            ("partner", .partner, TerritoryScope(level: .community, code: first.code)),
            ("resident", .resident, TerritoryScope(level: .grid, code: grids[0].code)),
            ("auditor", .auditor, TerritoryScope(level: .street, code: street.code)),
        ]
        var accounts: [DemoAccount] = []
        for (username, role, scope) in plan {
            let name = names.personName()
            _ = try await store.accounts.createFromCommandLine(
                NewAccount(username: username, displayName: name, role: role, scope: scope, password: password),
                operatorName: "demo")
            accounts.append(DemoAccount(username: username, displayName: name, role: role, scope: scope))
        }
        return DemoCommunity(street: street, communities: communities, grids: grids, accounts: accounts, password: password)
    }

    /// A password that meets the policy, for a demo whose operator did not choose one.
    public static func generatePassword() -> String {
        var generator = SystemRandomNumberGenerator()
        return "Demo-" + String(Int.random(in: 100_000...999_999, using: &generator))
    }
}
