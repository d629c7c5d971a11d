import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 红色先锋队 pages: the teams with their year's figures, one team's figures, members and activities, and the forms
/// that set a team up and record an outing.
struct TeamsPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(TeamsRoute.list, use: list)
        router.post(TeamsRoute.list, use: create)
        router.get(TeamsRoute.team, use: team)
        router.post(TeamsRoute.recordActivity, use: recordActivity)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderList(request: request, context: context)
    }

    func renderList(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let period = try ReportingQuery.yearToDate(request)
        var rows: [[String: Any]] = []
        for team in try await store.teams.teams(for: principal) {
            let figures = try await store.teams.figures(of: team.id, period: period, for: principal, counting: store.partyWork)
            rows.append([
                "id": team.id, "name": team.name, "members": figures.members,
                "counts": figures.figures.map { ["value": $0.count, "unit": strings.unit($0.measure.unitKey, count: $0.count)] },
            ])
        }
        var model: [String: Any] = [
            "teams": rows, "from": period.first.description, "to": period.last.description,
            "measures": PartyWorkMeasure.allCases.map { strings[$0.nameKey] },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        if principal.can(.managePartyWork), let community = principal.scope.communityCode {
            model["createForm"] = [
                "community": community,
                "candidates": try await store.party.members(for: principal).map {
                    ["id": $0.id, "name": $0.name, "checked": form["member_\($0.id)"] == "1"] as [String: Any]
                },
            ] as [String: Any]
        }
        return pages.page("teams", title: strings["teams_title"], model: model, context: context, status: status)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.managePartyWork)
        let form = try await Form.checked(request, context: context)
        do {
            let members = form.fields.filter { $0.key.hasPrefix("member_") && $0.value == "1" }.map { String($0.key.dropFirst(7)) }
            let team = try await store.teams.create(
                name: form["name"] ?? "", communityCode: form["community"] ?? "", memberIDs: members, by: principal)
            return redirect(to: TeamsRoute.team.path(team.id))
        } catch let failure as ValidationFailure {
            return try await renderList(
                request: request, context: context, errors: failure.errors, form: form.fields, status: .unprocessableContent)
        }
    }

    @Sendable func team(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderTeam(request: request, context: context)
    }

    func renderTeam(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        let id = try context.parameters.require("id")
        let period = try ReportingQuery.yearToDate(request)
        let team = try await store.teams.team(id, for: principal)
        let members = try await store.teams.members(of: id, for: principal)
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
        let figures = try await store.teams.figures(of: id, period: period, for: principal, counting: store.partyWork)
        let activities = try await store.teams.activities(of: id, period: period, for: principal)
        let me = try await store.party.signedInMember(principal)
        let model: [String: Any] = [
            "team": ["id": team.id, "name": team.name, "memberCount": members.count] as [String: Any],
            "from": period.first.description, "to": period.last.description,
            "memberNames": members.map(\.name).joined(separator: "、"),
            "figures": PartyWorkPages.figureCards(figures.figures, subject: .team(id), period: period, strings: strings),
            "kinds": TeamActivityKind.allCases.map {
                ["name": strings["activity_\($0.rawValue)"], "count": figures.activities[$0] ?? 0, "code": $0.rawValue,
                 "selected": form["kind"] == $0.rawValue] as [String: Any]
            },
            "activities": activities.map {
                [
                    "day": $0.heldOn, "kindName": strings["activity_\($0.kind.rawValue)"], "title": $0.title, "result": Display.shown($0.result),
                    "participants": $0.participantIDs.compactMap { names[$0] }.joined(separator: "、"),
                    "recorded": strings.format("teams_activity_recorded", ["visits": String($0.visits), "opinions": String($0.opinions)]),
                ]
            },
            "canRecord": principal.can(.managePartyWork) || me.map { team.memberIDs.contains($0.id) } == true,
            "participants": members.map { ["id": $0.id, "name": $0.name, "checked": form["participant_\($0.id)"] == "1"] as [String: Any] },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
            "today": CalendarDay(containing: Date()).description,
        ]
        return pages.page("team", title: team.name, model: model, context: context, status: status)
    }

    @Sendable func recordActivity(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            guard let kind = TeamActivityKind(rawValue: form["kind"] ?? "") else { throw ValidationFailure([FieldError("kind", .required)]) }
            let participants = form.fields.filter { $0.key.hasPrefix("participant_") && $0.value == "1" }
                .map { String($0.key.dropFirst(12)) }
            _ = try await store.teams.recordActivity(
                teamID: id, kind: kind, title: form["title"] ?? "", heldOn: form["heldOn"] ?? "", participantIDs: participants,
                result: form["result"] ?? "", by: principal)
            return redirect(to: TeamsRoute.team.path(id))
        } catch let failure as ValidationFailure {
            return try await renderTeam(
                request: request, context: context, errors: failure.errors, form: form.fields, status: .unprocessableContent)
        }
    }
}
