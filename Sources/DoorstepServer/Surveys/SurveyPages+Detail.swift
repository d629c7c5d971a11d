import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

extension SurveyPages {
    @Sendable func detail(request: Request, context: AppRequestContext) async throws -> Response {
        let building = request.uri.queryParameters["building"].map(String.init)
        let flash = request.uri.queryParameters["recorded"] == "1" ? context.strings["survey_recorded"] : nil
        return try await renderDetail(
            id: try context.parameters.require("id"), building: building, context: context, flash: flash)
    }

    /// One survey: the door-to-door form while it is open (choose the building, then the household, then the
    /// answers; a household that has answered cannot be chosen again), then the results by estate and by grid.
    func renderDetail(
        id: String, building: String?, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok, flash: String? = nil
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let results = try await store.surveys.results(surveyID: id, by: principal)
        let survey = results.survey
        let today = CalendarDay(containing: Date())
        let open = survey.isOpen(on: today)
        var model: [String: Any] = [
            "survey": [
                "id": survey.id, "title": survey.title, "place": SurveyDisplay.place(survey.place.kind, survey.placeName, strings),
                "days": SurveyDisplay.days(survey, strings), "state": SurveyDisplay.state(survey, today: today, strings),
            ] as [String: Any],
            "publicLink": Display.shown(open ? PublicSurveyRoute.show.path(survey.id) : nil),
            "compareHref": SurveyRoute.compare.path().query(["after": survey.id]),
            "results": Self.results(results, strings),
            "fieldErrors": SurveyDisplay.errors(errors, survey: survey, strings),
        ]
        if open {
            let doors = try await store.surveys.doors(surveyID: survey.id, buildingID: building, by: principal)
            let chosen = doors.buildings.contains(where: { $0.id == building }) ? building : nil
            let households: [[String: Any]] = doors.households.map { household -> [String: Any] in
                var label = [household.unit, household.room].filter { !$0.isEmpty }.joined(separator: " ")
                if household.answered { label += " " + strings["survey_answered_mark"] }
                return ["id": household.id, "label": label, "answered": household.answered, "selected": form["householdID"] == household.id]
            }
            model["door"] = [
                "building": chosen ?? "",
                "buildings": doors.buildings.map {
                    ["id": $0.id, "label": SurveyDisplay.building($0), "selected": $0.id == chosen] as [String: Any]
                },
                "households": households,
                "hasHouseholds": !households.isEmpty,
                "noHouseholds": chosen != nil && households.isEmpty,
                "remaining": strings.format(
                    "survey_remaining", ["n": String(doors.households.filter { !$0.answered }.count), "total": String(doors.households.count)]),
                "questions": SurveyDisplay.questions(survey, form: form, strings),
            ] as [String: Any]
        }
        return pages.page("survey", title: survey.title, model: model, context: context, status: status, flash: flash)
    }

    /// The results as the page shows them: every rate beside its counts.
    static func results(_ results: SurveyResults, _ strings: Strings) -> [String: Any] {
        func part(_ part: SurveyPartTally) -> [String: Any] {
            let rate = part.tally.rate
            return [
                "name": part.place == nil ? strings["survey_no_estate"] : part.name, "percent": SurveyDisplay.percent(rate),
                "satisfied": rate.satisfied, "answers": rate.answers,
            ]
        }
        let rate = results.overall.rate
        let comments: [[String: Any]] = results.comments.map { comment -> [String: Any] in
            let question = results.survey.questions.first { $0.position == comment.position }?.text ?? ""
            return [
                "text": comment.text, "question": question,
                "where": "\(comment.buildingName) · \(comment.answeredOn)",
            ]
        }
        return [
            "answers": results.answers, "percent": SurveyDisplay.percent(rate),
            "counts": strings.format("survey_counts", ["satisfied": String(rate.satisfied), "answers": String(rate.answers)]),
            "overallQuestion": results.survey.overallQuestion?.text ?? "",
            "levels": SurveyDisplay.levels(results.overall, strings),
            "byEstate": results.byEstate.map(part), "byGrid": results.byGrid.map(part),
            "questions": results.questions.map { question -> [String: Any] in
                let rate = question.tally.rate
                return [
                    "text": question.question.text, "percent": SurveyDisplay.percent(rate), "satisfied": rate.satisfied,
                    "answers": rate.answers,
                ]
            },
            "comments": comments, "hasComments": !comments.isEmpty,
        ]
    }

    /// An answer recorded at the door; back to the same building for the next household.
    @Sendable func answerAtDoor(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let householdID = form["householdID"] ?? ""
            guard !householdID.isEmpty else { throw ValidationFailure([FieldError("householdID", .required)]) }
            _ = try await store.surveys.answer(surveyID: id, householdID: householdID, answers: form.fields, by: principal)
            return SurveyRoute.detail.path(id).query(["building": form["building"] ?? "", "recorded": "1"])
        } refused: { errors, fields in
            try await renderDetail(
                id: id, building: fields["building"], context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }
}
