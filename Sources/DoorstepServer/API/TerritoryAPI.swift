import DoorstepCore
import DoorstepStore
import Hummingbird

/// Streets, communities and grids within the caller's scope. Outside it, a record is a 404.
struct TerritoryAPI: Sendable {
    let store: Store

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("streets", use: streets)
        api.get("streets/:code", use: street)
        api.get("communities", use: communities)
        api.get("communities/:code", use: community)
        api.get("grids", use: grids)
        api.get("grids/:code", use: grid)
    }

    @Sendable func streets(request: Request, context: AppRequestContext) async throws -> ListPage<Street> {
        ListPage(items: try await store.territory.streets(for: try context.require(.viewTerritory)), nextCursor: nil)
    }

    @Sendable func street(request: Request, context: AppRequestContext) async throws -> Street {
        try await store.territory.street(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }

    @Sendable func communities(request: Request, context: AppRequestContext) async throws -> ListPage<Community> {
        ListPage(items: try await store.territory.communities(for: try context.require(.viewTerritory)), nextCursor: nil)
    }

    @Sendable func community(request: Request, context: AppRequestContext) async throws -> Community {
        try await store.territory.community(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }

    @Sendable func grids(request: Request, context: AppRequestContext) async throws -> ListPage<Grid> {
        let community = request.uri.queryParameters["community"].map(String.init)
        return ListPage(
            items: try await store.territory.grids(for: try context.require(.viewTerritory), communityCode: community),
            nextCursor: nil)
    }

    @Sendable func grid(request: Request, context: AppRequestContext) async throws -> Grid {
        try await store.territory.grid(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }
}
