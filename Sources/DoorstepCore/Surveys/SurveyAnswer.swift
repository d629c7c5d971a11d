import Foundation

/// How an answer came in.
public enum SurveyChannel: String, Sendable, Codable, CaseIterable, Hashable {
    /// Recorded by staff or a grid worker at the door.
    case doorToDoor
    /// Given by a resident on the public page, who proved the household by its registered phone.
    case publicPage
}

/// One question's answer: a level for a scale question, words for a free-text one.
public struct SurveyResponse: Sendable, Codable, Equatable, Hashable {
    public var position: Int
    public var level: Satisfaction?
    public var text: String?

    public init(position: Int, level: Satisfaction? = nil, text: String? = nil) {
        self.position = position
        self.level = level
        self.text = text
    }
}

/// A household's answer to a survey: one per household per survey.
public struct SurveyAnswer: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var surveyID: String
    public var householdID: String
    public var channel: SurveyChannel
    /// `YYYY-MM-DD`.
    public var answeredOn: String
    public var responses: [SurveyResponse]

    public init(
        id: String, surveyID: String, householdID: String, channel: SurveyChannel, answeredOn: String, responses: [SurveyResponse]
    ) {
        self.id = id
        self.surveyID = surveyID
        self.householdID = householdID
        self.channel = channel
        self.answeredOn = answeredOn
        self.responses = responses
    }
}

extension Survey {
    public static let maximumTextAnswer = 500

    /// Reads the answers given by question key (`q1` → `satisfied`, `q3` → free text), every bad one named by its
    /// key: the overall question must be answered, the others may be left blank; a scale answer is one of the five
    /// levels; free text is at most 500 characters. Keys that are not `q` and a number are not answers and are
    /// passed over (a form carries other fields); a number that is not a question is refused.
    public func responses(from given: [String: String]) throws(ValidationFailure) -> [SurveyResponse] {
        var validator = Validator()
        var responses: [SurveyResponse] = []
        let byKey = Dictionary(uniqueKeysWithValues: questions.map { ($0.key, $0) })
        for key in given.keys.sorted() where key.hasPrefix("q") && key.count > 1 && key.dropFirst().allSatisfy(\.isASCIIDigit) {
            if byKey[key] == nil { validator.check(key, .notFound) }
        }
        for question in questions {
            let value = (given[question.key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else {
                if question == overallQuestion { validator.check(question.key, .required) }
                continue
            }
            switch question.kind {
            case .scale:
                if let level = Satisfaction(rawValue: value) {
                    responses.append(SurveyResponse(position: question.position, level: level))
                } else {
                    validator.check(question.key, .unknownValue(allowed: Satisfaction.allCases.map(\.rawValue)))
                }
            case .text:
                if value.count > Self.maximumTextAnswer {
                    validator.check(question.key, .tooLong(maximum: Self.maximumTextAnswer))
                } else {
                    responses.append(SurveyResponse(position: question.position, text: value))
                }
            }
        }
        try validator.throwIfAny()
        return responses
    }
}
