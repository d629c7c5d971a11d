import DoorstepCore
import SQLKit

extension FigureRows {
    /// The health station, the after-school class, aid projects and volunteers.
    static func services(_ key: FigureKey, _ b: Bounds) -> SQLQueryString? {
        switch key {
        case .clinicSessions, .clinicServed:
            return """
                SELECT 'clinicSession' AS kind, s.id, s.day, s.service AS summary, st.name AS by_name, s.served AS amount,
                    s.community_code, NULL AS grid_code
                FROM health_sessions s JOIN health_stations st ON st.id = s.station_id
                WHERE s.day >= \(bind: b.first) AND s.day <= \(bind: b.last)
                """
        case .afterSchoolChildren:
            // A child in two classes is one child: counted by the keyed hash of their details.
            return """
                SELECT 'child' AS kind, e.child_hash AS id, e.enrolled_on AS day, e.child_masked AS summary, c.name AS by_name,
                    1 AS amount, e.community_code, NULL AS grid_code
                FROM after_school_enrolments e JOIN after_school_classes c ON c.id = e.class_id
                WHERE e.consent_given = \(bind: true) AND e.both_parents_work = \(bind: true) AND e.enrolled_on <= \(bind: b.last)
                    AND (e.withdrawn_on IS NULL OR e.withdrawn_on > \(bind: b.last))
                """
        case .afterSchoolAttendance:
            return """
                SELECT 'arrival' AS kind, a.id, a.day, e.child_masked AS summary, c.name AS by_name, 1 AS amount,
                    a.community_code, NULL AS grid_code
                FROM after_school_arrivals a JOIN after_school_enrolments e ON e.id = a.enrolment_id
                    JOIN after_school_classes c ON c.id = a.class_id
                WHERE a.day >= \(bind: b.first) AND a.day <= \(bind: b.last)
                """
        case .aidOrganisations:
            return """
                SELECT 'partner' AS kind, pt.id, MIN(p.starts_on) AS day, pt.name AS summary, '' AS by_name, 1 AS amount,
                    p.community_code, NULL AS grid_code
                FROM aid_projects p JOIN partners pt ON pt.id = p.partner_id
                WHERE p.starts_on <= \(bind: b.last) AND p.ends_on >= \(bind: b.first)
                GROUP BY pt.id, pt.name, p.community_code
                """
        case .aidProjects:
            return """
                SELECT 'aidProject' AS kind, p.id, p.starts_on AS day, p.title AS summary, pt.name AS by_name, 1 AS amount,
                    p.community_code, NULL AS grid_code
                FROM aid_projects p JOIN partners pt ON pt.id = p.partner_id
                WHERE p.starts_on <= \(bind: b.last) AND p.ends_on >= \(bind: b.first)
                """
        case .aidPeopleReached:
            return """
                SELECT 'resident' AS kind, sp.resident_id AS id, MAX(s.day) AS day, r.name AS summary, '' AS by_name, 1 AS amount,
                    s.community_code, NULL AS grid_code
                FROM aid_service_people sp JOIN aid_services s ON s.id = sp.service_id JOIN residents r ON r.id = sp.resident_id
                WHERE s.day >= \(bind: b.first) AND s.day <= \(bind: b.last)
                GROUP BY sp.resident_id, r.name, s.community_code
                """
        case .volunteers:
            return """
                SELECT 'volunteer' AS kind, v.id, v.registered_on AS day, v.name AS summary, v.phone_masked AS by_name,
                    1 AS amount, v.community_code, NULL AS grid_code
                FROM volunteers v WHERE v.registered_on <= \(bind: b.last)
                """
        case .volunteerTeams:
            return """
                SELECT 'volunteerTeam' AS kind, t.id, t.created_at AS day, t.name AS summary, '' AS by_name, 1 AS amount,
                    t.community_code, NULL AS grid_code
                FROM volunteer_teams t WHERE t.created_at < \(bind: b.end)
                """
        case .volunteerHours:
            return """
                SELECT 'signup' AS kind, s.id, s.confirmed_at AS day, a.title AS summary, v.name AS by_name,
                    s.confirmed_half_hours AS amount, a.community_code, NULL AS grid_code
                FROM signups s JOIN volunteer_activities a ON a.id = s.activity_id JOIN volunteers v ON v.id = s.volunteer_id
                WHERE s.confirmed_at >= \(bind: b.start) AND s.confirmed_at < \(bind: b.end)
                """
        default:
            return nil
        }
    }
}
