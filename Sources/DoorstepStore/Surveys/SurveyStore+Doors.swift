import DoorstepCore
import Foundation
import SQLKit

/// A building of a survey's place, as the door-to-door and public forms offer it.
public struct SurveyBuilding: Sendable, Equatable {
    public var id: String
    public var name: String
    public var gridCode: String
    /// Told apart by it where two grids of an estate both have a 1号楼.
    public var address: String
    /// Its estate's name, when it is in one.
    public var estateName: String?
}

/// A household of a building, and whether it has answered the survey yet.
public struct SurveyHousehold: Sendable, Equatable {
    public var id: String
    public var unit: String
    public var room: String
    public var answered: Bool
}

/// The doors a worker chooses from: the buildings of the survey's place, and the households of the one chosen.
public struct SurveyDoors: Sendable, Equatable {
    public var buildings: [SurveyBuilding]
    public var households: [SurveyHousehold]
}

/// What the public page shows of a survey: nothing personal — its questions while it is open, its buildings to
/// choose from, and once it has closed, the overall question's levels.
public struct PublicSurvey: Sendable, Equatable {
    public var survey: Survey
    public var communityName: String
    public var isOpen: Bool
    public var hasClosed: Bool
    public var buildings: [SurveyBuilding]
    /// Only once the survey has closed.
    public var results: SatisfactionTally?
}

extension SurveyStore {
    /// The buildings of a survey's place in the caller's territory, and with `buildingID` that building's
    /// households, each marked once it has answered: what a worker going door to door chooses from.
    public func doors(surveyID: String, buildingID: String?, by principal: Principal) async throws -> SurveyDoors {
        guard principal.mayRecordSurveyAnswers else { throw StoreError.forbidden }
        let buildingScope = principal.scope.condition(street: "b.street_code", community: "b.community_code", grid: "b.grid_code")
        let householdScope = principal.scope.condition(street: "h.street_code", community: "h.community_code", grid: "h.grid_code")
        return try await database.read { sql in
            guard let survey = try await Self.survey(surveyID, where: principal.scope.communityCondition(), in: sql) else {
                throw StoreError.notFound
            }
            let buildings = try await Self.buildings(of: survey, where: buildingScope, in: sql)
            guard let chosen = buildingID, buildings.contains(where: { $0.id == chosen }) else {
                return SurveyDoors(buildings: buildings, households: [])
            }
            let households = try await sql.raw(
                """
                SELECT h.id, h.unit, h.room, a.id AS answer_id FROM households h
                LEFT JOIN survey_answers a ON a.household_id = h.id AND a.survey_id = \(bind: surveyID)
                WHERE h.building_id = \(bind: chosen) AND \(householdScope)
                ORDER BY h.unit, h.room
                """
            ).all().map { row in
                SurveyHousehold(
                    id: try row.string("id"), unit: try row.string("unit"), room: try row.string("room"),
                    answered: try row.optionalString("answer_id") != nil)
            }
            return SurveyDoors(buildings: buildings, households: households)
        }
    }

    /// A survey as the public page shows it to anyone with its link.
    public func publicView(surveyID: String) async throws -> PublicSurvey {
        let today = CalendarDay(containing: clock())
        return try await database.read { sql in
            guard let survey = try await Self.survey(surveyID, where: "1 = 1", in: sql) else { throw StoreError.notFound }
            let community = try await sql.raw("SELECT name FROM communities WHERE code = \(bind: survey.communityCode)").first()?
                .string("name") ?? ""
            let isOpen = survey.isOpen(on: today)
            let hasClosed = today.description > survey.closesOn
            var buildings: [SurveyBuilding] = []
            if isOpen { buildings = try await Self.buildings(of: survey, where: "1 = 1", in: sql) }
            var results: SatisfactionTally?
            if hasClosed { results = try await Self.tally(of: survey, at: survey.place, in: sql) }
            return PublicSurvey(
                survey: survey, communityName: community, isOpen: isOpen, hasClosed: hasClosed, buildings: buildings, results: results)
        }
    }

    static func buildings(of survey: Survey, where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [SurveyBuilding] {
        try await sql.raw(
            """
            SELECT b.id, b.name, b.grid_code, b.address, e.name AS estate_name FROM buildings b LEFT JOIN estates e ON e.id = b.estate_id
            WHERE \(Self.inPlace(survey.place, alias: "b")) AND \(condition)
            ORDER BY COALESCE(e.name, ''), b.name, b.id
            """
        ).all().map { row in
            SurveyBuilding(
                id: try row.string("id"), name: try row.string("name"), gridCode: try row.string("grid_code"),
                address: try row.string("address"), estateName: try row.optionalString("estate_name"))
        }
    }
}
