import DoorstepCore
import Foundation
import SQLKit

/// Satisfaction surveys (满意度测评, S4): set up for a community, an estate or a grid by those who run services;
/// answered once per household, at the door or by residents on a public page; read as results by place, by period
/// and as a before/after comparison between two surveys.
public struct SurveyStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Sets up a survey of a place in the caller's territory; the place's community is the survey's.
    public func create(_ new: NewSurvey, by principal: Principal) async throws -> Survey {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let checked = try new.validated()
        let now = clock()
        let id = Secrets.identifier()
        return try await database.write { sql in
            let (community, name) = try await Self.resolve(checked.place, in: sql)
            guard principal.scope.contains(code: community) else {
                throw ValidationFailure([FieldError("place", .outsideYourScope)])
            }
            let survey = Survey(
                id: id, communityCode: community, place: checked.place, placeName: name, title: checked.title,
                opensOn: checked.opensOn.description, closesOn: checked.closesOn.description, questions: checked.questions)
            try await sql.raw(
                """
                INSERT INTO surveys (id, street_code, community_code, place_kind, place_id, place_name, title, opens_on, closes_on,
                    created_by, created_at)
                VALUES (\(bind: survey.id), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community),
                    \(bind: survey.place.kind.rawValue), \(bind: survey.place.id), \(bind: survey.placeName), \(bind: survey.title),
                    \(bind: survey.opensOn), \(bind: survey.closesOn), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await Self.insert(survey.questions, of: survey.id, in: sql)
            return survey
        }
    }

    /// Replaces a survey's questions, until its first answer: after that they are fixed, so that every answer
    /// counted answered the same questions.
    public func replaceQuestions(surveyID: String, with given: [NewSurveyQuestion], by principal: Principal) async throws -> Survey {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        let questions = NewSurvey.check(given, in: &validator)
        try validator.throwIfAny()
        let lock = database.engine.rowLock
        return try await database.write { sql in
            // The survey's row is the questions' lock: an answer arriving at the same moment waits for it (FOR SHARE).
            guard var survey = try await Self.survey(surveyID, where: principal.scope.communityCondition(), lock: lock, in: sql) else {
                throw StoreError.notFound
            }
            if try await sql.raw("SELECT id FROM survey_answers WHERE survey_id = \(bind: surveyID) LIMIT 1").first() != nil {
                throw ValidationFailure([FieldError("answers", .alreadyExists)])
            }
            try await sql.raw("DELETE FROM survey_questions WHERE survey_id = \(bind: surveyID)").run()
            try await Self.insert(questions, of: surveyID, in: sql)
            survey.questions = questions
            return survey
        }
    }

    /// One survey of the caller's communities, for those who record answers or read results.
    public func survey(id: String, by principal: Principal) async throws -> Survey {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        return try await database.read { sql in
            guard let survey = try await Self.survey(id, where: principal.scope.communityCondition(), in: sql) else {
                throw StoreError.notFound
            }
            return survey
        }
    }

    /// The places a survey may cover in the caller's territory: each community whole, its estates and its grids.
    public func places(by principal: Principal) async throws -> [SurveyPlaceOption] {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        return try await database.read { sql in
            var options: [SurveyPlaceOption] = []
            let communities = try await sql.raw(
                "SELECT code, name FROM communities WHERE \(principal.scope.communityCondition("code")) ORDER BY code"
            ).all()
            for community in communities {
                let code = try community.string("code")
                let name = try community.string("name")
                options.append(SurveyPlaceOption(place: SurveyPlace(kind: .community, id: code), name: name, communityName: name))
                for estate in try await sql.raw("SELECT id, name FROM estates WHERE community_code = \(bind: code) ORDER BY name").all() {
                    options.append(
                        SurveyPlaceOption(
                            place: SurveyPlace(kind: .estate, id: try estate.string("id")), name: try estate.string("name"), communityName: name))
                }
                for grid in try await sql.raw("SELECT code, name FROM grids WHERE community_code = \(bind: code) ORDER BY code").all() {
                    options.append(
                        SurveyPlaceOption(
                            place: SurveyPlace(kind: .grid, id: try grid.string("code")), name: try grid.string("name"), communityName: name))
                }
            }
            return options
        }
    }

    // MARK: - Shared

    /// The community a place lies in and its name; a place that does not exist is refused on `place`.
    static func resolve(_ place: SurveyPlace, in sql: any SQLDatabase) async throws -> (community: String, name: String) {
        let query: SQLQueryString =
            switch place.kind {
            case .community: "SELECT code AS community_code, name FROM communities WHERE code = \(bind: place.id)"
            case .estate: "SELECT community_code, name FROM estates WHERE id = \(bind: place.id)"
            case .grid: "SELECT community_code, name FROM grids WHERE code = \(bind: place.id)"
            }
        let row = try await sql.raw(query).first()
        guard let row else { throw ValidationFailure([FieldError("place", .notFound)]) }
        return (try row.string("community_code"), try row.string("name"))
    }

    /// The survey with `id` whose row matches `condition` (over the surveys table's own territory columns).
    static func survey(
        _ id: String, where condition: SQLQueryString, lock: SQLQueryString = "", in sql: any SQLDatabase
    ) async throws -> Survey? {
        guard let row = try await sql.raw("SELECT * FROM surveys WHERE id = \(bind: id) AND \(condition)\(lock)").first() else {
            return nil
        }
        let questions = try await sql.raw(
            "SELECT position, kind, text FROM survey_questions WHERE survey_id = \(bind: id) ORDER BY position"
        ).all().map(Self.question)
        return try survey(row, questions: questions)
    }

    static func survey(_ row: any SQLRow, questions: [SurveyQuestion]) throws -> Survey {
        Survey(
            id: try row.string("id"), communityCode: try row.string("community_code"),
            place: SurveyPlace(kind: SurveyPlaceKind(rawValue: try row.string("place_kind")) ?? .community, id: try row.string("place_id")),
            placeName: try row.string("place_name"), title: try row.string("title"), opensOn: try row.string("opens_on"),
            closesOn: try row.string("closes_on"), questions: questions)
    }

    static func question(_ row: any SQLRow) throws -> SurveyQuestion {
        SurveyQuestion(
            position: try row.int("position"), kind: SurveyQuestionKind(rawValue: try row.string("kind")) ?? .text,
            text: try row.string("text"))
    }

    static func insert(_ questions: [SurveyQuestion], of surveyID: String, in sql: any SQLDatabase) async throws {
        for question in questions {
            try await sql.raw(
                """
                INSERT INTO survey_questions (survey_id, position, kind, text)
                VALUES (\(bind: surveyID), \(bind: question.position), \(bind: question.kind.rawValue), \(bind: question.text))
                """
            ).run()
        }
    }

    /// The condition that keeps rows of a table with a building's columns (`estate_id`, `grid_code`,
    /// `community_code`, under `alias`) to a place.
    static func inPlace(_ place: SurveyPlace, alias: String) -> SQLQueryString {
        switch place.kind {
        case .community: "\(unsafeRaw: alias).community_code = \(bind: place.id)"
        case .estate: "\(unsafeRaw: alias).estate_id = \(bind: place.id)"
        case .grid: "\(unsafeRaw: alias).grid_code = \(bind: place.id)"
        }
    }
}

/// A place a survey may cover, as a form offers it.
public struct SurveyPlaceOption: Sendable, Equatable {
    public var place: SurveyPlace
    public var name: String
    /// The community it lies in (itself, for a community).
    public var communityName: String
}
