import DoorstepCore
import DoorstepStore
import Hummingbird

/// The territory at a glance that `GET /api/v1/me/figures` returns (the registry's figures are at
/// `GET /api/v1/figures`).
struct TerritoryFigures: ResponseCodable, Sendable, Equatable {
    var communities: Int
    var grids: Int
    /// Only for roles that may see accounts.
    var accounts: Int?

    static func count(for principal: Principal, store: Store) async throws -> TerritoryFigures {
        let communities = try await store.territory.communities(for: principal).count
        let grids = try await store.territory.grids(for: principal).count
        let accounts = principal.can(.viewAccounts) ? try await store.accounts.list(for: principal).count : nil
        return TerritoryFigures(communities: communities, grids: grids, accounts: accounts)
    }
}
