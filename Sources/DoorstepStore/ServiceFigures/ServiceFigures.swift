import DoorstepCore
import Foundation
import SQLKit

/// The figures of volunteering and co-building for a territory over a period, counted from the volunteers, teams,
/// confirmed sign-ups, agreements, commitments, projects and deliveries themselves, and the records behind each.
/// Every measure's records are rows of one shape, as in the Party-work figures (decision 20): one sum and one list
/// serve them all.
public struct ServiceFigures: Sendable {
    let database: Database

    public func figures(period: ReportingPeriod, for principal: Principal) async throws -> [ServiceFigure] {
        let filter = try Self.filter(principal)
        return try await database.read { sql in
            var figures: [ServiceFigure] = []
            for measure in ServiceMeasure.allCases {
                let value = try await sql.raw(
                    "SELECT CAST(COALESCE(SUM(x.amount), 0) AS BIGINT) AS n FROM (\(Self.rows(measure, period: period))) x WHERE \(filter)"
                ).first()?.int("n")
                figures.append(ServiceFigure(measure: measure, value: value ?? 0))
            }
            return figures
        }
    }

    /// The records a figure counted, newest first.
    public func records(_ measure: ServiceMeasure, period: ReportingPeriod, for principal: Principal, limit: Int = 200)
        async throws -> [FigureRecord]
    {
        let filter = try Self.filter(principal)
        return try await database.read { sql in
            var records = try await sql.raw(
                "SELECT * FROM (\(Self.rows(measure, period: period))) x WHERE \(filter) ORDER BY x.day DESC, x.id DESC LIMIT \(bind: limit)"
            ).all().map {
                FigureRecord(
                    kind: try $0.string("kind"), id: try $0.string("id"), day: Self.chinaDay(try $0.string("day")),
                    summary: try $0.string("summary"), by: try $0.optionalString("by_name") ?? "")
            }
            if measure == .peopleServed {
                // A delivery is named by its project: looked up for the rows shown, not joined for every row counted.
                var titles: [String: String] = [:]
                for id in Set(records.map(\.by)) {
                    titles[id] = try await sql.raw("SELECT title FROM projects WHERE id = \(bind: id)").first()?.string("title")
                }
                records = records.map { record in
                    var named = record
                    named.by = titles[record.by] ?? ""
                    if named.summary.isEmpty { named.summary = named.by }
                    return named
                }
            }
            return records
        }
    }

    /// A row's day: a day already, or the China day of a stored UTC time.
    static func chinaDay(_ text: String) -> String {
        guard text.count > 10, let time = Timestamp.parse(text) else { return text }
        return CalendarDay(containing: time).description
    }

    static func filter(_ principal: Principal) throws -> SQLQueryString {
        // The records name volunteers and partners' contacts in full: the office's.
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return principal.scope.communityCondition("x.community_code")
    }

    /// Each measure's records as rows of kind, id, day, summary, by_name, amount and community_code.
    static func rows(_ measure: ServiceMeasure, period: ReportingPeriod) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        // Times are stored as UTC instants: the period is compared as the instants of its China days.
        let end = Timestamp.format(period.end)
        let start = Timestamp.format(period.start)
        switch measure {
        case .registeredVolunteers:
            return """
                SELECT 'volunteer' AS kind, v.id, v.registered_on AS day, v.name AS summary, v.phone_masked AS by_name,
                    1 AS amount, v.community_code
                FROM volunteers v WHERE v.registered_on <= \(bind: last)
                """
        case .volunteerTeams:
            return """
                SELECT 'volunteerTeam' AS kind, t.id, t.created_at AS day, t.name AS summary, '' AS by_name,
                    1 AS amount, t.community_code
                FROM volunteer_teams t WHERE t.created_at < \(bind: end)
                """
        case .volunteerHours:
            return """
                SELECT 'signup' AS kind, s.id, s.confirmed_at AS day, a.title AS summary, v.name AS by_name,
                    s.confirmed_half_hours AS amount, a.community_code
                FROM signups s JOIN volunteer_activities a ON a.id = s.activity_id JOIN volunteers v ON v.id = s.volunteer_id
                WHERE s.confirmed_at >= \(bind: start) AND s.confirmed_at < \(bind: end)
                """
        case .partnersWithAgreements:
            return """
                SELECT 'partner' AS kind, p.id, MIN(g.starts_on) AS day, p.name AS summary, p.contact_name AS by_name,
                    1 AS amount, p.community_code
                FROM partners p JOIN agreements g ON g.partner_id = p.id
                WHERE g.starts_on <= \(bind: last) AND g.ends_on >= \(bind: first)
                GROUP BY p.id, p.name, p.contact_name, p.community_code
                """
        case .commitmentsFulfilled:
            return """
                SELECT 'commitment' AS kind, c.id, c.fulfilled_on AS day, c.content AS summary, c.owner AS by_name,
                    1 AS amount, g.community_code
                FROM commitments c JOIN agreements g ON g.id = c.agreement_id
                WHERE c.fulfilled_on >= \(bind: first) AND c.fulfilled_on <= \(bind: last)
                """
        case .projects:
            return """
                SELECT 'project' AS kind, p.id, p.starts_on AS day, p.title AS summary, p.owner AS by_name, 1 AS amount,
                    p.community_code
                FROM projects p WHERE p.starts_on <= \(bind: last) AND p.ends_on >= \(bind: first)
                """
        case .peopleServed:
            return """
                SELECT 'delivery' AS kind, d.id, d.day, d.note AS summary, p.title AS by_name, d.people_reached AS amount,
                    d.community_code
                FROM project_deliveries d JOIN projects p ON p.id = d.project_id
                WHERE d.day >= \(bind: first) AND d.day <= \(bind: last)
                """
        }
    }
}
