import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The page residents answer a survey on, from a link or a QR code the community posts: no account, big type
/// unless they turn it off, and nothing personal shown. They prove the household with the phone registered for
/// it, which is checked and not kept.
struct PublicSurveyPages: Sendable {
    let store: Store
    let pages: PageRenderer
    let cookies: CookieFactory

    func register(on router: Router<AppRequestContext>) {
        router.get(PublicSurveyRoute.show, use: show)
        router.post(PublicSurveyRoute.show, use: submit)
    }

    /// Renders with the public pages' own CSRF cookie (there may be no session) and large type by default: many
    /// who answer are elderly.
    private func render(
        _ model: [String: Any], title: String, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let asked = request.uri.queryParameters["large"].map(String.init)
        let remembered = request.cookies[PublicCasePages.largeCookie]?.value
        let large = asked.map { $0 == "1" } ?? (remembered.map { $0 == "1" } ?? true)
        let token = request.cookies[PublicCasePages.csrfCookie]?.value ?? Secrets.token()
        var response = pages.page(
            "publicSurvey", title: title, model: model, context: context, status: status, extraCSRF: token, large: large)
        response.setCookie(cookies.make(name: PublicCasePages.csrfCookie, value: token, request: request))
        if let asked {
            response.setCookie(
                cookies.make(name: PublicCasePages.largeCookie, value: asked == "1" ? "1" : "0", request: request, maxAge: 365 * 86400))
        }
        return response
    }

    /// The form carries the public cookie's token, or the session's when someone signed in (staff trying the
    /// page) opens it: the page renders whichever the layout put in.
    private func checkCSRF(_ fields: [String: String], request: Request, context: AppRequestContext) throws {
        guard let given = fields["_csrf"] else { throw AppError.csrfFailed }
        let expected = [request.cookies[PublicCasePages.csrfCookie]?.value, context.session?.csrfToken].compactMap { $0 }
        guard expected.contains(where: { Secrets.constantTimeEquals($0, given) }) else { throw AppError.csrfFailed }
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderSurvey(
            id: try context.parameters.require("id"), request: request, context: context,
            thanks: request.uri.queryParameters["thanks"] == "1")
    }

    private func renderSurvey(
        id: String, request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        thanks: Bool = false, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let strings = context.strings
        let shown = try await store.surveys.publicView(surveyID: id)
        let survey = shown.survey
        var model: [String: Any] = [
            "survey": [
                "id": survey.id, "title": survey.title, "community": shown.communityName,
                "place": SurveyDisplay.place(survey.place.kind, survey.placeName, strings), "days": SurveyDisplay.days(survey, strings),
            ] as [String: Any],
            "thanks": thanks, "open": shown.isOpen && !thanks, "closed": shown.hasClosed,
            "upcoming": Display.shown(
                !shown.isOpen && !shown.hasClosed ? strings.format("survey_public_upcoming", ["opens": survey.opensOn]) : nil),
            "form": form, "buildings": [] as [[String: Any]], "questions": [] as [[String: Any]], "results": false,
            "fieldErrors": SurveyDisplay.errors(errors, survey: survey, strings),
        ]
        if shown.isOpen {
            model["buildings"] = shown.buildings.map {
                ["id": $0.id, "label": SurveyDisplay.building($0), "selected": $0.id == form["buildingID"]] as [String: Any]
            }
            model["questions"] = SurveyDisplay.questions(survey, form: form, strings)
        }
        if let results = shown.results {
            model["results"] = [
                "rate": SurveyDisplay.rate(results.rate, strings), "levels": SurveyDisplay.levels(results, strings),
            ] as [String: Any]
        }
        return render(model, title: survey.title, request: request, context: context, status: status)
    }

    @Sendable func submit(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = try await Form.read(request)
        try checkCSRF(form.fields, request: request, context: context)
        try await store.auth.admitPublicPost(context)
        do {
            _ = try await store.surveys.answerPublicly(
                surveyID: id, buildingID: form["buildingID"] ?? "", unit: form["unit"] ?? "", room: form["room"] ?? "",
                phone: form["phone"] ?? "", answers: form.fields)
            return redirect(to: PublicSurveyRoute.show.path(id).query(["thanks": "1"]))
        } catch let failure as ValidationFailure {
            return try await renderSurvey(
                id: id, request: request, context: context, errors: failure.errors, form: form.typed, status: .unprocessableContent)
        }
    }
}
