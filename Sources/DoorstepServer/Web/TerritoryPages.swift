import DoorstepCore
import DoorstepStore
import Hummingbird

/// The territory the signed-in account answers for, as a tree, and a page per community and grid. Anything
/// outside the account's scope is a 404, like something that does not exist.
struct TerritoryPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/territory", use: tree)
        router.get("/territory/communities/:code", use: community)
        router.get("/territory/grids/:code", use: grid)
    }

    @Sendable func tree(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let streets = try await store.territory.streets(for: principal)
        let communities = try await store.territory.communities(for: principal)
        let grids = try await store.territory.grids(for: principal)
        // A grid worker's street and community are the frame of their grid, even outside a street scope.
        let streetRows: [[String: Any]] = Set(communities.map(\.streetCode)).sorted().map { streetCode in
            [
                "code": streetCode,
                "name": streets.first(where: { $0.code == streetCode })?.name ?? "",
                "communities": communities.filter { $0.streetCode == streetCode }.map { community in
                    [
                        "code": community.code, "name": community.name,
                        "grids": grids.filter { $0.communityCode == community.code }.map {
                            ["code": $0.code, "name": $0.name]
                        },
                    ] as [String: Any]
                },
            ]
        }
        return pages.page(
            "territory", title: context.strings["territory_title"], model: ["streets": streetRows], context: context)
    }

    @Sendable func community(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let code = try context.parameters.require("code")
        let community = try await store.territory.community(code: code, for: principal)
        let grids = try await store.territory.grids(for: principal, communityCode: code)
        let model: [String: Any] = [
            "community": ["code": community.code, "name": community.name],
            "grids": grids.map { ["code": $0.code, "name": $0.name] },
        ]
        return pages.page("community", title: community.name, model: model, context: context)
    }

    @Sendable func grid(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewTerritory)
        let code = try context.parameters.require("code")
        let grid = try await store.territory.grid(code: code, for: principal)
        let community = try await store.territory.community(code: grid.communityCode, for: principal)
        let strings = context.strings
        let counts = try await store.buildings.counts(gridCode: grid.code, for: principal)
        let workers = try await store.gridWorkers.workers(for: principal, gridCode: grid.code)
        let branches = principal.can(.viewParty)
            ? try await store.party.orgs(for: principal).filter { $0.gridCodes.contains(grid.code) }.map(\.name) : []
        let hubs = principal.can(.viewParty) ? try await store.hubs.hubs(for: principal, gridCode: grid.code) : []
        var model: [String: Any] = [
            "grid": ["code": grid.code, "name": grid.name],
            "community": ["code": community.code, "name": community.name],
            "showAccounts": principal.can(.viewAccounts),
            "figures": [
                ["label": strings["grid_buildings"], "value": counts.buildings],
                ["label": strings["grid_households"], "value": counts.households],
                ["label": strings["grid_residents"], "value": counts.residents],
                ["label": strings["grid_full_time"], "value": workers.filter(\.fullTime).count],
                ["label": strings["grid_part_time"], "value": workers.filter { !$0.fullTime }.count],
                ["label": strings["grid_hubs"], "value": hubs.count],
            ],
            "workers": workers.map {
                [
                    "name": $0.name,
                    "kind": strings[$0.fullTime ? "grid_worker_full" : "grid_worker_part"]
                        + ($0.isLeader ? " · " + strings["grid_leader"] : ""),
                ]
            },
            "hasWorkers": !workers.isEmpty,
            "branches": branches.joined(separator: "、"),
            "hasBranches": !branches.isEmpty,
        ]
        if principal.can(.viewAccounts) {
            model["accounts"] = try await store.accounts.list(for: principal)
                .filter { $0.scope.code == grid.code }
                .map { ["displayName": $0.displayName, "roleName": strings.roleName($0.role)] }
        }
        return pages.page("grid", title: grid.name, model: model, context: context)
    }
}
