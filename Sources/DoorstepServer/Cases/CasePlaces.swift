import DoorstepCore
import DoorstepStore

/// Where cases are, named for one viewer: a case placed by its location would otherwise read as its grid's code, and
/// two grids' "4号楼" could not be told apart.
struct CasePlaces {
    let names: PlaceNames
    let viewer: TerritoryScope

    static func of(_ cases: some Collection<Case>, for principal: Principal, in store: Store) async throws -> CasePlaces {
        let names = try await store.territory.placeNames(
            communities: Set(cases.map(\.communityCode)), grids: Set(cases.compactMap(\.gridCode)))
        return CasePlaces(names: names, viewer: principal.scope)
    }

    func name(_ item: Case) -> String {
        names.name(community: item.communityCode, grid: item.gridCode, address: item.address, for: viewer)
    }

    /// The code behind the name, for a tooltip.
    func code(_ item: Case) -> String { item.gridCode ?? item.communityCode }
}
