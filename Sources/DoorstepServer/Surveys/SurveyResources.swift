import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// A survey as the API shows it.
struct SurveyResource: ResponseEncodable, Sendable {
    struct Question: Encodable, Sendable {
        /// How answers name it: `q1`, `q2` …
        var key: String
        var position: Int
        var kind: SurveyQuestionKind
        var text: String
    }

    var id: String
    var communityCode: String
    /// `community:…`, `estate:…` or `grid:…`.
    var place: String
    var placeName: String
    var title: String
    var opensOn: String
    var closesOn: String
    var questions: [Question]
    /// The key of the question 满意率 is computed from.
    var overallQuestion: String?
    /// The page residents answer on, without signing in.
    var publicPath: String

    init(_ survey: Survey) {
        id = survey.id
        communityCode = survey.communityCode
        place = survey.place.description
        placeName = survey.placeName
        title = survey.title
        opensOn = survey.opensOn
        closesOn = survey.closesOn
        questions = survey.questions.map { Question(key: $0.key, position: $0.position, kind: $0.kind, text: $0.text) }
        overallQuestion = survey.overallQuestion?.key
        publicPath = PublicSurveyRoute.show.path(survey.id).description
    }
}

/// 满意率 with what it is made of: the households satisfied, the households that answered, the rate (null when
/// nobody answered) and every level's count.
struct RateResource: Encodable, Sendable {
    var satisfied: Int
    var answers: Int
    var percent: Double?
    /// Households per level (`verySatisfied` … `veryDissatisfied`).
    var levels: [String: Int]
    /// The rate with its counts in words, as the pages show it.
    var text: String

    init(_ tally: SatisfactionTally, _ strings: Strings) {
        let rate = tally.rate
        satisfied = rate.satisfied
        answers = rate.answers
        percent = rate.percent
        levels = Dictionary(uniqueKeysWithValues: Satisfaction.allCases.map { ($0.rawValue, tally.count(of: $0)) })
        text = SurveyDisplay.rate(rate, strings)
    }
}

/// One survey with its 满意率 for a place.
struct SurveyFigureResource: Encodable, Sendable {
    var survey: SurveyResource
    var rate: RateResource

    init(_ figure: SurveyPlaceFigure, _ strings: Strings) {
        survey = SurveyResource(figure.survey)
        rate = RateResource(figure.tally, strings)
    }
}

/// A survey's results.
struct SurveyResultsResource: ResponseEncodable, Sendable {
    struct Part: Encodable, Sendable {
        /// `estate:…` or `grid:…`; null for buildings in no estate.
        var place: String?
        var name: String
        var rate: RateResource
    }

    struct Question: Encodable, Sendable {
        var key: String
        var text: String
        var rate: RateResource
    }

    var survey: SurveyResource
    /// Households that answered.
    var answers: Int
    /// The overall question's 满意率.
    var rate: RateResource
    /// The definition (口径) of the rate.
    var definition: String
    var byEstate: [Part]
    var byGrid: [Part]
    var questions: [Question]
    var comments: [SurveyComment]

    init(_ results: SurveyResults, _ strings: Strings) {
        survey = SurveyResource(results.survey)
        answers = results.answers
        rate = RateResource(results.overall, strings)
        definition = strings["survey_rate_definition"]
        byEstate = results.byEstate.map {
            Part(place: $0.place?.description, name: $0.place == nil ? strings["survey_no_estate"] : $0.name, rate: RateResource($0.tally, strings))
        }
        byGrid = results.byGrid.map { Part(place: $0.place?.description, name: $0.name, rate: RateResource($0.tally, strings)) }
        questions = results.questions.map { Question(key: $0.question.key, text: $0.question.text, rate: RateResource($0.tally, strings)) }
        comments = results.comments
    }
}

/// Before and after for one place.
struct SurveyComparisonResource: ResponseEncodable, Sendable {
    var place: String
    var placeName: String
    var before: SurveyFigureResource
    var after: SurveyFigureResource
    /// Percentage points from before to after; null when either side has no answers from the place.
    var change: Double?
    /// The comparison in a sentence, counts included.
    var summary: String
    var definition: String

    init(_ comparison: SurveyComparison, _ strings: Strings) {
        place = comparison.place.description
        placeName = comparison.placeName
        before = SurveyFigureResource(comparison.before, strings)
        after = SurveyFigureResource(comparison.after, strings)
        change = comparison.change
        summary = SurveyDisplay.change(comparison, strings)
        definition = strings["survey_rate_definition"]
    }
}

/// A recorded answer.
struct SurveyAnswerResource: ResponseEncodable, Sendable {
    var id: String
    var surveyID: String
    var householdID: String
    var channel: SurveyChannel
    var answeredOn: String

    init(_ answer: SurveyAnswer) {
        id = answer.id
        surveyID = answer.surveyID
        householdID = answer.householdID
        channel = answer.channel
        answeredOn = answer.answeredOn
    }
}
