import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Satisfaction surveys over JSON: set up, list with 满意率 by place and period, results, answers recorded at the
/// door, and the before/after comparison — the same store calls as the pages, so both count alike.
struct SurveysAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(SurveysAPIRoute.list, use: list)
        router.post(SurveysAPIRoute.list, use: create)
        router.get(SurveysAPIRoute.compare, use: compare)
        router.get(SurveysAPIRoute.results, use: results)
        router.put(SurveysAPIRoute.replaceQuestions, use: replaceQuestions)
        router.post(SurveysAPIRoute.answer, use: answer)
    }

    struct QuestionInput: Decodable, Sendable {
        var kind: String?
        var text: String?

        var question: NewSurveyQuestion { NewSurveyQuestion(kind: kind ?? "", text: text ?? "") }
    }

    struct SurveyInput: Decodable, Sendable {
        var title: String?
        var place: String?
        var opensOn: String?
        var closesOn: String?
        var questions: [QuestionInput]?
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<SurveyResource> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: SurveyInput.self, context: context)
        let survey = try await store.surveys.create(
            NewSurvey(
                title: body.title ?? "", place: body.place ?? "", opensOn: body.opensOn ?? "", closesOn: body.closesOn ?? "",
                questions: (body.questions ?? []).map(\.question)),
            by: principal)
        return EditedResponse(status: .created, response: SurveyResource(survey))
    }

    struct QuestionsInput: Decodable, Sendable {
        var questions: [QuestionInput]?
    }

    @Sendable func replaceQuestions(request: Request, context: AppRequestContext) async throws -> SurveyResource {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: QuestionsInput.self, context: context)
        return SurveyResource(
            try await store.surveys.replaceQuestions(
                surveyID: try context.parameters.require("id"), with: (body.questions ?? []).map(\.question), by: principal))
    }

    /// The surveys of the caller's communities with their 满意率: `place` reads it for that place among the surveys
    /// that cover it whole; `from` and `to` keep those that closed in the period.
    @Sendable func list(request: Request, context: AppRequestContext) async throws -> ListPage<SurveyFigureResource> {
        let principal = try context.requirePrincipal()
        let figures = try await store.surveys.surveys(
            by: principal, place: try SurveyDisplay.place(request), closedIn: try ReportingQuery.asked(request))
        return ListPage(figures.map { SurveyFigureResource($0, context.strings) })
    }

    @Sendable func results(request: Request, context: AppRequestContext) async throws -> SurveyResultsResource {
        let principal = try context.requirePrincipal()
        let results = try await store.surveys.results(surveyID: try context.parameters.require("id"), by: principal)
        return SurveyResultsResource(results, context.strings)
    }

    struct AnswerInput: Decodable, Sendable {
        var householdID: String?
        /// By question key: `{"q1": "satisfied", "q3": "…"}`.
        var answers: [String: String]?
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> EditedResponse<SurveyAnswerResource> {
        let principal = try context.requirePrincipal()
        let body = try await request.decodeJSON(as: AnswerInput.self, context: context)
        let householdID = body.householdID ?? ""
        guard !householdID.isEmpty else { throw AppError.validation([FieldError("householdID", .required)]) }
        let answer = try await store.surveys.answer(
            surveyID: try context.parameters.require("id"), householdID: householdID, answers: body.answers ?? [:], by: principal)
        return EditedResponse(status: .created, response: SurveyAnswerResource(answer))
    }

    /// `before` and `after` (survey ids) and optionally `place`, by default the later survey's own.
    @Sendable func compare(request: Request, context: AppRequestContext) async throws -> SurveyComparisonResource {
        let principal = try context.requirePrincipal()
        let query = request.uri.queryParameters
        let comparison = try await store.surveys.compare(
            before: query["before"].map(String.init) ?? "", after: query["after"].map(String.init) ?? "",
            place: try SurveyDisplay.place(request), by: principal)
        return SurveyComparisonResource(comparison, context.strings)
    }
}
