import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Volunteer teams and a community's star thresholds over JSON. Hours are numbers of hours (`2.5`).
struct VolunteerTeamsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(VolunteerTeamsAPIRoute.teams, use: teams)
        router.post(VolunteerTeamsAPIRoute.teams, use: create)
        router.get(VolunteerTeamsAPIRoute.team, use: team)
        router.post(VolunteerTeamsAPIRoute.addMember, use: addMember)
        router.delete(VolunteerTeamsAPIRoute.removeMember, use: removeMember)
        router.post(VolunteerTeamsAPIRoute.assign, use: assign)
        router.get(VolunteerTeamsAPIRoute.settings, use: settings)
        router.put(VolunteerTeamsAPIRoute.settings, use: updateSettings)
    }

    // MARK: - Teams

    struct TeamResource: ResponseEncodable, Sendable {
        var id: String
        var community: String
        var name: String
        var members: Int
        var activities: Int
        var hours: Double
    }

    struct MemberResource: Encodable, Sendable {
        var volunteerID: String
        var name: String
        var phoneMasked: String
        /// Confirmed at the team's activities.
        var hours: Double
    }

    struct ActivityResource: Encodable, Sendable {
        var id: String
        var title: String
        var place: String
        var startsAt: Date
        var endsAt: Date
        var volunteersServed: Int
        var hours: Double
    }

    struct TeamDetailResource: ResponseEncodable, Sendable {
        var id: String
        var community: String
        var name: String
        var hours: Double
        var members: [MemberResource]
        /// Newest first.
        var activities: [ActivityResource]
    }

    @Sendable func teams(request: Request, context: AppRequestContext) async throws -> ListPage<TeamResource> {
        let principal = try context.require(.manageVolunteers)
        let community = request.uri.queryParameters["community"].map(String.init)
        let teams = try await store.volunteerTeams.teams(communityCode: community, by: principal).map { overview in
            TeamResource(
                id: overview.team.id, community: overview.team.communityCode, name: overview.team.name, members: overview.members,
                activities: overview.activities, hours: overview.confirmedHours.hours)
        }
        return ListPage(teams)
    }

    struct TeamInput: Decodable, Sendable {
        var community: String?
        var name: String?
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<TeamDetailResource> {
        let principal = try context.require(.manageVolunteers)
        let body = try await request.decodeJSON(as: TeamInput.self, context: context)
        let team = try await store.volunteerTeams.create(
            name: body.name ?? "", communityCode: body.community ?? principal.scope.communityCode ?? "", by: principal)
        return EditedResponse(status: .created, response: try await detail(team.id, principal))
    }

    @Sendable func team(request: Request, context: AppRequestContext) async throws -> TeamDetailResource {
        try await detail(try context.parameters.require("id"), try context.require(.manageVolunteers))
    }

    func detail(_ id: String, _ principal: Principal) async throws -> TeamDetailResource {
        let detail = try await store.volunteerTeams.team(id, by: principal)
        let members = detail.members.map { member in
            MemberResource(volunteerID: member.volunteerID, name: member.name, phoneMasked: member.phoneMasked, hours: member.hours.hours)
        }
        let activities = detail.activities.map { item in
            ActivityResource(
                id: item.activity.id, title: item.activity.title, place: item.activity.place, startsAt: item.activity.startsAt,
                endsAt: item.activity.endsAt, volunteersServed: item.volunteersServed, hours: item.confirmedHours.hours)
        }
        return TeamDetailResource(
            id: detail.team.id, community: detail.team.communityCode, name: detail.team.name, hours: detail.confirmedHours.hours,
            members: members, activities: activities)
    }

    struct MemberInput: Decodable, Sendable {
        var volunteerID: String?
    }

    @Sendable func addMember(request: Request, context: AppRequestContext) async throws -> TeamDetailResource {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        let body = try await request.decodeJSON(as: MemberInput.self, context: context)
        guard let volunteer = body.volunteerID, !volunteer.isEmpty else {
            throw AppError.validation([FieldError("volunteerID", .required)])
        }
        try await store.volunteerTeams.addMember(teamID: id, volunteerID: volunteer, by: principal)
        return try await detail(id, principal)
    }

    @Sendable func removeMember(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.manageVolunteers)
        try await store.volunteerTeams.removeMember(
            teamID: try context.parameters.require("id"), volunteerID: try context.parameters.require("volunteer"), by: principal)
        return .noContent
    }

    struct AssignInput: Decodable, Sendable {
        var activityID: String?
    }

    /// Gives an activity of the team's community to the team.
    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> TeamDetailResource {
        let principal = try context.require(.manageVolunteers)
        let id = try context.parameters.require("id")
        let body = try await request.decodeJSON(as: AssignInput.self, context: context)
        guard let activity = body.activityID, !activity.isEmpty else {
            throw AppError.validation([FieldError("activityID", .required)])
        }
        try await store.volunteerTeams.assign(activityID: activity, to: id, by: principal)
        return try await detail(id, principal)
    }

    // MARK: - Star thresholds

    struct SettingsResource: ResponseEncodable, Decodable, Sendable {
        var community: String?
        /// The hours each of the five stars starts at, lowest first.
        var starHours: [Int]?
    }

    @Sendable func settings(request: Request, context: AppRequestContext) async throws -> SettingsResource {
        let principal = try context.requirePrincipal()
        let community = PointsAPI.community(request, principal)
        let stars = try await store.volunteers.starThresholds(community: community, by: principal)
        return SettingsResource(community: community, starHours: stars.thresholds)
    }

    @Sendable func updateSettings(request: Request, context: AppRequestContext) async throws -> SettingsResource {
        let principal = try context.require(.manageVolunteers)
        let body = try await request.decodeJSON(as: SettingsResource.self, context: context)
        let community = body.community ?? PointsAPI.community(request, principal)
        let stars = try VolunteerStars.thresholds((body.starHours ?? []).map(String.init))
        try await store.volunteers.updateStarThresholds(stars, community: community, by: principal)
        return SettingsResource(community: community, starHours: stars.thresholds)
    }
}
