/// A survey's overall question read for one place: the levels its households gave and the rate they make.
public struct SurveyPlaceFigure: Sendable, Equatable {
    public var survey: Survey
    public var tally: SatisfactionTally

    public init(survey: Survey, tally: SatisfactionTally) {
        self.survey = survey
        self.tally = tally
    }

    public var rate: SatisfactionRate { tally.rate }
}

/// The overall question's levels for a part of a survey's place: an estate or a grid. `place` is nil for the
/// households of buildings that belong to no estate.
public struct SurveyPartTally: Sendable, Equatable {
    public var place: SurveyPlace?
    public var name: String
    public var tally: SatisfactionTally

    public init(place: SurveyPlace?, name: String, tally: SatisfactionTally) {
        self.place = place
        self.name = name
        self.tally = tally
    }
}

/// One scale question's levels over the whole survey.
public struct SurveyQuestionTally: Sendable, Equatable {
    public var question: SurveyQuestion
    public var tally: SatisfactionTally

    public init(question: SurveyQuestion, tally: SatisfactionTally) {
        self.question = question
        self.tally = tally
    }
}

/// One free-text answer, with where and when it was given (down to the building, never the room).
public struct SurveyComment: Sendable, Codable, Equatable, Hashable {
    public var position: Int
    public var text: String
    public var buildingName: String
    public var gridCode: String
    /// `YYYY-MM-DD`.
    public var answeredOn: String

    public init(position: Int, text: String, buildingName: String, gridCode: String, answeredOn: String) {
        self.position = position
        self.text = text
        self.buildingName = buildingName
        self.gridCode = gridCode
        self.answeredOn = answeredOn
    }
}

/// Everything a survey's answers add up to: households that answered, the overall question's levels (whose rate
/// is the survey's 满意率) in total and by estate and by grid, every scale question's levels, and the free text.
public struct SurveyResults: Sendable, Equatable {
    public var survey: Survey
    /// Households that answered.
    public var answers: Int
    public var overall: SatisfactionTally
    public var byEstate: [SurveyPartTally]
    public var byGrid: [SurveyPartTally]
    public var questions: [SurveyQuestionTally]
    /// In full for those who run surveys; runs of digits masked for the grid workers who record answers.
    public var comments: [SurveyComment]

    public init(
        survey: Survey, answers: Int, overall: SatisfactionTally, byEstate: [SurveyPartTally], byGrid: [SurveyPartTally],
        questions: [SurveyQuestionTally], comments: [SurveyComment]
    ) {
        self.survey = survey
        self.answers = answers
        self.overall = overall
        self.byEstate = byEstate
        self.byGrid = byGrid
        self.questions = questions
        self.comments = comments
    }
}

/// Before and after for one place between two surveys that both cover it: "满意率由 X%（a/b）升至 Y%（c/d）",
/// the counts always beside the rates.
public struct SurveyComparison: Sendable, Equatable {
    public var place: SurveyPlace
    public var placeName: String
    public var before: SurveyPlaceFigure
    public var after: SurveyPlaceFigure

    public init(place: SurveyPlace, placeName: String, before: SurveyPlaceFigure, after: SurveyPlaceFigure) {
        self.place = place
        self.placeName = placeName
        self.before = before
        self.after = after
    }

    /// Percentage points from before to after; nil when either survey has no answers from the place.
    public var change: Double? { before.rate.pointsChange(to: after.rate) }
}
