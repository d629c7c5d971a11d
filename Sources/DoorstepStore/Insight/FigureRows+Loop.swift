import DoorstepCore
import SQLKit

extension FigureRows {
    /// Partners, agreements and the three lists: the service figures' own rows (decision 23) where they exist.
    static func coBuilding(_ key: FigureKey, _ period: ReportingPeriod) -> SQLQueryString? {
        let b = Bounds(period)
        func service(_ measure: ServiceMeasure) -> SQLQueryString {
            """
            SELECT w.kind, w.id, w.day, w.summary, w.by_name, w.amount, w.community_code, NULL AS grid_code
            FROM (\(ServiceFigures.rows(measure, period: period))) w
            """
        }
        switch key {
        case .partnersWithAgreements: return service(.partnersWithAgreements)
        case .commitmentsFulfilled: return service(.commitmentsFulfilled)
        case .projects: return service(.projects)
        case .peopleServed:
            return """
                SELECT 'delivery' AS kind, d.id, d.day, p.title AS summary, d.note AS by_name, d.people_reached AS amount,
                    d.community_code, NULL AS grid_code
                FROM project_deliveries d JOIN projects p ON p.id = d.project_id
                WHERE d.day >= \(bind: b.first) AND d.day <= \(bind: b.last)
                """
        case .needs:
            return """
                SELECT 'need' AS kind, n.id, n.created_at AS day, n.description AS summary, n.category AS by_name, 1 AS amount,
                    n.community_code, NULL AS grid_code
                FROM needs n WHERE n.created_at >= \(bind: b.start) AND n.created_at < \(bind: b.end)
                """
        case .partnerResources:
            return """
                SELECT 'resource' AS kind, r.id, r.available_from AS day, r.description AS summary, pt.name AS by_name,
                    1 AS amount, r.community_code, NULL AS grid_code
                FROM partner_resources r JOIN partners pt ON pt.id = r.partner_id
                WHERE r.available_from <= \(bind: b.last) AND r.available_until >= \(bind: b.first)
                """
        default:
            return nil
        }
    }

    /// Residents' satisfaction and the closed loop.
    static func loop(_ key: FigureKey, _ part: FigurePart, _ b: Bounds, _ period: ReportingPeriod) -> SQLQueryString? {
        switch key {
        case .surveySatisfaction:
            // The overall question is a survey's first five-level one; a household answers a survey once.
            let satisfied: SQLQueryString = part == .value ? "AND r.level IN ('verySatisfied', 'satisfied')" : ""
            return """
                SELECT 'surveyAnswer' AS kind, a.id, a.answered_on AS day, s.title AS summary, r.level AS by_name, 1 AS amount,
                    a.community_code, a.grid_code
                FROM survey_answers a JOIN surveys s ON s.id = a.survey_id
                    JOIN survey_responses r ON r.answer_id = a.id
                WHERE a.answered_on >= \(bind: b.first) AND a.answered_on <= \(bind: b.last) AND r.level IS NOT NULL
                    AND r.position = (SELECT MIN(q.position) FROM survey_questions q WHERE q.survey_id = a.survey_id AND q.kind = 'scale')
                    \(satisfied)
                """
        case .casesReported:
            return caseRows("cases.created_at >= \(bind: b.start) AND cases.created_at < \(bind: b.end) AND cases.merged_into IS NULL")
        case .openCases:
            return caseRows(
                """
                cases.created_at < \(bind: b.end) AND cases.merged_into IS NULL AND cases.state NOT IN ('rejected', 'voided')
                AND (cases.closed_at IS NULL OR cases.closed_at >= \(bind: b.end))
                """)
        case .closedRate, .onTimeRate, .reworkRate, .responseRate, .resolutionRate, .caseSatisfactionRate:
            let metric: CaseMetric =
                switch key {
                case .closedRate: .closedRate
                case .onTimeRate: .onTimeRate
                case .reworkRate: .reworkRate
                case .responseRate: .responseRate
                case .resolutionRate: .resolutionRate
                default: .satisfactionRate
                }
            // The loop's rates count the sets their definitions name (decision 15), one place for each set's SQL.
            return caseRows(CaseRates.condition(part == .value ? metric.numerator : metric.denominator, period: period))
        default:
            return nil
        }
    }

    static func caseRows(_ condition: SQLQueryString) -> SQLQueryString {
        """
        SELECT 'case' AS kind, cases.id, cases.created_at AS day, cases.category_name AS summary, cases.tracking_code AS by_name,
            1 AS amount, cases.community_code, cases.grid_code
        FROM cases WHERE \(condition)
        """
    }
}
