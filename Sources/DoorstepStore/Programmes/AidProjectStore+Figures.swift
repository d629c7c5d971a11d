import DoorstepCore
import Foundation
import SQLKit

extension AidProjectStore {
    /// The aid figures for the projects the caller may see over a period, each counted from the records and given
    /// with them (newest first, up to `recordLimit`), so every figure opens to what it counted. People reached opens
    /// to the residents, masked, whoever asks.
    public func figures(period: ReportingPeriod, for principal: Principal, recordLimit: Int = 200) async throws -> [AidFigure] {
        let visible = try Self.visibleProjects(principal)
        return try await database.read { sql in
            var figures: [AidFigure] = []
            for measure in AidMeasure.allCases {
                let rows = Self.rows(measure, period: period, visible: visible)
                let count = try await sql.raw("SELECT COUNT(*) AS n FROM (\(rows)) x").first()?.int("n") ?? 0
                var records: [FigureRecord] = []
                if recordLimit > 0 { records = try await Self.figureRecords(rows, limit: recordLimit, in: sql) }
                figures.append(AidFigure(measure: measure, count: count, records: records))
            }
            return figures
        }
    }

    /// The records one figure counted, newest first.
    public func records(_ measure: AidMeasure, period: ReportingPeriod, for principal: Principal, limit: Int = 1_000)
        async throws -> [FigureRecord]
    {
        let visible = try Self.visibleProjects(principal)
        return try await database.read { sql in
            try await Self.figureRecords(Self.rows(measure, period: period, visible: visible), limit: limit, in: sql)
        }
    }

    static func figureRecords(_ rows: SQLQueryString, limit: Int, in sql: any SQLDatabase) async throws -> [FigureRecord] {
        try await sql.raw("SELECT * FROM (\(rows)) x ORDER BY x.day DESC, x.id LIMIT \(bind: limit)").all().map { row in
            FigureRecord(
                kind: try row.string("kind"), id: try row.string("id"), day: try row.string("day"), summary: try row.string("label"),
                by: try row.string("by_name"))
        }
    }

    /// Each measure's records as rows of one shape — kind, id, day, label, by whom — for the projects `visible`
    /// (aliased `p`). Every row of people reached is one resident, however often and by however many projects they
    /// were served, so counting rows counts distinct people.
    static func rows(_ measure: AidMeasure, period: ReportingPeriod, visible: SQLQueryString) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        switch measure {
        case .activeProjects:
            return """
                SELECT 'aidProject' AS kind, p.id, p.starts_on AS day, p.title AS label, pa.name AS by_name
                FROM aid_projects p JOIN partners pa ON pa.id = p.partner_id
                WHERE p.starts_on <= \(bind: last) AND p.ends_on >= \(bind: first) AND \(visible)
                """
        case .services:
            return """
                SELECT 'aidService' AS kind, v.id, v.day, p.title AS label, v.recorded_by_name AS by_name
                FROM aid_services v JOIN aid_projects p ON p.id = v.project_id
                WHERE v.day >= \(bind: first) AND v.day <= \(bind: last) AND \(visible)
                """
        case .peopleReached:
            // The masked name kept with the beneficiary row: the drill-down never carries a full name.
            return """
                SELECT 'resident' AS kind, sp.resident_id AS id, MAX(v.day) AS day, MAX(b.resident_masked) AS label,
                    MAX(p.title) AS by_name
                FROM aid_service_people sp JOIN aid_services v ON v.id = sp.service_id
                    JOIN aid_projects p ON p.id = v.project_id
                    JOIN aid_beneficiaries b ON b.project_id = v.project_id AND b.resident_id = sp.resident_id
                WHERE v.day >= \(bind: first) AND v.day <= \(bind: last) AND \(visible)
                GROUP BY sp.resident_id
                """
        }
    }
}
