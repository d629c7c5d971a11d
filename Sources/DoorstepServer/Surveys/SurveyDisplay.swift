import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// How surveys are put into words, the same on every page and in the API: rates always with the counts behind
/// them, places with their kind, refusals in the words a resident or a worker at the door understands.
enum SurveyDisplay {
    /// `62.5%`, or `—` when nobody answered.
    static func percent(_ rate: SatisfactionRate) -> String {
        Percentage(rate.satisfied, of: rate.answers).text
    }

    /// `62.5%（25/40）`, or "no answers".
    static func rate(_ rate: SatisfactionRate, _ strings: Strings) -> String {
        guard rate.answers > 0 else { return strings["survey_no_answers"] }
        return strings.format(
            "survey_rate_value", ["percent": percent(rate), "satisfied": String(rate.satisfied), "answers": String(rate.answers)])
    }

    /// `25/40`, or empty when nobody answered.
    static func counts(_ rate: SatisfactionRate) -> String {
        rate.answers > 0 ? "\(rate.satisfied)/\(rate.answers)" : ""
    }

    static func place(_ kind: SurveyPlaceKind, _ name: String, _ strings: Strings) -> String {
        strings.format("survey_place_\(kind.rawValue)", ["name": name])
    }

    static func days(_ survey: Survey, _ strings: Strings) -> String {
        strings.format("survey_days_value", ["opens": survey.opensOn, "closes": survey.closesOn])
    }

    static func state(_ survey: Survey, today: CalendarDay, _ strings: Strings) -> String {
        if survey.isOpen(on: today) { return strings["survey_state_open"] }
        return today.description < survey.opensOn ? strings["survey_state_upcoming"] : strings["survey_state_closed"]
    }

    /// Each level with its count, best first.
    static func levels(_ tally: SatisfactionTally, _ strings: Strings) -> [[String: Any]] {
        Satisfaction.allCases.map { ["name": strings["satisfaction_\($0.rawValue)"], "count": tally.count(of: $0)] as [String: Any] }
    }

    /// The sentence a comparison comes to, with the counts behind both rates; when either survey has no answers
    /// from the place, it says so instead of a rate of nothing.
    static func change(_ comparison: SurveyComparison, _ strings: Strings) -> String {
        let before = comparison.before, after = comparison.after
        guard let change = comparison.change else {
            let missing =
                before.rate.answers == 0 && after.rate.answers == 0
                ? strings["survey_neither"]
                : strings.format("survey_titled", ["title": (before.rate.answers == 0 ? before : after).survey.title])
            return strings.format("survey_change_missing", ["place": comparison.placeName, "which": missing])
        }
        let key = change > 0 ? "survey_change_rose" : change < 0 ? "survey_change_fell" : "survey_change_same"
        return strings.format(
            key,
            [
                "place": comparison.placeName, "before": rate(before.rate, strings), "after": rate(after.rate, strings),
                "points": String(format: "%.1f", abs(change)),
            ])
    }

    /// The refusals as a page lists them: the common ones in plain words, an answer named by its question.
    static func errors(_ errors: [FieldError], survey: Survey?, _ strings: Strings) -> [[String: String]] {
        errors.map { error in
            let message: String
            switch (error.field, error.problem) {
            case ("householdID", .alreadyExists): message = strings["survey_error_answered"]
            case ("phone", .mismatch): message = strings["survey_error_phone"]
            case ("phone", .capReached): message = strings["survey_error_guesses"]
            case ("answers", .alreadyExists): message = strings["survey_error_questions_fixed"]
            case ("surveyID", .notOpen):
                message = strings.format(
                    "survey_error_not_open", ["opens": survey?.opensOn ?? "", "closes": survey?.closesOn ?? ""])
            default:
                if let question = survey?.questions.first(where: { $0.key == error.field }) {
                    message = "\(question.position). \(question.text): \(strings.message(for: error.problem))"
                } else {
                    message = "\(strings.fieldName(error.field)): \(strings.message(for: error.problem))"
                }
            }
            return ["field": error.field, "message": message]
        }
    }

    /// The questions as a form asks them, with what was chosen or typed kept when the form comes back.
    static func questions(_ survey: Survey, form: [String: String], _ strings: Strings) -> [[String: Any]] {
        let overall = survey.overallQuestion
        return survey.questions.map { question in
            let required = question == overall
            let given = form[question.key] ?? ""
            return [
                "key": question.key, "position": question.position, "text": question.text, "required": required,
                "isScale": question.kind == .scale, "isText": question.kind == .text, "value": given,
                "levels": Satisfaction.allCases.map { level in
                    [
                        "key": question.key, "code": level.rawValue, "name": strings["satisfaction_\(level.rawValue)"],
                        "inputID": "\(question.key)-\(level.rawValue)", "checked": given == level.rawValue, "required": required,
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
    }

    /// A building as forms offer it: `幸福小区 1号楼（幸福路 3 号）` — the address tells apart two grids' 1号楼.
    static func building(_ building: SurveyBuilding) -> String {
        let name = [building.estateName, building.name].compactMap { $0 }.joined(separator: " ")
        return building.address.isEmpty ? name : "\(name)（\(building.address)）"
    }

    /// The places offered in a form's list, the chosen one marked.
    static func placeOptions(_ options: [SurveyPlaceOption], chosen: String?, showCommunity: Bool, _ strings: Strings)
        -> [[String: Any]]
    {
        options.map { option in
            var label = place(option.place.kind, option.name, strings)
            if showCommunity && option.place.kind != .community { label = "\(option.communityName) · \(label)" }
            return ["value": option.place.description, "label": label, "selected": option.place.description == chosen] as [String: Any]
        }
    }


    /// The place a request names (`place`), if any.
    static func place(_ request: Request) throws -> SurveyPlace? {
        guard let text = request.uri.queryParameters["place"].map(String.init), !text.isEmpty else { return nil }
        guard let place = SurveyPlace(parsing: text) else {
            throw ValidationFailure([FieldError("place", .unknownValue(allowed: SurveyPlace.writtenForms))])
        }
        return place
    }
}
