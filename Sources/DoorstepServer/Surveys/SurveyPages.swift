import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 满意度测评 in the office and at the door: the surveys with each one's 满意率 and the answers behind it (for
/// their own place, or for a chosen place and period), a new survey with its questions, one survey's results by
/// estate and grid with the door-to-door form for a phone, and the before/after comparison.
struct SurveyPages: Sendable {
    let store: Store
    let pages: PageRenderer

    /// Rows the new-survey form offers for questions; blank ones are left out.
    static let questionRows = 6

    func register(on router: Router<AppRequestContext>) {
        router.get(SurveyRoute.list, use: list)
        router.post(SurveyRoute.list, use: create)
        router.get(SurveyRoute.compare, use: compare)
        router.get(SurveyRoute.detail, use: detail)
        router.post(SurveyRoute.answerAtDoor, use: answerAtDoor)
    }

    static func principal(_ context: AppRequestContext) throws -> Principal {
        let principal = try context.requirePrincipal()
        guard principal.mayRecordSurveyAnswers else { throw AppError.forbidden }
        return principal
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderList(request: request, context: context)
    }

    func renderList(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        var problems = errors
        var place: SurveyPlace?
        var period: ReportingPeriod?
        do {
            place = try SurveyDisplay.place(request)
            period = try ReportingQuery.asked(request)
        } catch let failure as ValidationFailure {
            problems += failure.errors
        }
        let figures: [SurveyPlaceFigure]
        do {
            figures = try await store.surveys.surveys(by: principal, place: place, closedIn: period)
        } catch let failure as ValidationFailure {
            problems += failure.errors
            figures = try await store.surveys.surveys(by: principal)
        }
        let options = try await store.surveys.places(by: principal)
        let today = CalendarDay(containing: Date())
        let showCommunity = principal.scope.level == .street
        let rows: [[String: Any]] = figures.indices.map { index -> [String: Any] in
            let figure = figures[index]
            let survey = figure.survey
            // The natural "before": the latest earlier survey that asked every household of the place compared — the
            // chosen place, which every listed survey covers, or else this survey's own.
            let target = place ?? survey.place
            let previous = figures[(index + 1)...].first { place != nil || $0.survey.covers(survey.place, lyingIn: survey.communityCode) }
            let compareHref = previous.map {
                SurveyRoute.compare.path().query(["before": $0.survey.id, "after": survey.id, "place": target.description])
            }
            return [
                "id": survey.id, "title": survey.title, "place": SurveyDisplay.place(survey.place.kind, survey.placeName, strings),
                "days": SurveyDisplay.days(survey, strings), "state": SurveyDisplay.state(survey, today: today, strings),
                "percent": SurveyDisplay.percent(figure.rate), "counts": Display.shown(SurveyDisplay.counts(figure.rate)),
                "answers": figure.rate.answers, "compareHref": Display.shown(compareHref),
            ]
        }
        let chosenPlace = place.flatMap { chosen in options.first { $0.place == chosen } }
        var model: [String: Any] = [
            "surveys": rows,
            "filterPlaces": SurveyDisplay.placeOptions(options, chosen: place?.description, showCommunity: showCommunity, strings),
            "from": period?.first.description ?? "", "to": period?.last.description ?? "",
            "ratesFor": Display.shown(chosenPlace.map { strings.format("survey_rates_for", ["place": SurveyDisplay.place($0.place.kind, $0.name, strings)]) }),
            "fieldErrors": Display.fieldErrors(problems, strings),
            "canCreate": principal.can(.manageServices),
        ]
        if principal.can(.manageServices) {
            let defaults = [strings["survey_default_overall"], strings["survey_default_environment"], strings["survey_default_comments"]]
            model["newSurvey"] = [
                "title": form["title"] ?? "",
                "places": SurveyDisplay.placeOptions(
                    options.filter { $0.place.kind != .community || principal.scope.contains(code: $0.place.id) },
                    chosen: form["place"], showCommunity: showCommunity, strings),
                "opensOn": form["opensOn"] ?? today.description, "closesOn": form["closesOn"] ?? today.adding(days: 14).description,
                "questionRows": (1...Self.questionRows).map { n -> [String: Any] in
                    let text = form.isEmpty ? (n <= defaults.count ? defaults[n - 1] : "") : (form["question\(n)"] ?? "")
                    let kind = form["kind\(n)"] ?? (n == defaults.count ? SurveyQuestionKind.text.rawValue : SurveyQuestionKind.scale.rawValue)
                    return [
                        "n": n, "text": text, "scale": kind != SurveyQuestionKind.text.rawValue,
                        "label": strings.format("survey_question_n", ["n": String(n)]),
                    ]
                },
            ] as [String: Any]
        }
        return pages.page("surveys", title: strings["survey_title"], model: model, context: context, status: status)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        return try await Form.submit(request, context: context, as: principal) { form in
            let questions = (1...Self.questionRows).compactMap { n -> NewSurveyQuestion? in
                let text = (form["question\(n)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : NewSurveyQuestion(kind: form["kind\(n)"] ?? SurveyQuestionKind.scale.rawValue, text: text)
            }
            let survey = try await store.surveys.create(
                NewSurvey(
                    title: form["title"] ?? "", place: form["place"] ?? "", opensOn: form["opensOn"] ?? "",
                    closesOn: form["closesOn"] ?? "", questions: questions),
                by: principal)
            return SurveyRoute.detail.path(survey.id)
        } refused: { errors, fields in
            try await renderList(request: request, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }
}
