import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The three lists over JSON: needs, partners' resources, match suggestions, projects and their deliveries.
struct ListsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(ListsAPIRoute.needs, use: needs)
        router.post(ListsAPIRoute.needs, use: addNeed)
        router.get(ListsAPIRoute.suggestions, use: suggestions)
        router.post(ListsAPIRoute.accept, use: accept)
        router.get(ListsAPIRoute.resources, use: resources)
        router.post(ListsAPIRoute.addResource, use: addResource)
        router.get(ListsAPIRoute.projects, use: projects)
        router.post(ListsAPIRoute.deliver, use: deliver)
    }

    @Sendable func needs(request: Request, context: AppRequestContext) async throws -> ListPage<Need> {
        ListPage(try await store.lists.needs(by: try context.requirePrincipal()))
    }

    struct NeedInput: Decodable, Sendable {
        var placeCode: String?
        var category: String?
        var description: String?
        var wantedFrom: String?
        var wantedUntil: String?
        var source: String?
        var sourceID: String?
    }

    @Sendable func addNeed(request: Request, context: AppRequestContext) async throws -> EditedResponse<Need> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: NeedInput.self, context: context)
        let need = try await store.lists.addNeed(
            NewNeed(
                placeCode: body.placeCode ?? "", category: body.category ?? "", description: body.description ?? "",
                wantedFrom: body.wantedFrom ?? "", wantedUntil: body.wantedUntil ?? "", source: body.source ?? "",
                sourceID: body.sourceID),
            by: principal)
        return EditedResponse(status: .created, response: need)
    }

    @Sendable func suggestions(request: Request, context: AppRequestContext) async throws -> ListPage<MatchSuggestion> {
        ListPage(try await store.lists.suggestions(forNeed: try context.parameters.require("id"), by: try context.requirePrincipal()))
    }

    struct ProjectInput: Decodable, Sendable {
        var resourceID: String?
        var title: String?
        var owner: String?
        var startsOn: String?
        var endsOn: String?
        var uses: Int?
        var targetPeople: Int?
        var otherPartnerIDs: [String]?
    }

    @Sendable func accept(request: Request, context: AppRequestContext) async throws -> EditedResponse<Project> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ProjectInput.self, context: context)
        let project = try await store.lists.accept(
            needID: try context.parameters.require("id"), resourceID: body.resourceID ?? "",
            NewProject(
                title: body.title ?? "", owner: body.owner ?? "", startsOn: body.startsOn ?? "", endsOn: body.endsOn ?? "",
                uses: body.uses.map(String.init) ?? "", targetPeople: body.targetPeople.map(String.init) ?? "",
                otherPartnerIDs: body.otherPartnerIDs ?? []),
            by: principal)
        return EditedResponse(status: .created, response: project)
    }

    @Sendable func resources(request: Request, context: AppRequestContext) async throws -> ListPage<PartnerResource> {
        ListPage(try await store.lists.resources(by: try context.requirePrincipal()))
    }

    struct ResourceInput: Decodable, Sendable {
        var kind: String?
        var category: String?
        var description: String?
        var capacity: Int?
        var unit: String?
        var placeCode: String?
        var availableFrom: String?
        var availableUntil: String?
    }

    @Sendable func addResource(request: Request, context: AppRequestContext) async throws -> EditedResponse<PartnerResource> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: ResourceInput.self, context: context)
        let resource = try await store.lists.addResource(
            NewResource(
                kind: body.kind ?? "", category: body.category ?? "", description: body.description ?? "",
                capacity: body.capacity.map(String.init) ?? "", unit: body.unit ?? "", placeCode: body.placeCode ?? "",
                availableFrom: body.availableFrom ?? "", availableUntil: body.availableUntil ?? ""),
            partnerID: try context.parameters.require("id"), by: principal)
        return EditedResponse(status: .created, response: resource)
    }

    @Sendable func projects(request: Request, context: AppRequestContext) async throws -> ListPage<Project> {
        ListPage(try await store.lists.projects(by: try context.requirePrincipal()))
    }

    struct DeliveryInput: Decodable, Sendable {
        var day: String?
        var peopleReached: Int?
        var note: String?
    }

    @Sendable func deliver(request: Request, context: AppRequestContext) async throws -> Project {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: DeliveryInput.self, context: context)
        return try await store.lists.recordDelivery(
            projectID: try context.parameters.require("id"), day: body.day ?? "", peopleReached: body.peopleReached.map(String.init) ?? "",
            note: body.note ?? "", by: principal)
    }
}

extension Need: ResponseEncodable {}
extension PartnerResource: ResponseEncodable {}
extension Project: ResponseEncodable {}
