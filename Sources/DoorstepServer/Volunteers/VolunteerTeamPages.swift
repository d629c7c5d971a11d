import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 志愿服务队 for the office: the community's teams with their members, activities and confirmed hours; a new team;
/// one team's members to add or take off and the activities to give it.
struct VolunteerTeamPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(VolunteerTeamRoute.list, use: list)
        router.post(VolunteerTeamRoute.list, use: create)
        router.get(VolunteerTeamRoute.team, use: team)
        router.post(VolunteerTeamRoute.addMember, use: addMember)
        router.post(VolunteerTeamRoute.removeMember, use: removeMember)
        router.post(VolunteerTeamRoute.assign, use: assign)
        router.post(VolunteerTeamRoute.unassign, use: unassign)
    }

    static let done: Set<String> = ["created", "member", "removed", "activity"]

    // MARK: - The teams

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderList(asked: VolunteerOffice.asked(request), context: context)
    }

    func renderList(
        asked: String?, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let (community, communities) = try await VolunteerOffice.community(asked: asked, principal, store)
        let teams = try await store.volunteerTeams.teams(communityCode: community, by: principal)
        var model: [String: Any] = [:]
        model["lanes"] = VolunteerOffice.lanes(current: "teams", community: community, all: communities, strings)
        model["communities"] = VolunteerOffice.choices(communities, selected: community, path: VolunteerTeamRoute.list.path())
        model["chooseCommunity"] = communities.count > 1
        model["community"] = community
        model["teams"] = teams.map { overview -> [String: Any] in
            [
                "id": overview.team.id, "name": overview.team.name, "members": String(overview.members),
                "activities": String(overview.activities), "hours": overview.confirmedHours.text,
            ]
        }
        model["hasTeams"] = !teams.isEmpty
        model["form"] = form
        model["invalid"] = VolunteerOffice.invalid(errors, strings)
        model["fieldErrors"] = VolunteerOffice.errors(errors, strings)
        return pages.page("volunteerTeams", title: strings["vteam_title"], model: model, context: context, status: status)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        return try await Form.submit(request, context: context, as: principal) { form in
            let team = try await store.volunteerTeams.create(name: form["name"] ?? "", communityCode: form["community"] ?? "", by: principal)
            return VolunteerTeamRoute.team.path(team.id).query(["done": "created"])
        } refused: { errors, fields in
            try await renderList(asked: fields["community"], context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - One team

    @Sendable func team(request: Request, context: AppRequestContext) async throws -> Response {
        let done = request.uri.queryParameters["done"].map(String.init)
        let flash = done.flatMap { Self.done.contains($0) ? context.strings["vteam_done_\($0)"] : nil }
        return try await renderTeam(id: try context.parameters.require("id"), context: context, flash: flash)
    }

    func renderTeam(
        id: String, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let strings = context.strings
        let detail = try await store.volunteerTeams.team(id, by: principal)
        let community = detail.team.communityCode
        let communities = try await store.territory.communities(for: principal)
        let memberIDs = Set(detail.members.map(\.volunteerID))
        let candidates = try await store.volunteers.volunteers(by: principal, community: community).filter { !memberIDs.contains($0.id) }
        let since = Date().addingTimeInterval(-30 * 86_400)
        let assignable = try await store.volunteers.activities(by: principal, since: since).filter {
            $0.activity.communityCode == community && $0.activity.teamID != id
        }

        var model: [String: Any] = [:]
        model["lanes"] = VolunteerOffice.lanes(current: "teams", community: community, all: communities, strings)
        model["back"] = VolunteerOffice.keep(VolunteerTeamRoute.list.path(), community, communities)
        model["team"] = ["id": detail.team.id, "name": detail.team.name] as [String: Any]
        model["memberCount"] = String(detail.members.count)
        model["activityCount"] = String(detail.activities.count)
        model["hours"] = detail.confirmedHours.text
        model["members"] = detail.members.map { member -> [String: Any] in
            ["volunteerID": member.volunteerID, "name": member.name, "phone": member.phoneMasked, "hours": member.hours.text]
        }
        model["hasMembers"] = !detail.members.isEmpty
        model["candidates"] = candidates.map { volunteer -> [String: Any] in
            ["id": volunteer.id, "name": volunteer.name, "phone": volunteer.phoneMasked, "selected": form["volunteerID"] == volunteer.id]
        }
        model["hasCandidates"] = !candidates.isEmpty
        model["activities"] = detail.activities.map { item -> [String: Any] in
            [
                "id": item.activity.id, "title": item.activity.title,
                "when": "\(Display.time(item.activity.startsAt)) – \(Display.time(item.activity.endsAt))",
                "served": String(item.volunteersServed), "hours": item.confirmedHours.text,
            ]
        }
        model["hasActivities"] = !detail.activities.isEmpty
        model["open"] = assignable.map { listing -> [String: Any] in
            [
                "id": listing.activity.id, "title": listing.activity.title, "when": Display.time(listing.activity.startsAt),
                "selected": form["activityID"] == listing.activity.id,
            ]
        }
        model["hasOpen"] = !assignable.isEmpty
        model["invalid"] = VolunteerOffice.invalid(errors, strings)
        model["fieldErrors"] = VolunteerOffice.errors(errors, strings)
        return pages.page("volunteerTeam", title: detail.team.name, model: model, context: context, status: status, flash: flash)
    }

    @Sendable func addMember(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let volunteer = form["volunteerID"] ?? ""
            guard !volunteer.isEmpty else { throw ValidationFailure([FieldError("volunteerID", .required)]) }
            try await store.volunteerTeams.addMember(teamID: id, volunteerID: volunteer, by: principal)
            return VolunteerTeamRoute.team.path(id).query(["done": "member"])
        } refused: { errors, fields in
            try await renderTeam(id: id, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func removeMember(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        let volunteer = try context.parameters.require("volunteer")
        return try await Form.submit(request, context: context, as: principal) { _ in
            try await store.volunteerTeams.removeMember(teamID: id, volunteerID: volunteer, by: principal)
            return VolunteerTeamRoute.team.path(id).query(["done": "removed"])
        } refused: { errors, _ in
            try await renderTeam(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let activity = form["activityID"] ?? ""
            guard !activity.isEmpty else { throw ValidationFailure([FieldError("activityID", .required)]) }
            try await store.volunteerTeams.assign(activityID: activity, to: id, by: principal)
            return VolunteerTeamRoute.team.path(id).query(["done": "activity"])
        } refused: { errors, fields in
            try await renderTeam(id: id, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    /// Takes an activity back from the team; it stays, with no team.
    @Sendable func unassign(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        let activity = try context.parameters.require("activity")
        return try await Form.submit(request, context: context, as: principal) { _ in
            // Only an activity of this very team: the team's own page must not move another's.
            let detail = try await store.volunteerTeams.team(id, by: principal)
            guard detail.activities.contains(where: { $0.activity.id == activity }) else { throw AppError.notFound }
            try await store.volunteerTeams.assign(activityID: activity, to: nil, by: principal)
            return VolunteerTeamRoute.team.path(id).query(["done": "activity"])
        } refused: { errors, _ in
            try await renderTeam(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }
}
