import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Vanguard teams over JSON: set up, members, activities and the team's figures.
struct TeamsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(TeamsAPIRoute.teams, use: teams)
        router.post(TeamsAPIRoute.teams, use: create)
        router.get(TeamsAPIRoute.show, use: show)
        router.post(TeamsAPIRoute.addMembers, use: addMembers)
        router.get(TeamsAPIRoute.activities, use: activities)
        router.post(TeamsAPIRoute.activities, use: recordActivity)
        router.get(TeamsAPIRoute.figures, use: figures)
    }

    @Sendable func teams(request: Request, context: AppRequestContext) async throws -> ListPage<VanguardTeam> {
        ListPage(try await store.teams.teams(for: try context.require(.viewParty)))
    }

    struct TeamInput: Decodable, Sendable {
        var name: String?
        var communityCode: String?
        var memberIDs: [String]?
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<VanguardTeam> {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: TeamInput.self, context: context)
        return EditedResponse(
            status: .created,
            response: try await store.teams.create(
                name: body.name ?? "", communityCode: body.communityCode ?? principal.scope.communityCode ?? "",
                memberIDs: body.memberIDs ?? [], by: principal))
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> VanguardTeam {
        try await store.teams.team(try context.parameters.require("id"), for: try context.require(.viewParty))
    }

    @Sendable func addMembers(request: Request, context: AppRequestContext) async throws -> VanguardTeam {
        let principal = try context.require(.managePartyWork)
        let body = try await request.decodeJSON(as: TeamInput.self, context: context)
        let id = try context.parameters.require("id")
        try await store.teams.addMembers(body.memberIDs ?? [], to: id, by: principal)
        return try await store.teams.team(id, for: principal)
    }

    @Sendable func activities(request: Request, context: AppRequestContext) async throws -> ListPage<TeamActivity> {
        let principal = try context.require(.viewParty)
        return ListPage(try await store.teams.activities(
                of: try context.parameters.require("id"), period: try ReportingQuery.yearToDate(request), for: principal))
    }

    struct ActivityInput: Decodable, Sendable {
        var kind: TeamActivityKind?
        var title: String?
        var heldOn: String?
        var participantIDs: [String]?
        var result: String?
    }

    @Sendable func recordActivity(request: Request, context: AppRequestContext) async throws -> EditedResponse<TeamActivity> {
        let principal = try context.require(.viewParty)
        let body = try await request.decodeJSON(as: ActivityInput.self, context: context)
        guard let kind = body.kind else {
            throw AppError.validation([FieldError("kind", .unknownValue(allowed: TeamActivityKind.allCases.map(\.rawValue)))])
        }
        return EditedResponse(
            status: .created,
            response: try await store.teams.recordActivity(
                teamID: try context.parameters.require("id"), kind: kind, title: body.title ?? "", heldOn: body.heldOn ?? "",
                participantIDs: body.participantIDs ?? [], result: body.result ?? "", by: principal))
    }

    struct TeamFiguresResource: ResponseEncodable, Sendable {
        var teamID: String
        var from: String
        var to: String
        var members: Int
        var activities: [String: Int]
        var figures: [PartyWorkFiguresAPI.FigureResource]
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> TeamFiguresResource {
        let principal = try context.require(.viewParty)
        let period = try ReportingQuery.yearToDate(request)
        let figures = try await store.teams.figures(
            of: try context.parameters.require("id"), period: period, for: principal, counting: store.partyWork)
        return TeamFiguresResource(
            teamID: figures.teamID, from: period.first.description, to: period.last.description, members: figures.members,
            activities: Dictionary(uniqueKeysWithValues: TeamActivityKind.allCases.map { ($0.rawValue, figures.activities[$0] ?? 0) }),
            figures: PartyWorkFiguresAPI.resources(figures.figures, context.strings))
    }
}

extension VanguardTeam: ResponseEncodable {}
extension TeamActivity: ResponseEncodable {}
