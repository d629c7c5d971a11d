import DoorstepCore
import Foundation
import SQLKit

extension SurveyStore {
    /// A survey's results for those who record answers or run surveys: households that answered, the overall
    /// question's levels in total, by estate and by grid, every scale question's levels, and the free text — in
    /// full for those who run surveys, runs of digits masked for the others.
    public func results(surveyID: String, by principal: Principal) async throws -> SurveyResults {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        let fullText = principal.can(.manageServices)
        // Those who only record answers read the comments of their own territory (a grid worker: their grid's).
        let commentsSeen: SQLQueryString =
            fullText ? "1 = 1" : principal.scope.condition(street: "a.street_code", community: "a.community_code", grid: "a.grid_code")
        return try await database.read { sql in
            guard let survey = try await Self.survey(surveyID, where: principal.scope.communityCondition(), in: sql) else {
                throw StoreError.notFound
            }
            let answers = try await sql.raw("SELECT COUNT(*) AS n FROM survey_answers WHERE survey_id = \(bind: surveyID)").first()?
                .int("n") ?? 0
            var byQuestion: [Int: SatisfactionTally] = [:]
            var byEstate: [String: SatisfactionTally] = [:]
            var byGrid: [String: SatisfactionTally] = [:]
            let overall = survey.overallQuestion?.position
            for row in try await sql.raw(
                """
                SELECT a.estate_id, a.grid_code, r.position, r.level, COUNT(*) AS n
                FROM survey_responses r JOIN survey_answers a ON a.id = r.answer_id
                WHERE r.survey_id = \(bind: surveyID) AND r.level IS NOT NULL
                GROUP BY a.estate_id, a.grid_code, r.position, r.level
                """
            ).all() {
                guard let level = Satisfaction(rawValue: try row.string("level")) else { continue }
                let position = try row.int("position"), count = try row.int("n")
                byQuestion[position, default: SatisfactionTally()].add(level, count: count)
                guard position == overall else { continue }
                // "" stands for buildings that belong to no estate.
                byEstate[try row.optionalString("estate_id") ?? "", default: SatisfactionTally()].add(level, count: count)
                byGrid[try row.string("grid_code"), default: SatisfactionTally()].add(level, count: count)
            }
            let estateNames = try await Self.names(
                "SELECT id AS ref, name FROM estates WHERE community_code = \(bind: survey.communityCode)", in: sql)
            let gridNames = try await Self.names(
                "SELECT code AS ref, name FROM grids WHERE community_code = \(bind: survey.communityCode)", in: sql)
            let estates = byEstate.map { id, tally in
                SurveyPartTally(
                    place: id.isEmpty ? nil : SurveyPlace(kind: .estate, id: id), name: id.isEmpty ? "" : estateNames[id] ?? id, tally: tally)
            }.sorted { ($0.place == nil ? 1 : 0, $0.name) < ($1.place == nil ? 1 : 0, $1.name) }
            let grids = byGrid.map { code, tally in
                SurveyPartTally(place: SurveyPlace(kind: .grid, id: code), name: gridNames[code] ?? code, tally: tally)
            }.sorted { ($0.place?.id ?? "") < ($1.place?.id ?? "") }
            let comments = try await sql.raw(
                """
                SELECT r.position, r.text, a.answered_on, a.grid_code, b.name AS building_name
                FROM survey_responses r JOIN survey_answers a ON a.id = r.answer_id JOIN buildings b ON b.id = a.building_id
                WHERE r.survey_id = \(bind: surveyID) AND r.text IS NOT NULL AND \(commentsSeen)
                ORDER BY a.answered_on DESC, a.id, r.position LIMIT 500
                """
            ).all().map { row -> SurveyComment in
                let text = try row.string("text")
                return SurveyComment(
                    position: try row.int("position"), text: fullText ? text : Masking.freeText(text),
                    buildingName: try row.string("building_name"), gridCode: try row.string("grid_code"),
                    answeredOn: try row.string("answered_on"))
            }
            return SurveyResults(
                survey: survey, answers: answers, overall: overall.flatMap { byQuestion[$0] } ?? SatisfactionTally(),
                byEstate: estates, byGrid: grids,
                questions: survey.questions.filter { $0.kind == .scale }.map {
                    SurveyQuestionTally(question: $0, tally: byQuestion[$0.position] ?? SatisfactionTally())
                },
                comments: comments)
        }
    }

    /// The surveys of the caller's communities, newest first, each with its 满意率 and the answers behind it: for
    /// its own place, or with `place`, for that place among the surveys that cover it whole; with `closedIn`, only
    /// those whose last day fell in the period.
    public func surveys(by principal: Principal, place: SurveyPlace? = nil, closedIn period: ReportingPeriod? = nil, limit: Int = 200)
        async throws -> [SurveyPlaceFigure]
    {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        let visible = principal.scope.communityCondition("s.community_code")
        let closed: SQLQueryString =
            period.map { "AND s.closes_on >= \(bind: $0.first.description) AND s.closes_on <= \(bind: $0.last.description)" } ?? ""
        return try await database.read { sql in
            var placeCommunity: String?
            if let place {
                let (community, _) = try await Self.resolve(place, in: sql)
                guard principal.scope.contains(code: community) || principal.scope.code.hasPrefix(community) else {
                    throw ValidationFailure([FieldError("place", .outsideYourScope)])
                }
                placeCommunity = community
            }
            var questions: [String: [SurveyQuestion]] = [:]
            for row in try await sql.raw(
                """
                SELECT q.survey_id, q.position, q.kind, q.text FROM survey_questions q JOIN surveys s ON s.id = q.survey_id
                WHERE \(visible) \(closed) ORDER BY q.survey_id, q.position
                """
            ).all() {
                questions[try row.string("survey_id"), default: []].append(try Self.question(row))
            }
            var figures: [SurveyPlaceFigure] = []
            for row in try await sql.raw(
                "SELECT s.* FROM surveys s WHERE \(visible) \(closed) ORDER BY s.opens_on DESC, s.created_at DESC, s.id LIMIT \(bind: limit)"
            ).all() {
                let survey = try Self.survey(row, questions: questions[try row.string("id")] ?? [])
                if let place, let placeCommunity, !survey.covers(place, lyingIn: placeCommunity) { continue }
                figures.append(SurveyPlaceFigure(survey: survey, tally: try await Self.tally(of: survey, at: place ?? survey.place, in: sql)))
            }
            return figures
        }
    }

    /// Before and after for one place between two surveys of the caller's communities that both cover it whole;
    /// by default the later survey's own place. Each side counts only answers from households of the place.
    public func compare(before beforeID: String, after afterID: String, place: SurveyPlace? = nil, by principal: Principal)
        async throws -> SurveyComparison
    {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        var validator = Validator()
        if beforeID.isEmpty { validator.check("before", .required) }
        if afterID.isEmpty { validator.check("after", .required) }
        if !beforeID.isEmpty, beforeID == afterID { validator.check("after", .sameAsBefore) }
        try validator.throwIfAny()
        let visible = principal.scope.communityCondition()
        return try await database.read { sql in
            let earlier = try await Self.survey(beforeID, where: visible, in: sql)
            let later = try await Self.survey(afterID, where: visible, in: sql)
            var problems = Validator()
            if earlier == nil { problems.check("before", .notFound) }
            if later == nil { problems.check("after", .notFound) }
            try problems.throwIfAny()
            guard let before = earlier, let after = later else { throw StoreError.notFound }
            guard after.opensOn >= before.opensOn else { throw ValidationFailure([FieldError("after", .beforeStart)]) }
            let target = place ?? after.place
            let (community, name) = try await Self.resolve(target, in: sql)
            guard before.covers(target, lyingIn: community), after.covers(target, lyingIn: community) else {
                // Name the places that would do: either survey's own, where the other covers it too.
                let common = [before, after].filter { before.covers($0.place, lyingIn: $0.communityCode) && after.covers($0.place, lyingIn: $0.communityCode) }
                let names = Array(Set(common.map(\.placeName))).sorted()
                throw ValidationFailure([
                    names.isEmpty ? FieldError("after", .mismatch) : FieldError("place", .unknownValue(allowed: names))
                ])
            }
            return SurveyComparison(
                place: target, placeName: name,
                before: SurveyPlaceFigure(survey: before, tally: try await Self.tally(of: before, at: target, in: sql)),
                after: SurveyPlaceFigure(survey: after, tally: try await Self.tally(of: after, at: target, in: sql)))
        }
    }

    /// The overall question's levels among a survey's answers from households of `place`.
    static func tally(of survey: Survey, at place: SurveyPlace, in sql: any SQLDatabase) async throws -> SatisfactionTally {
        guard let overall = survey.overallQuestion else { return SatisfactionTally() }
        var tally = SatisfactionTally()
        for row in try await sql.raw(
            """
            SELECT r.level, COUNT(*) AS n FROM survey_responses r JOIN survey_answers a ON a.id = r.answer_id
            WHERE r.survey_id = \(bind: survey.id) AND r.position = \(bind: overall.position) AND r.level IS NOT NULL
                AND \(Self.inPlace(place, alias: "a"))
            GROUP BY r.level
            """
        ).all() {
            if let level = Satisfaction(rawValue: try row.string("level")) { tally.add(level, count: try row.int("n")) }
        }
        return tally
    }

    static func names(_ query: SQLQueryString, in sql: any SQLDatabase) async throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try await sql.raw(query).all() { names[try row.string("ref")] = try row.string("name") }
        return names
    }
}
