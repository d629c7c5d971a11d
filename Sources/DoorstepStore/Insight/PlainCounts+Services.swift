import DoorstepCore
import Foundation
import SQLKit

extension PlainCounts {
    static func services(
        _ key: FigureKey, _ part: FigurePart, _ scope: TerritoryScope, _ period: ReportingPeriod,
        _ at: (String, String?) -> SQLQueryString
    ) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        func community(_ alias: String) -> SQLQueryString { at(alias, nil) }
        switch key {
        case .clinicSessions:
            return "SELECT COUNT(*) AS n FROM health_sessions s WHERE s.day >= \(bind: first) AND s.day <= \(bind: last) AND \(community("s"))"
        case .clinicServed:
            return """
                SELECT CAST(COALESCE(SUM(s.served), 0) AS BIGINT) AS n FROM health_sessions s
                WHERE s.day >= \(bind: first) AND s.day <= \(bind: last) AND \(community("s"))
                """
        case .afterSchoolChildren:
            return """
                SELECT COUNT(DISTINCT e.child_hash) AS n FROM after_school_enrolments e WHERE e.consent_given = \(bind: true)
                AND e.both_parents_work = \(bind: true) AND e.enrolled_on <= \(bind: last)
                AND (e.withdrawn_on IS NULL OR e.withdrawn_on > \(bind: last)) AND \(community("e"))
                """
        case .afterSchoolAttendance:
            return "SELECT COUNT(*) AS n FROM after_school_arrivals a WHERE a.day >= \(bind: first) AND a.day <= \(bind: last) AND \(community("a"))"
        case .aidOrganisations:
            return """
                SELECT COUNT(DISTINCT p.partner_id) AS n FROM aid_projects p
                WHERE p.starts_on <= \(bind: last) AND p.ends_on >= \(bind: first) AND \(community("p"))
                """
        case .aidProjects:
            return "SELECT COUNT(*) AS n FROM aid_projects p WHERE p.starts_on <= \(bind: last) AND p.ends_on >= \(bind: first) AND \(community("p"))"
        case .aidPeopleReached:
            return """
                SELECT COUNT(DISTINCT sp.resident_id) AS n FROM aid_service_people sp JOIN aid_services s ON s.id = sp.service_id
                WHERE s.day >= \(bind: first) AND s.day <= \(bind: last) AND \(community("s"))
                """
        case .volunteers:
            return "SELECT COUNT(*) AS n FROM volunteers v WHERE v.registered_on <= \(bind: last) AND \(community("v"))"
        case .volunteerTeams:
            return "SELECT COUNT(*) AS n FROM volunteer_teams t WHERE t.created_at < \(bind: end) AND \(community("t"))"
        case .volunteerHours:
            return """
                SELECT CAST(COALESCE(SUM(s.confirmed_half_hours), 0) AS BIGINT) AS n FROM signups s JOIN volunteer_activities a ON a.id = s.activity_id
                WHERE s.confirmed_at >= \(bind: start) AND s.confirmed_at < \(bind: end) AND \(community("a"))
                """
        case .partnersWithAgreements:
            return """
                SELECT COUNT(DISTINCT g.partner_id) AS n FROM agreements g JOIN partners p ON p.id = g.partner_id
                WHERE g.starts_on <= \(bind: last) AND g.ends_on >= \(bind: first) AND \(community("p"))
                """
        case .commitmentsFulfilled:
            return """
                SELECT COUNT(*) AS n FROM commitments c JOIN agreements g ON g.id = c.agreement_id
                WHERE c.fulfilled_on >= \(bind: first) AND c.fulfilled_on <= \(bind: last) AND \(community("g"))
                """
        case .needs:
            return "SELECT COUNT(*) AS n FROM needs n WHERE n.created_at >= \(bind: start) AND n.created_at < \(bind: end) AND \(community("n"))"
        case .partnerResources:
            return """
                SELECT COUNT(*) AS n FROM partner_resources r
                WHERE r.available_from <= \(bind: last) AND r.available_until >= \(bind: first) AND \(community("r"))
                """
        case .projects:
            return "SELECT COUNT(*) AS n FROM projects p WHERE p.starts_on <= \(bind: last) AND p.ends_on >= \(bind: first) AND \(community("p"))"
        case .peopleServed:
            return """
                SELECT CAST(COALESCE(SUM(d.people_reached), 0) AS BIGINT) AS n FROM project_deliveries d
                WHERE d.day >= \(bind: first) AND d.day <= \(bind: last) AND \(community("d"))
                """
        case .surveySatisfaction:
            let satisfied: SQLQueryString = part == .value ? "AND r.level IN ('verySatisfied', 'satisfied')" : ""
            return """
                SELECT COUNT(*) AS n FROM survey_answers a JOIN survey_responses r ON r.answer_id = a.id
                JOIN (SELECT survey_id, MIN(position) AS position FROM survey_questions WHERE kind = 'scale' GROUP BY survey_id) q
                    ON q.survey_id = a.survey_id AND q.position = r.position
                WHERE a.answered_on >= \(bind: first) AND a.answered_on <= \(bind: last) AND r.level IS NOT NULL \(satisfied) AND \(at("a", "grid_code"))
                """
        case .casesReported:
            return """
                SELECT COUNT(*) AS n FROM cases c WHERE c.created_at >= \(bind: start) AND c.created_at < \(bind: end)
                AND c.merged_into IS NULL AND \(at("c", "grid_code"))
                """
        case .openCases:
            return """
                SELECT COUNT(*) AS n FROM cases c WHERE c.created_at < \(bind: end) AND c.merged_into IS NULL
                AND c.state <> 'rejected' AND c.state <> 'voided' AND NOT (c.closed_at IS NOT NULL AND c.closed_at < \(bind: end))
                AND \(at("c", "grid_code"))
                """
        default:
            return caseRate(key, part, scope, period, at("c", "grid_code"))
        }
    }

    /// The loop's rates, from the definitions' words: due, handled, dispatched and rated in the period.
    static func caseRate(
        _ key: FigureKey, _ part: FigurePart, _ scope: TerritoryScope, _ period: ReportingPeriod, _ place: SQLQueryString
    ) -> SQLQueryString {
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        func event(_ action: String) -> SQLQueryString {
            "c.id IN (SELECT case_id FROM case_events WHERE action = \(bind: action) AND at >= \(bind: start) AND at < \(bind: end))"
        }
        let due: SQLQueryString =
            "c.deadline >= \(bind: start) AND c.deadline < \(bind: end) AND c.state NOT IN ('rejected', 'voided', 'shelved')"
        let rated: SQLQueryString = "c.evaluated_at >= \(bind: start) AND c.evaluated_at < \(bind: end)"
        let dispatched: SQLQueryString = "c.dispatched_at >= \(bind: start) AND c.dispatched_at < \(bind: end)"
        let condition: SQLQueryString =
            switch (key, part) {
            case (.closedRate, .denominator), (.onTimeRate, .denominator): due
            case (.closedRate, .value): "\(due) AND c.closed_at IS NOT NULL"
            case (.onTimeRate, .value): "\(due) AND c.closed_on_time = \(bind: true)"
            case (.reworkRate, .denominator): event("submitFeedback")
            case (.reworkRate, .value): "\(event("submitFeedback")) AND \(event("checkFailed"))"
            case (.responseRate, .denominator): dispatched
            case (.responseRate, .value): "\(dispatched) AND c.responded_in_time = \(bind: true)"
            case (.resolutionRate, .denominator), (.caseSatisfactionRate, .denominator): rated
            case (.resolutionRate, .value): "\(rated) AND c.solved = \(bind: true)"
            case (.caseSatisfactionRate, .value): "\(rated) AND c.satisfaction IN ('verySatisfied', 'satisfied')"
            default: "1 = 0"
            }
        return "SELECT COUNT(*) AS n FROM cases c WHERE \(condition) AND \(place)"
    }
}
