import DoorstepCore
import Foundation
import SQLKit

/// What the office takes up for work at the source: a recurring problem (`Hotspot`) made a topic from a day on.
public struct NewTopic: Sendable {
    public var gridCode: String
    public var buildingID: String?
    public var categoryCode: String
    public var title: String
    public var startedOn: String

    public init(gridCode: String, buildingID: String?, categoryCode: String, title: String, startedOn: String) {
        self.gridCode = gridCode
        self.buildingID = buildingID
        self.categoryCode = categoryCode
        self.title = title
        self.startedOn = startedOn
    }
}

extension FigureStore {
    /// Hotspots of the last 90 days with their cases in the 90 days before: the candidates for 每月一题, those with most
    /// cases first and, among equals, those growing fastest.
    public func topicCandidates(in code: String, by principal: Principal, limit: Int = 5) async throws -> [TopicCandidate] {
        let today = CalendarDay(containing: clock())
        let recent = ReportingPeriod(first: today.adding(days: -89), last: today)
        let hotspots = try await hotspots(in: code, period: recent, by: principal, limit: 50)
        let before = recent.previous
        var candidates: [TopicCandidate] = []
        for hotspot in hotspots {
            candidates.append(TopicCandidate(hotspot: hotspot, casesBefore: try await cases(like: hotspot.placeCode, hotspot.buildingID, hotspot.categoryCode, in: before)))
        }
        return Array(
            candidates.sorted {
                ($0.hotspot.cases, $0.hotspot.cases - $0.casesBefore) > ($1.hotspot.cases, $1.hotspot.cases - $1.casesBefore)
            }.prefix(limit))
    }

    /// Takes a recurring problem up as a topic; the office of its community.
    public func takeUp(_ topic: NewTopic, by principal: Principal) async throws -> ProactiveTopic {
        guard principal.can(.manageCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        let title = topic.title.trimmingCharacters(in: .whitespacesAndNewlines)
        validator.text("title", title, maximum: 100)
        let day = CalendarDay(iso: topic.startedOn)
        if day == nil { validator.check("startedOn", .dateFormat) }
        if let day, day > CalendarDay(containing: clock()) { validator.check("startedOn", .dateFormat) }
        try validator.throwIfAny()
        guard let grid = principal.narrowed(to: topic.gridCode), grid.scope.level == .grid else {
            throw ValidationFailure([FieldError("gridCode", .outsideYourScope)])
        }
        let id = UUID().uuidString.lowercased()
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard let category = try await sql.raw(
                "SELECT name FROM case_categories WHERE code = \(bind: topic.categoryCode) ORDER BY version DESC LIMIT 1"
            ).first()?.string("name") else { throw ValidationFailure([FieldError("categoryCode", .notFound)]) }
            if let building = topic.buildingID,
                try await sql.raw("SELECT id FROM buildings WHERE id = \(bind: building) AND grid_code = \(bind: topic.gridCode)").first() == nil
            {
                throw ValidationFailure([FieldError("buildingID", .notFound)])
            }
            try await sql.raw(
                """
                INSERT INTO proactive_topics (id, street_code, community_code, grid_code, building_id, category_code, category_name, title,
                    started_on, created_by, created_at)
                VALUES (\(bind: id), \(bind: TerritoryCode.streetCode(of: topic.gridCode)), \(bind: TerritoryCode.communityCode(of: topic.gridCode) ?? ""),
                    \(bind: topic.gridCode), \(bind: topic.buildingID), \(bind: topic.categoryCode), \(bind: category), \(bind: title),
                    \(bind: day!.description), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(by: principal, .topicTakenUp, subject: "topic:\(id)", territoryCode: topic.gridCode, detail: ["category": topic.categoryCode]),
                at: now, in: sql, engine: engine)
        }
        guard let made = try await topics(in: topic.gridCode, by: principal).first(where: { $0.id == id }) else { throw StoreError.notFound }
        return made
    }

    /// The topics of a territory, newest first, each with the cases of its kind and place before and after it began.
    public func topics(in code: String, by principal: Principal) async throws -> [ProactiveTopic] {
        let scope = try Self.territory(code, principal)
        let today = CalendarDay(containing: clock())
        let rows = try await database.read { sql in
            try await sql.raw(
                """
                SELECT t.*, g.name AS grid_name, b.name AS building_name FROM proactive_topics t JOIN grids g ON g.code = t.grid_code
                LEFT JOIN buildings b ON b.id = t.building_id
                WHERE \(scope.condition(street: "t.street_code", community: "t.community_code", grid: "t.grid_code")) ORDER BY t.started_on DESC, t.id
                """
            ).all()
        }
        var topics: [ProactiveTopic] = []
        for row in rows {
            guard let start = CalendarDay(iso: try row.string("started_on")) else { continue }
            let days = ProactiveTopic.window(from: start, today: today)
            let grid = try row.string("grid_code"), building = try row.optionalString("building_id"), category = try row.string("category_code")
            let before = ReportingPeriod(first: start.adding(days: -days), last: start.adding(days: -1))
            let after = ReportingPeriod(first: start, last: start.adding(days: days - 1))
            topics.append(
                ProactiveTopic(
                    id: try row.string("id"), communityCode: try row.string("community_code"), gridCode: grid, buildingID: building,
                    place: [try row.string("grid_name"), try row.optionalString("building_name")].compactMap { $0 }.joined(separator: " "),
                    categoryCode: category, categoryName: try row.string("category_name"), title: try row.string("title"), startedOn: start,
                    days: days, casesBefore: try await cases(like: grid, building, category, in: before),
                    casesAfter: try await cases(like: grid, building, category, in: after)))
        }
        return topics
    }

    /// Cases of a kind at a place (a building, or the whole grid) reported in a period.
    func cases(like grid: String, _ building: String?, _ category: String, in period: ReportingPeriod) async throws -> Int {
        let place: SQLQueryString = building.map { "building_id = \(bind: $0)" } ?? "1 = 1"
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM cases WHERE grid_code = \(bind: grid) AND category_code = \(bind: category) AND \(place)
                AND merged_into IS NULL AND created_at >= \(bind: Timestamp.format(period.start)) AND created_at < \(bind: Timestamp.format(period.end))
                """
            ).first()?.int("n") ?? 0
        }
    }
}
