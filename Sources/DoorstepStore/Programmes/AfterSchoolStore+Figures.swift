import DoorstepCore
import Foundation
import SQLKit

extension AfterSchoolStore {
    /// The after-school figures of the caller's territory over a period, each counted from the records and given
    /// with them (newest first, up to `recordLimit`), so every figure opens to what it counted.
    public func figures(period: ReportingPeriod, for principal: Principal, recordLimit: Int = 200) async throws -> [AfterSchoolFigure] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return try await database.read { sql in
            var figures: [AfterSchoolFigure] = []
            for measure in AfterSchoolMeasure.allCases {
                let filter = principal.scope.communityCondition("x.community_code")
                let source = Self.rows(measure, period: period)
                let count = try await sql.raw("SELECT COUNT(*) AS n FROM (\(source)) x WHERE \(filter)").first()?.int("n") ?? 0
                let listed = try await Self.records(source, filter: filter, limit: recordLimit, in: sql)
                figures.append(AfterSchoolFigure(measure: measure, count: count, records: listed))
            }
            return figures
        }
    }

    /// The records one figure counted, newest first.
    public func records(_ measure: AfterSchoolMeasure, period: ReportingPeriod, for principal: Principal, limit: Int = 1_000)
        async throws -> [FigureRecord]
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return try await database.read { sql in
            try await Self.records(
                Self.rows(measure, period: period), filter: principal.scope.communityCondition("x.community_code"), limit: limit, in: sql)
        }
    }

    static func records(_ rows: SQLQueryString, filter: SQLQueryString, limit: Int, in sql: any SQLDatabase) async throws
        -> [FigureRecord]
    {
        try await sql.raw("SELECT * FROM (\(rows)) x WHERE \(filter) ORDER BY x.day DESC, x.id LIMIT \(bind: limit)").all().map { row in
            let summary = try row.string("class_name") + " · " + row.string("child_masked")
            return FigureRecord(
                kind: try row.string("kind"), id: try row.string("id"), day: try row.string("day"), summary: summary,
                by: try row.string("by_name"))
        }
    }

    /// Each measure's records as rows of one shape — kind, id, day, class name, masked child, by whom, community —
    /// so one count and one list serve all three.
    static func rows(_ measure: AfterSchoolMeasure, period: ReportingPeriod) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        switch measure {
        case .enrolled:
            // Enrolled at the end of the period: a head count, not a count of enrolments made in it.
            return """
                SELECT 'enrolment' AS kind, e.id, e.enrolled_on AS day, c.name AS class_name, e.child_masked,
                    e.consent_recorded_by_name AS by_name, e.community_code
                FROM after_school_enrolments e JOIN after_school_classes c ON c.id = e.class_id
                WHERE e.enrolled_on <= \(bind: last) AND (e.withdrawn_on IS NULL OR e.withdrawn_on > \(bind: last))
                """
        case .attendance:
            return """
                SELECT 'arrival' AS kind, a.id, a.day, c.name AS class_name, e.child_masked, a.recorded_by_name AS by_name,
                    a.community_code
                FROM after_school_arrivals a JOIN after_school_enrolments e ON e.id = a.enrolment_id
                    JOIN after_school_classes c ON c.id = a.class_id
                WHERE a.day >= \(bind: first) AND a.day <= \(bind: last)
                """
        case .handOvers:
            return """
                SELECT 'handOver' AS kind, h.id, h.day, c.name AS class_name, e.child_masked, h.handed_over_by_name AS by_name,
                    h.community_code
                FROM after_school_handovers h JOIN after_school_enrolments e ON e.id = h.enrolment_id
                    JOIN after_school_classes c ON c.id = h.class_id
                WHERE h.day >= \(bind: first) AND h.day <= \(bind: last)
                """
        }
    }
}
