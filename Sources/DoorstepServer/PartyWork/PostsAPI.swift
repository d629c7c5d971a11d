import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Pioneer posts, responsibility zones and their holders over JSON.
struct PostsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(PostsAPIRoute.posts, use: posts)
        router.post(PostsAPIRoute.posts, use: addPost)
        router.post(PostsAPIRoute.addZone, use: addZone)
        router.post(PostsAPIRoute.assign, use: assign)
        router.post(PostsAPIRoute.relieve, use: relieve)
    }

    struct HoldingResource: Encodable, Sendable {
        var id: String
        var name: String
        var duties: String
        var active: Bool
        var buildingIDs: [String]?
        var holders: [Assignment]
    }

    struct CatalogueResource: ResponseEncodable, Sendable {
        var posts: [HoldingResource]
        var zones: [HoldingResource]
    }

    @Sendable func posts(request: Request, context: AppRequestContext) async throws -> CatalogueResource {
        let principal = try context.require(.viewParty)
        let (posts, zones) = try await store.posts.catalogue(communityCode: PointsAPI.community(request, principal), by: principal)
        return CatalogueResource(
            posts: posts.map { HoldingResource(id: $0.0.id, name: $0.0.name, duties: $0.0.duties, active: $0.0.active, holders: $0.1) },
            zones: zones.map {
                HoldingResource(id: $0.0.id, name: $0.0.name, duties: $0.0.duties, active: true, buildingIDs: $0.0.buildingIDs, holders: $0.1)
            })
    }

    struct HoldingInput: Decodable, Sendable {
        var communityCode: String?
        var name: String?
        var duties: String?
        var buildingIDs: [String]?
    }

    @Sendable func addPost(request: Request, context: AppRequestContext) async throws -> EditedResponse<VanguardPost> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: HoldingInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.addPost(
                name: body.name ?? "", duties: body.duties ?? "",
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", by: principal))
    }

    @Sendable func addZone(request: Request, context: AppRequestContext) async throws -> EditedResponse<ResponsibilityZone> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: HoldingInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.addZone(
                name: body.name ?? "", duties: body.duties ?? "", buildingIDs: body.buildingIDs ?? [],
                communityCode: body.communityCode ?? principal.scope.communityCode ?? "", by: principal))
    }

    struct AssignInput: Decodable, Sendable {
        var holdingID: String?
        var memberID: String?
        var fromOn: String?
        var toOn: String?
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> EditedResponse<Assignment> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: AssignInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.posts.assign(
                holdingID: body.holdingID ?? "", memberID: body.memberID ?? "", fromOn: body.fromOn ?? "", by: principal))
    }

    @Sendable func relieve(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: AssignInput.self, context: context)
        try await store.posts.relieve(assignmentID: try context.parameters.require("id"), toOn: body.toOn ?? "", by: principal)
        return .noContent
    }
}

extension VanguardPost: ResponseEncodable {}
extension ResponsibilityZone: ResponseEncodable {}
extension Assignment: ResponseEncodable {}
