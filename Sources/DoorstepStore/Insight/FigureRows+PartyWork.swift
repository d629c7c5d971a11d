import DoorstepCore
import SQLKit

extension FigureRows {
    /// Members' cards, pledges, posts, points and meetings; the vanguard team and the S10 figures.
    static func partyWork(_ key: FigureKey, _ part: FigurePart, _ b: Bounds, _ period: ReportingPeriod) -> SQLQueryString? {
        switch key {
        case .publicCards:
            return """
                SELECT 'member' AS kind, m.id, c.consented_at AS day, m.name AS summary, '' AS by_name, 1 AS amount,
                    m.community_code, m.grid_code
                FROM member_cards c JOIN party_members m ON m.id = c.member_id
                WHERE c.published = \(bind: true) AND c.consented_at < \(bind: b.end)
                """
        case .pledgesMade:
            return pledgeRows("p.created_at >= \(bind: b.start) AND p.created_at < \(bind: b.end)", day: "p.created_at")
        case .pledgesFulfilled:
            return pledgeRows("p.fulfilled_on >= \(bind: b.first) AND p.fulfilled_on <= \(bind: b.last)", day: "p.fulfilled_on")
        case .vanguardPosts:
            return """
                SELECT 'post' AS kind, p.id, p.created_at AS day, p.name AS summary, '' AS by_name, 1 AS amount,
                    p.community_code, NULL AS grid_code
                FROM vanguard_posts p WHERE p.active = \(bind: true) AND p.created_at < \(bind: b.end)
                """
        case .responsibilityZones:
            return """
                SELECT 'zone' AS kind, z.id, z.created_at AS day, z.name AS summary, '' AS by_name, 1 AS amount,
                    z.community_code, NULL AS grid_code
                FROM responsibility_zones z WHERE z.created_at < \(bind: b.end)
                """
        case .pointsAwarded:
            return """
                SELECT 'pointEntry' AS kind, e.id, e.earned_on AS day, e.item AS summary, m.name AS by_name, e.points AS amount,
                    e.community_code, m.grid_code
                FROM point_entries e JOIN party_members m ON m.id = e.member_id
                WHERE e.earned_on >= \(bind: b.first) AND e.earned_on <= \(bind: b.last)
                """
        case .orgLifeMeetings:
            return """
                SELECT 'meeting' AS kind, mt.id, mt.held_on AS day, mt.title AS summary, o.name AS by_name, 1 AS amount,
                    mt.community_code, g.grid_code
                FROM org_life_meetings mt JOIN party_orgs o ON o.id = mt.org_id LEFT JOIN party_org_grids g ON g.org_id = mt.org_id
                WHERE mt.held_on >= \(bind: b.first) AND mt.held_on <= \(bind: b.last)
                """
        case .vanguardTeamMembers:
            return """
                SELECT 'member' AS kind, m.id, t.created_at AS day, m.name AS summary, t.name AS by_name, 1 AS amount,
                    t.community_code, m.grid_code
                FROM vanguard_team_members tm JOIN vanguard_teams t ON t.id = tm.team_id JOIN party_members m ON m.id = tm.member_id
                WHERE t.created_at < \(bind: b.end)
                """
        case .teamActivities:
            return """
                SELECT 'teamActivity' AS kind, a.id, a.held_on AS day, a.title AS summary, t.name AS by_name, 1 AS amount,
                    a.community_code, NULL AS grid_code
                FROM team_activities a JOIN vanguard_teams t ON t.id = a.team_id
                WHERE a.held_on >= \(bind: b.first) AND a.held_on <= \(bind: b.last)
                """
        case .visits, .opinions, .problemsSolved, .disputesSettled:
            let measure: PartyWorkMeasure =
                switch key {
                case .visits: .visits
                case .opinions: .opinions
                case .problemsSolved: .problemsSolved
                default: .disputesSettled
                }
            // The S10 figures' own rows (decision 20), for the whole territory: a case counts once, by its handler.
            return """
                SELECT w.kind, w.id, w.day, w.summary, w.by_name, 1 AS amount, w.community_code, w.grid_code
                FROM (\(PartyWorkFigures.rows(measure, period: period, perMember: false))) w
                """
        default:
            return nil
        }
    }

    static func pledgeRows(_ condition: SQLQueryString, day: String) -> SQLQueryString {
        """
        SELECT 'pledge' AS kind, p.id, \(unsafeRaw: day) AS day, p.content AS summary, m.name AS by_name, 1 AS amount,
            p.community_code, m.grid_code
        FROM pledges p JOIN party_members m ON m.id = p.member_id WHERE \(condition)
        """
    }
}
