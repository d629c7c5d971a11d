import Foundation

/// A question as it is written on a form or sent to the API, before checking.
public struct NewSurveyQuestion: Sendable, Codable, Equatable, Hashable {
    /// `scale` or `text`.
    public var kind: String
    public var text: String

    public init(kind: String, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A survey as it is set up: checked all at once, every bad field named.
public struct NewSurvey: Sendable, Equatable {
    public var title: String
    /// `community:…`, `estate:…` or `grid:…`.
    public var place: String
    /// `YYYY-MM-DD`.
    public var opensOn: String
    /// `YYYY-MM-DD`.
    public var closesOn: String
    public var questions: [NewSurveyQuestion]

    public init(title: String, place: String, opensOn: String, closesOn: String, questions: [NewSurveyQuestion]) {
        self.title = title
        self.place = place
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.questions = questions
    }

    /// The survey ready to store.
    public struct Checked: Sendable, Equatable {
        public var title: String
        public var place: SurveyPlace
        public var opensOn: CalendarDay
        public var closesOn: CalendarDay
        public var questions: [SurveyQuestion]
    }

    public static let maximumQuestions = 20

    public func validated() throws(ValidationFailure) -> Checked {
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        let place = SurveyPlace(parsing: self.place)
        if place == nil {
            validator.check("place", self.place.trimmingCharacters(in: .whitespaces).isEmpty ? .required : .unknownValue(allowed: SurveyPlace.writtenForms))
        }
        let days = validator.span("opensOn", opensOn, "closesOn", closesOn)
        let questions = Self.check(self.questions, in: &validator)
        try validator.throwIfAny()
        return Checked(
            title: title.trimmingCharacters(in: .whitespacesAndNewlines), place: place!, opensOn: days!.0, closesOn: days!.1,
            questions: questions)
    }

    /// Checks a survey's questions: one to twenty, each written and of a known kind, at least one on the scale (the
    /// first such is the overall question 满意率 is computed from). Problems are reported on `questions`, except a
    /// missing scale question, on `overallQuestion`.
    public static func check(_ given: [NewSurveyQuestion], in validator: inout Validator) -> [SurveyQuestion] {
        let written = given.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !$0.kind.isEmpty }
        var questions: [SurveyQuestion] = []
        var problems: [FieldProblem] = []
        if written.isEmpty { problems.append(.required) }
        if written.count > maximumQuestions { problems.append(.tooLong(maximum: maximumQuestions)) }
        for question in written {
            let text = question.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let kind = SurveyQuestionKind(rawValue: question.kind)
            if text.isEmpty { problems.append(.required) }
            if text.count > 200 { problems.append(.tooLong(maximum: 200)) }
            if kind == nil { problems.append(.unknownValue(allowed: SurveyQuestionKind.allCases.map(\.rawValue))) }
            if let kind, !text.isEmpty { questions.append(SurveyQuestion(position: questions.count + 1, kind: kind, text: text)) }
        }
        // The same problem once, however many questions have it.
        var seen: Set<FieldProblem> = []
        for problem in problems where seen.insert(problem).inserted { validator.check("questions", problem) }
        if !written.isEmpty, !written.contains(where: { $0.kind == SurveyQuestionKind.scale.rawValue }) {
            validator.check("overallQuestion", .required)
        }
        return questions
    }
}
