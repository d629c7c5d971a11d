import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 设岗定责 on the web: the community's pioneer posts and responsibility zones with their holders and S7's counts;
/// staff add posts and zones, give them to members and relieve them.
struct PostsPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PostsRoute.page, use: page)
        router.post(PostsRoute.page, use: addPost)
        router.post(PostsRoute.addZone, use: addZone)
        router.post(PostsRoute.assign, use: assign)
        router.post(PostsRoute.relieve, use: relieve)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context: context)
    }

    func render(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let me = try await store.party.signedInMember(principal)
        guard let community = me?.communityCode ?? principal.scope.communityCode else {
            throw AppError.validation([FieldError("communityCode", .required)])
        }
        let (posts, zones) = try await store.posts.catalogue(communityCode: community, by: principal)
        let figures = try await store.posts.figures(communityCode: community, by: principal)
        let manage = principal.can(.managePartyWork)
        let buildings = manage ? try await store.buildings.buildings(for: principal) : []
        let buildingNames = Dictionary(uniqueKeysWithValues: buildings.map { ($0.id, $0.name) })
        func holders(_ list: [Assignment]) -> [[String: Any]] {
            list.map { ["id": $0.id, "name": $0.memberName, "from": $0.fromOn] }
        }
        let today = CalendarDay(containing: Date()).description
        var model: [String: Any] = [
            "figures": [
                ["label": strings["posts_count"], "value": figures.posts], ["label": strings["posts_held"], "value": figures.heldPosts],
                ["label": strings["zones_count"], "value": figures.zones], ["label": strings["zones_held"], "value": figures.heldZones],
            ],
            "posts": posts.filter { $0.0.active }.map {
                ["id": $0.0.id, "name": $0.0.name, "duties": Display.shown($0.0.duties), "holders": holders($0.1)] as [String: Any]
            },
            "zones": zones.map {
                [
                    "id": $0.0.id, "name": $0.0.name, "duties": Display.shown($0.0.duties), "holders": holders($0.1),
                    "buildings": $0.0.buildingIDs.compactMap { buildingNames[$0] }.joined(separator: "、"),
                ] as [String: Any]
            },
            "manage": manage, "community": community, "today": today,
            "standard": VanguardPost.standardNames.map { ["name": $0] },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        if manage {
            model["members"] = try await store.party.members(for: principal).map { ["id": $0.id, "name": $0.name] }
            model["holdings"] = (posts.filter { $0.0.active }.map { ($0.0.id, $0.0.name) } + zones.map { ($0.0.id, $0.0.name) })
                .map { ["id": $0.0, "name": $0.1] }
            model["buildingChoices"] = buildings.map { ["id": $0.id, "name": $0.name] }
        }
        return pages.page("posts", title: strings["posts_title"], model: model, context: context, status: status)
    }

    private func submit(
        _ request: Request, context: AppRequestContext, _ change: @Sendable (Form, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try context.require(.managePartyWork)
        return try await Form.submit(request, context: context, as: principal) { form in
            try await change(form, principal)
            return PostsRoute.page.path()
        } refused: { errors, fields in
            try await render(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func addPost(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context) { form, principal in
            _ = try await store.posts.addPost(
                name: form["name"] ?? "", duties: form["duties"] ?? "", communityCode: form["community"] ?? "", by: principal)
        }
    }

    @Sendable func addZone(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context) { form, principal in
            let buildings = form.fields.filter { $0.key.hasPrefix("building_") && $0.value == "1" }.map { String($0.key.dropFirst(9)) }
            _ = try await store.posts.addZone(
                name: form["name"] ?? "", duties: form["duties"] ?? "", buildingIDs: buildings, communityCode: form["community"] ?? "",
                by: principal)
        }
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context) { form, principal in
            _ = try await store.posts.assign(
                holdingID: form["holdingID"] ?? "", memberID: form["memberID"] ?? "", fromOn: form["fromOn"] ?? "", by: principal)
        }
    }

    @Sendable func relieve(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context) { form, principal in
            try await store.posts.relieve(assignmentID: id, toOn: form["toOn"] ?? "", by: principal)
        }
    }
}
