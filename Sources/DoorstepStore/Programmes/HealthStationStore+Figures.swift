import DoorstepCore
import Foundation
import SQLKit

extension HealthStationStore {
    /// The health station's figures for the stations the caller may see over a period, each counted from the records
    /// and given with them (newest first, up to `recordLimit`), so every figure opens to what it counted. A
    /// hospital's account gets the count of health records but not the records.
    public func figures(period: ReportingPeriod, for principal: Principal, recordLimit: Int = 200) async throws -> [HealthFigure] {
        let visible = try Self.visibleStations(principal)
        let seesRecords = principal.can(.manageServices)
        return try await database.read { sql in
            var figures: [HealthFigure] = []
            for measure in HealthMeasure.allCases {
                let rows = Self.rows(measure, period: period, visible: visible)
                let total: SQLQueryString = measure == .served ? "CAST(COALESCE(SUM(x.amount), 0) AS BIGINT)" : "COUNT(*)"
                let count = try await sql.raw("SELECT \(total) AS n FROM (\(rows)) x").first()?.int("n") ?? 0
                var records: [FigureRecord] = []
                if recordLimit > 0, seesRecords || measure != .consentedRecords {
                    records = try await Self.figureRecords(rows, limit: recordLimit, in: sql)
                }
                figures.append(HealthFigure(measure: measure, count: count, records: records))
            }
            return figures
        }
    }

    /// The records one figure counted, newest first. Health records are for the office only.
    public func records(_ measure: HealthMeasure, period: ReportingPeriod, for principal: Principal, limit: Int = 1_000)
        async throws -> [FigureRecord]
    {
        let visible = try Self.visibleStations(principal)
        if measure == .consentedRecords, !principal.can(.manageServices) { throw StoreError.forbidden }
        return try await database.read { sql in
            try await Self.figureRecords(Self.rows(measure, period: period, visible: visible), limit: limit, in: sql)
        }
    }

    static func figureRecords(_ rows: SQLQueryString, limit: Int, in sql: any SQLDatabase) async throws -> [FigureRecord] {
        try await sql.raw("SELECT * FROM (\(rows)) x ORDER BY x.day DESC, x.id LIMIT \(bind: limit)").all().map { row in
            let kind = try row.string("kind")
            let label = try row.string("label")
            let detail = try row.string("detail")
            let amount = try row.int("amount")
            // A session's line carries its 人次, since that is what the served figure adds up.
            let summary = kind == "healthSession" ? "\(label) · \(detail) · \(amount)" : label
            return FigureRecord(kind: kind, id: try row.string("id"), day: try row.string("day"), summary: summary, by: try row.string("by_name"))
        }
    }

    /// Each measure's records as rows of one shape — kind, id, day, label, detail, amount, by whom — for the stations
    /// `visible` (aliased `s`), so one count and one list serve all three. Sessions and 人次 count the same rows: the
    /// one counts them, the other adds up their amounts.
    static func rows(_ measure: HealthMeasure, period: ReportingPeriod, visible: SQLQueryString) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        switch measure {
        case .sessions, .served:
            return """
                SELECT 'healthSession' AS kind, h.id, h.day, s.name AS label, h.service AS detail, h.served AS amount,
                    h.doctor_name AS by_name
                FROM health_sessions h JOIN health_stations s ON s.id = h.station_id
                WHERE h.day >= \(bind: first) AND h.day <= \(bind: last) AND \(visible)
                """
        case .consentedRecords:
            // Counted by the day written, withdrawn ones included: consent was given when the work was done.
            return """
                SELECT 'healthRecord' AS kind, r.id, r.recorded_on AS day, r.resident_masked AS label, '' AS detail,
                    CAST(1 AS BIGINT) AS amount, r.recorded_by_name AS by_name
                FROM health_records r JOIN health_stations s ON s.id = r.station_id
                WHERE r.recorded_on >= \(bind: first) AND r.recorded_on <= \(bind: last) AND \(visible)
                """
        }
    }
}
