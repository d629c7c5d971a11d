import DoorstepCore
import Foundation
import SQLKit

extension SurveyStore {
    /// A resident may get a household's phone wrong this many times a day per survey; then the page stops checking
    /// phones for that household, so it cannot be used to find out which phone belongs to which door.
    public static let refusalsPerDay = 5

    /// Records a household's answer at the door: staff or a grid worker, for a household in their territory and in
    /// the survey's place, while the survey is open. A second answer for the household is refused on `householdID`.
    public func answer(surveyID: String, householdID: String, answers given: [String: String], by principal: Principal) async throws
        -> SurveyAnswer
    {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let lock = database.engine.shareLock
        let scope = principal.scope.condition(street: "h.street_code", community: "h.community_code", grid: "h.grid_code")
        do {
            return try await database.write { sql in
                guard let survey = try await Self.survey(surveyID, where: principal.scope.communityCondition(), lock: lock, in: sql) else {
                    throw StoreError.notFound
                }
                let responses = try Self.openResponses(survey, given, at: now)
                guard let household = try await sql.raw(
                    """
                    SELECT h.id, h.building_id, h.street_code, h.community_code, h.grid_code, b.estate_id
                    FROM households h JOIN buildings b ON b.id = h.building_id
                    WHERE h.id = \(bind: householdID) AND \(scope)
                    """
                ).first() else { throw ValidationFailure([FieldError("householdID", .notFound)]) }
                let place = try HouseholdPlace(household)
                guard place.lies(in: survey) else {
                    throw ValidationFailure([FieldError("householdID", .unknownValue(allowed: [survey.placeName]))])
                }
                return try await Self.insert(
                    survey: survey, household: place, channel: .doorToDoor, responses: responses, recordedBy: principal.accountID,
                    at: now, in: sql)
            }
        } catch where isUniqueViolation(error) {
            // Another answer for the household won the race since the check in `insert`.
            throw ValidationFailure([FieldError("householdID", .alreadyExists)])
        }
    }

    /// A resident answers on the public page, without signing in: they name their building (one of the survey's
    /// place), unit and room, and the phone registered for a resident of that household, which is matched by its
    /// keyed hash and never stored with the answer. A household that is not there and a phone that is not its own
    /// are refused alike on `phone`, so the page tells nobody which doors exist; a refusal is counted, and after
    /// `refusalsPerDay` of them the household's phone is not checked again until a day has passed.
    public func answerPublicly(
        surveyID: String, buildingID: String, unit: String, room: String, phone: String, answers given: [String: String]
    ) async throws -> SurveyAnswer {
        var validator = Validator()
        validator.text("buildingID", buildingID, maximum: 64)
        validator.text("room", room, maximum: 20)
        if unit.count > 20 { validator.check("unit", .tooLong(maximum: 20)) }
        var phoneIndex = ""
        if phone.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.check("phone", .required)
        } else {
            switch PhoneNumber.parse(phone) {
            case .success(let number): phoneIndex = keys.blindIndex(number.value, context: SealedColumn.residentPhone.context)
            case .failure(let problem): validator.check("phone", problem)
            }
        }
        try validator.throwIfAny()
        let now = clock()
        let since = Timestamp.format(now.addingTimeInterval(-86_400))
        let lock = database.engine.shareLock
        let rowLock = database.engine.rowLock
        let typedUnit = SurveyAddress.normalized(unit), typedRoom = SurveyAddress.normalized(room)
        let index = phoneIndex
        let outcome: PublicOutcome
        do {
            outcome = try await database.write { sql -> PublicOutcome in
                guard let survey = try await Self.survey(surveyID, where: "1 = 1", lock: lock, in: sql) else { throw StoreError.notFound }
                let responses = try Self.openResponses(survey, given, at: now)
                guard let building = try await sql.raw(
                    "SELECT b.id FROM buildings b WHERE b.id = \(bind: buildingID) AND \(Self.inPlace(survey.place, alias: "b"))"
                ).first() else { throw ValidationFailure([FieldError("buildingID", .notFound)]) }
                let households = try await sql.raw(
                    """
                    SELECT h.id, h.building_id, h.street_code, h.community_code, h.grid_code, h.unit, h.room, b.estate_id
                    FROM households h JOIN buildings b ON b.id = h.building_id
                    WHERE h.building_id = \(bind: try building.string("id"))
                    """
                ).all()
                var found: (any SQLRow)?
                for row in households {
                    let rowUnit = SurveyAddress.normalized(try row.string("unit"))
                    let rowRoom = SurveyAddress.normalized(try row.string("room"))
                    if rowUnit == typedUnit && rowRoom == typedRoom {
                        found = row
                        break
                    }
                }
                guard let household = found else { return .refused }
                let place = try HouseholdPlace(household)
                // The household's row is the guesses' lock: tries at once take turns, so the cap holds for all of them.
                _ = try await sql.raw("SELECT id FROM households WHERE id = \(bind: place.householdID)\(rowLock)").first()
                let refusals = try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM survey_refusals
                    WHERE survey_id = \(bind: survey.id) AND household_id = \(bind: place.householdID) AND at > \(bind: since)
                    """
                ).first()?.int("n") ?? 0
                guard refusals < Self.refusalsPerDay else {
                    throw ValidationFailure([FieldError("phone", .capReached(maximum: Self.refusalsPerDay))])
                }
                guard try await sql.raw(
                    """
                    SELECT id FROM residents
                    WHERE household_id = \(bind: place.householdID) AND phone_index = \(bind: index) AND anonymised_at IS NULL
                    LIMIT 1
                    """
                ).first() != nil else {
                    // Counted in the same transaction as the check, so the next try sees it.
                    try await sql.raw(
                        """
                        INSERT INTO survey_refusals (id, survey_id, household_id, at)
                        VALUES (\(bind: Secrets.identifier()), \(bind: surveyID), \(bind: place.householdID), \(bind: Timestamp.format(now)))
                        """
                    ).run()
                    return .refused
                }
                return .answered(
                    try await Self.insert(
                        survey: survey, household: place, channel: .publicPage, responses: responses, recordedBy: nil, at: now,
                        in: sql))
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("householdID", .alreadyExists)])
        }
        switch outcome {
        case .answered(let answer):
            return answer
        case .refused:
            throw ValidationFailure([FieldError("phone", .mismatch)])
        }
    }

    private enum PublicOutcome: Sendable {
        case answered(SurveyAnswer)
        case refused
    }

    /// The answers checked against the survey's questions, while it is open.
    static func openResponses(_ survey: Survey, _ given: [String: String], at now: Date) throws -> [SurveyResponse] {
        guard survey.isOpen(on: CalendarDay(containing: now)) else { throw ValidationFailure([FieldError("surveyID", .notOpen)]) }
        return try survey.responses(from: given)
    }

    static func insert(
        survey: Survey, household: HouseholdPlace, channel: SurveyChannel, responses: [SurveyResponse], recordedBy: String?,
        at now: Date, in sql: any SQLDatabase
    ) async throws -> SurveyAnswer {
        if try await sql.raw(
            "SELECT id FROM survey_answers WHERE survey_id = \(bind: survey.id) AND household_id = \(bind: household.householdID)"
        ).first() != nil {
            throw ValidationFailure([FieldError("householdID", .alreadyExists)])
        }
        let answer = SurveyAnswer(
            id: Secrets.identifier(), surveyID: survey.id, householdID: household.householdID, channel: channel,
            answeredOn: CalendarDay(containing: now).description, responses: responses)
        try await sql.raw(
            """
            INSERT INTO survey_answers (id, survey_id, household_id, building_id, street_code, community_code, grid_code, estate_id,
                channel, recorded_by, answered_on, created_at)
            VALUES (\(bind: answer.id), \(bind: survey.id), \(bind: household.householdID), \(bind: household.buildingID),
                \(bind: household.streetCode), \(bind: household.communityCode), \(bind: household.gridCode), \(bind: household.estateID),
                \(bind: channel.rawValue), \(bind: recordedBy), \(bind: answer.answeredOn), \(bind: Timestamp.format(now)))
            """
        ).run()
        for response in responses {
            try await sql.raw(
                """
                INSERT INTO survey_responses (answer_id, survey_id, position, level, text)
                VALUES (\(bind: answer.id), \(bind: survey.id), \(bind: response.position), \(bind: response.level?.rawValue),
                    \(bind: response.text))
                """
            ).run()
        }
        return answer
    }
}

/// Where a household stood when it answered: what an answer keeps, so results by place do not move with later
/// changes to the registry.
struct HouseholdPlace: Sendable {
    var householdID: String
    var buildingID: String
    var streetCode: String
    var communityCode: String
    var gridCode: String
    var estateID: String?

    init(_ row: any SQLRow) throws {
        householdID = try row.string("id")
        buildingID = try row.string("building_id")
        streetCode = try row.string("street_code")
        communityCode = try row.string("community_code")
        gridCode = try row.string("grid_code")
        estateID = try row.optionalString("estate_id")
    }

    func lies(in survey: Survey) -> Bool {
        switch survey.place.kind {
        case .community: communityCode == survey.place.id
        case .estate: estateID == survey.place.id
        case .grid: gridCode == survey.place.id
        }
    }
}
