import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 星级设置: the office sets the five hours its community's volunteer stars start at. Every star shown anywhere
/// (a volunteer's page, the record of service) is read from them.
struct VolunteerSettingsPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(VolunteerSettingsRoute.page, use: page)
        router.post(VolunteerSettingsRoute.page, use: update)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let saved = request.uri.queryParameters["done"] == "saved" ? context.strings["vsettings_saved"] : nil
        return try await render(asked: VolunteerOffice.asked(request), context: context, flash: saved)
    }

    func render(
        asked: String?, context: AppRequestContext, errors: [FieldError] = [], form: [String: String]? = nil,
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let (community, communities) = try await VolunteerOffice.community(asked: asked, principal, store)
        let stars = try await store.volunteers.starThresholds(community: community, by: principal)
        let invalid = VolunteerOffice.invalid(errors, strings)
        var levels: [[String: Any]] = []
        for index in 0..<VolunteerStars.levels {
            let field = "starHours[\(index)]"
            let current = index < stars.thresholds.count ? String(stars.thresholds[index]) : ""
            var level: [String: Any] = [:]
            level["index"] = String(index)
            level["field"] = field
            level["label"] = strings.format("vsettings_level", ["stars": String(repeating: "★", count: index + 1)])
            level["value"] = form?[field] ?? current
            level["invalid"] = Display.shown(invalid[field])
            levels.append(level)
        }
        var model: [String: Any] = [:]
        model["lanes"] = VolunteerOffice.lanes(current: "settings", community: community, all: communities, strings)
        model["communities"] = VolunteerOffice.choices(communities, selected: community, path: VolunteerSettingsRoute.page.path())
        model["chooseCommunity"] = communities.count > 1
        model["community"] = community
        model["current"] = stars.text
        model["levels"] = levels
        model["fieldErrors"] = VolunteerOffice.errors(errors, strings)
        return pages.page("volunteerSettings", title: strings["vsettings_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        return try await Form.submit(request, context: context, as: principal) { form in
            let typed = (0..<VolunteerStars.levels).map { form["starHours[\($0)]"] ?? "" }
            let stars = try VolunteerStars.thresholds(typed)
            let community = form["community"] ?? ""
            try await store.volunteers.updateStarThresholds(stars, community: community, by: principal)
            return VolunteerSettingsRoute.page.path().query(["community": community, "done": "saved"])
        } refused: { errors, fields in
            try await render(asked: fields["community"], context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }
}
