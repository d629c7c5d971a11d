/// How a question is answered.
public enum SurveyQuestionKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// On the five-level scale (非常满意 … 非常不满意).
    case scale
    /// In the resident's own words.
    case text
}

/// One question of a survey.
public struct SurveyQuestion: Sendable, Codable, Equatable, Hashable {
    /// 1-based, in the order asked.
    public var position: Int
    public var kind: SurveyQuestionKind
    public var text: String

    public init(position: Int, kind: SurveyQuestionKind, text: String) {
        self.position = position
        self.kind = kind
        self.text = text
    }

    /// How forms and the API name the answer to it: `q1`, `q2` …
    public var key: String { "q\(position)" }
}

/// A satisfaction survey (满意度测评) of one community, estate or grid, open for answers from its first day to
/// its last (China time). Its questions are fixed once the first answer arrives, so every answer counted answered
/// the same questions.
public struct Survey: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var place: SurveyPlace
    /// The place's name when the survey was set up: a survey is a record of its time.
    public var placeName: String
    public var title: String
    /// `YYYY-MM-DD`.
    public var opensOn: String
    /// `YYYY-MM-DD`, the last day answers are taken.
    public var closesOn: String
    public var questions: [SurveyQuestion]

    public init(
        id: String, communityCode: String, place: SurveyPlace, placeName: String, title: String, opensOn: String,
        closesOn: String, questions: [SurveyQuestion]
    ) {
        self.id = id
        self.communityCode = communityCode
        self.place = place
        self.placeName = placeName
        self.title = title
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.questions = questions
    }

    /// The question 满意率 is computed from: the first one on the scale.
    public var overallQuestion: SurveyQuestion? { questions.first { $0.kind == .scale } }

    /// Whether answers are taken on `day`.
    public func isOpen(on day: CalendarDay) -> Bool {
        // Days written `YYYY-MM-DD` order as text the way they order in time.
        day.description >= opensOn && day.description <= closesOn
    }

    /// Whether every household of `other` (which lies in `community`) was asked: the survey's own place, or any
    /// place of the community it covers whole. A grid is not covered by an estate survey, nor an estate by a grid
    /// survey, because their households only partly overlap.
    public func covers(_ other: SurveyPlace, lyingIn community: String) -> Bool {
        other == place || (place.kind == .community && community == communityCode)
    }
}
