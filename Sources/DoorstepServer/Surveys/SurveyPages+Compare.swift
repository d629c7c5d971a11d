import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

extension SurveyPages {
    /// Before and after for one place: choose two surveys and the place (by default the later survey's own); the
    /// answer is a sentence with both rates and their counts, and a table of every count behind it.
    @Sendable func compare(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let query = request.uri.queryParameters
        let beforeID = query["before"].map(String.init) ?? ""
        let afterID = query["after"].map(String.init) ?? ""
        let placeText = query["place"].map(String.init) ?? ""
        let surveys = try await store.surveys.surveys(by: principal)
        let options = try await store.surveys.places(by: principal)
        var errors: [FieldError] = []
        var comparison: SurveyComparison?
        // One survey named (a survey's own "compare" link) only fills in the form.
        if !beforeID.isEmpty && !afterID.isEmpty {
            do {
                comparison = try await store.surveys.compare(
                    before: beforeID, after: afterID, place: try SurveyDisplay.place(request), by: principal)
            } catch let failure as ValidationFailure {
                errors = failure.errors
            }
        }
        func choices(_ chosen: String) -> [[String: Any]] {
            surveys.map { figure in
                let survey = figure.survey
                let label = "\(survey.title)（\(SurveyDisplay.days(survey, strings))，\(SurveyDisplay.place(survey.place.kind, survey.placeName, strings))）"
                return ["id": survey.id, "label": label, "selected": survey.id == chosen] as [String: Any]
            }
        }
        var model: [String: Any] = [
            "beforeOptions": choices(beforeID), "afterOptions": choices(afterID),
            "places": SurveyDisplay.placeOptions(
                options, chosen: comparison?.place.description ?? placeText, showCommunity: principal.scope.level == .street, strings),
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        if let comparison {
            func side(_ figure: SurveyPlaceFigure) -> [String: Any] {
                [
                    "id": figure.survey.id, "title": figure.survey.title, "days": SurveyDisplay.days(figure.survey, strings),
                    "answers": figure.rate.answers, "satisfied": figure.rate.satisfied,
                    "percent": SurveyDisplay.percent(figure.rate),
                ]
            }
            let change = comparison.change.map { String(format: "%+.1f", $0) + strings["survey_points"] } ?? "—"
            model["comparison"] = [
                "placeName": SurveyDisplay.place(comparison.place.kind, comparison.placeName, strings),
                "summary": SurveyDisplay.change(comparison, strings),
                "before": side(comparison.before), "after": side(comparison.after), "change": change,
                "levelRows": Satisfaction.allCases.map { level in
                    [
                        "name": strings["satisfaction_\(level.rawValue)"],
                        "before": comparison.before.tally.count(of: level), "after": comparison.after.tally.count(of: level),
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
        return pages.page(
            "surveyCompare", title: strings["survey_compare_title"], model: model, context: context,
            status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
