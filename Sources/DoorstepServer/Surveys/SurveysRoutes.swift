/// The paths `PublicSurveyPages` serves.
enum PublicSurveyRoute: String, RouteSet {
    case show = "/s/:id"
}

/// The paths `SurveyPages` serves.
enum SurveyRoute: String, RouteSet {
    case list = "/surveys"
    case compare = "/surveys/compare"
    case detail = "/surveys/:id"
    case answerAtDoor = "/surveys/:id/answers"
}

/// The paths `SurveysAPI` serves.
enum SurveysAPIRoute: String, APIRouteSet {
    case list = "/api/v1/surveys"
    case compare = "/api/v1/surveys/compare"
    case results = "/api/v1/surveys/:id/results"
    case replaceQuestions = "/api/v1/surveys/:id/questions"
    case answer = "/api/v1/surveys/:id/answers"
}
