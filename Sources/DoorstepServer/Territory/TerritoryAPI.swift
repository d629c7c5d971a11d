import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird
import NIOFoundationCompat

/// Streets, communities and grids within the caller's scope. Outside it, a record is a 404.
struct TerritoryAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(TerritoryAPIRoute.streets, use: streets)
        router.get(TerritoryAPIRoute.street, use: street)
        router.get(TerritoryAPIRoute.communities, use: communities)
        router.get(TerritoryAPIRoute.community, use: community)
        router.get(TerritoryAPIRoute.grids, use: grids)
        router.get(TerritoryAPIRoute.grid, use: grid)
        router.put(TerritoryAPIRoute.grid, use: updateGrid)
        router.get(TerritoryAPIRoute.estates, use: estates)
        router.post(TerritoryAPIRoute.estates, use: createEstate)
    }

    @Sendable func streets(request: Request, context: AppRequestContext) async throws -> ListPage<Street> {
        ListPage(try await store.territory.streets(for: try context.require(.viewTerritory)))
    }

    @Sendable func street(request: Request, context: AppRequestContext) async throws -> Street {
        try await store.territory.street(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }

    @Sendable func communities(request: Request, context: AppRequestContext) async throws -> ListPage<Community> {
        ListPage(try await store.territory.communities(for: try context.require(.viewTerritory)))
    }

    @Sendable func community(request: Request, context: AppRequestContext) async throws -> Community {
        try await store.territory.community(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }

    @Sendable func grids(request: Request, context: AppRequestContext) async throws -> ListPage<Grid> {
        let community = request.uri.queryParameters["community"].map(String.init)
        return ListPage(try await store.territory.grids(for: try context.require(.viewTerritory), communityCode: community))
    }

    @Sendable func grid(request: Request, context: AppRequestContext) async throws -> Grid {
        try await store.territory.grid(
            code: try context.parameters.require("code"), for: try context.require(.viewTerritory))
    }

    /// The body is read as loose JSON so that `boundary` may be a GeoJSON object (as map tools export it) or the
    /// same as text; either way a bad one is a `boundary` problem, not an unreadable request.
    @Sendable func updateGrid(request: Request, context: AppRequestContext) async throws -> Grid {
        let principal = try context.require(.manageTerritory)
        let buffer = try await request.collectBody(limit: BodyLimit.json)
        guard let body = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any] else {
            throw AppError.badRequest
        }
        var boundary: String?
        switch body["boundary"] {
        case let text as String: boundary = text
        case let object as [String: Any]:
            boundary = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        case nil, is NSNull: boundary = nil
        default: throw AppError.validation([FieldError("boundary", .boundaryFormat)])
        }
        // Only a whole number is a target (not true, not 1.5): the typed decoder says so, the loose one cannot.
        struct Target: Decodable { var householdTarget: Int? }
        let target = (try? JSONDecoder().decode(Target.self, from: Data(buffer: buffer)))?.householdTarget
        if target == nil, let given = body["householdTarget"], !(given is NSNull) {
            throw AppError.validation([FieldError("householdTarget", .notANumber)])
        }
        return try await store.territory.updateGrid(
            code: try context.parameters.require("code"), name: body["name"] as? String ?? "", boundary: boundary,
            householdTarget: target, by: principal)
    }

    @Sendable func estates(request: Request, context: AppRequestContext) async throws -> ListPage<Estate> {
        ListPage(try await store.estates.estates(for: try context.require(.viewRegistry)))
    }

    struct EstateInput: Decodable, Sendable {
        var communityCode: String?
        var name: String?
        var address: String?
    }

    @Sendable func createEstate(request: Request, context: AppRequestContext) async throws -> EditedResponse<Estate> {
        let principal = try context.require(.editRegistry)
        let body = try await request.decodeJSON(as: EstateInput.self, context: context)
        let estate = try await store.estates.create(
            communityCode: body.communityCode ?? "", name: body.name ?? "", address: body.address ?? "", by: principal)
        return EditedResponse(status: .created, response: estate)
    }
}

extension Estate: ResponseEncodable {}
