import DoorstepCore
import Foundation
import SQLKit

/// The second route to every figure: straight counts over the tables, each written from the figure's definition
/// without the registry's rows, for `doorstep figures verify`.
enum PlainCounts {
    static func query(_ key: FigureKey, _ part: FigurePart, _ scope: TerritoryScope, _ period: ReportingPeriod) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        /// The territory condition over a table's own columns.
        func at(_ alias: String, grid: String? = "grid_code") -> SQLQueryString {
            switch scope.level {
            case .street: "\(unsafeRaw: alias).community_code LIKE \(bind: scope.code + "%")"
            case .community: "\(unsafeRaw: alias).community_code = \(bind: scope.code)"
            case .grid: grid.map { "\(unsafeRaw: alias).\(unsafeRaw: $0) = \(bind: scope.code)" } ?? "1 = 0"
            }
        }
        switch key {
        case .communities:
            return "SELECT COUNT(*) AS n FROM communities c WHERE c.created_at < \(bind: end) AND c.code LIKE \(bind: scope.code + "%")"
        case .partyMembers:
            return "SELECT COUNT(*) AS n FROM party_members m WHERE m.joined_on <= \(bind: last) AND \(at("m"))"
        case .probationaryMembers:
            return "SELECT COUNT(*) AS n FROM party_members m WHERE m.joined_on <= \(bind: last) AND m.status = 'probationary' AND \(at("m"))"
        case .partyBranches, .partyGroups:
            let kind = key == .partyBranches ? "gridBranch" : "buildingGroup"
            if scope.level == .grid {
                let link: SQLQueryString =
                    key == .partyBranches
                    ? "SELECT org_id FROM party_org_grids WHERE grid_code = \(bind: scope.code)"
                    : "SELECT ob.org_id FROM party_org_buildings ob JOIN buildings b ON b.id = ob.building_id WHERE b.grid_code = \(bind: scope.code)"
                return "SELECT COUNT(*) AS n FROM party_orgs o WHERE o.kind = \(bind: kind) AND o.created_at < \(bind: end) AND o.id IN (\(link))"
            }
            return "SELECT COUNT(*) AS n FROM party_orgs o WHERE o.kind = \(bind: kind) AND o.created_at < \(bind: end) AND \(at("o", grid: nil))"
        case .grids:
            return "SELECT COUNT(*) AS n FROM grids g WHERE g.created_at < \(bind: end) AND g.code LIKE \(bind: scope.code + "%")"
        case .gridCoverage:
            guard part == .value else {
                return "SELECT COUNT(*) AS n FROM grids g WHERE g.created_at < \(bind: end) AND g.code LIKE \(bind: scope.code + "%")"
            }
            return """
                SELECT COUNT(*) AS n FROM grids g WHERE g.created_at < \(bind: end) AND g.code LIKE \(bind: scope.code + "%")
                AND g.code IN (
                    SELECT pg.grid_code FROM party_org_grids pg JOIN party_orgs o ON o.id = pg.org_id WHERE o.created_at < \(bind: end)
                    UNION
                    SELECT b.grid_code FROM party_org_buildings ob JOIN party_orgs o ON o.id = ob.org_id JOIN buildings b ON b.id = ob.building_id
                    WHERE o.created_at < \(bind: end))
                """
        case .fullTimeGridWorkers, .partTimeGridWorkers:
            return "SELECT COUNT(*) AS n FROM grid_workers w WHERE w.full_time = \(bind: key == .fullTimeGridWorkers) AND w.created_at < \(bind: end) AND \(at("w"))"
        case .households:
            return "SELECT COUNT(*) AS n FROM households h WHERE h.created_at < \(bind: end) AND \(at("h"))"
        case .residents:
            return "SELECT COUNT(*) AS n FROM residents r WHERE r.created_at < \(bind: end) AND \(at("r"))"
        case .memberHubs:
            return "SELECT COUNT(*) AS n FROM party_member_hubs h WHERE h.created_at < \(bind: end) AND \(at("h"))"
        case .linkedHouseholds:
            return """
                SELECT COUNT(DISTINCT l.household_id) AS n FROM linked_households l JOIN households h ON h.id = l.household_id
                WHERE l.created_at < \(bind: end) AND \(at("h"))
                """
        case .publicCards:
            return """
                SELECT COUNT(*) AS n FROM member_cards c JOIN party_members m ON m.id = c.member_id
                WHERE c.published = \(bind: true) AND c.consented_at < \(bind: end) AND \(at("m"))
                """
        case .pledgesMade:
            return """
                SELECT COUNT(*) AS n FROM pledges p JOIN party_members m ON m.id = p.member_id
                WHERE p.created_at >= \(bind: start) AND p.created_at < \(bind: end) AND \(at("p", grid: nil).replacingGrid(scope, "m"))
                """
        case .pledgesFulfilled:
            return """
                SELECT COUNT(*) AS n FROM pledges p JOIN party_members m ON m.id = p.member_id
                WHERE p.fulfilled_on >= \(bind: first) AND p.fulfilled_on <= \(bind: last) AND \(at("p", grid: nil).replacingGrid(scope, "m"))
                """
        case .vanguardPosts:
            return "SELECT COUNT(*) AS n FROM vanguard_posts p WHERE p.active = \(bind: true) AND p.created_at < \(bind: end) AND \(at("p", grid: nil))"
        case .responsibilityZones:
            return "SELECT COUNT(*) AS n FROM responsibility_zones z WHERE z.created_at < \(bind: end) AND \(at("z", grid: nil))"
        case .pointsAwarded:
            return """
                SELECT CAST(COALESCE(SUM(e.points), 0) AS BIGINT) AS n FROM point_entries e JOIN party_members m ON m.id = e.member_id
                WHERE e.earned_on >= \(bind: first) AND e.earned_on <= \(bind: last) AND \(at("e", grid: nil).replacingGrid(scope, "m"))
                """
        case .orgLifeMeetings:
            let place: SQLQueryString =
                scope.level == .grid
                ? "mt.org_id IN (SELECT org_id FROM party_org_grids WHERE grid_code = \(bind: scope.code))" : at("mt", grid: nil)
            return "SELECT COUNT(*) AS n FROM org_life_meetings mt WHERE mt.held_on >= \(bind: first) AND mt.held_on <= \(bind: last) AND \(place)"
        case .vanguardTeamMembers:
            let place: SQLQueryString = scope.level == .grid ? "m.grid_code = \(bind: scope.code)" : at("t", grid: nil)
            return """
                SELECT COUNT(DISTINCT tm.member_id) AS n FROM vanguard_team_members tm JOIN vanguard_teams t ON t.id = tm.team_id
                JOIN party_members m ON m.id = tm.member_id WHERE t.created_at < \(bind: end) AND \(place)
                """
        case .teamActivities:
            return "SELECT COUNT(*) AS n FROM team_activities a WHERE a.held_on >= \(bind: first) AND a.held_on <= \(bind: last) AND \(at("a", grid: nil))"
        case .visits:
            return "SELECT COUNT(*) AS n FROM visits v WHERE v.visited_on >= \(bind: first) AND v.visited_on <= \(bind: last) AND \(at("v"))"
        case .opinions:
            return "SELECT COUNT(*) AS n FROM opinions o WHERE o.collected_on >= \(bind: first) AND o.collected_on <= \(bind: last) AND \(at("o"))"
        case .problemsSolved:
            return """
                SELECT COUNT(*) AS n FROM cases c WHERE c.state IN ('closed', 'evaluated') AND c.closed_at >= \(bind: start)
                AND c.closed_at < \(bind: end) AND \(at("c"))
                """
        case .disputesSettled:
            return """
                SELECT COUNT(*) AS n FROM mediations md WHERE md.outcome IN ('agreementReached', 'partial')
                AND md.concluded_at >= \(bind: start) AND md.concluded_at < \(bind: end) AND \(at("md"))
                """
        default:
            return PlainCounts.services(key, part, scope, period, at)
        }
    }
}

extension SQLQueryString {
    /// For a grid, the condition over the member's grid instead (tables held per community that a member's row
    /// places in a grid).
    fileprivate func replacingGrid(_ scope: TerritoryScope, _ memberAlias: String) -> SQLQueryString {
        scope.level == .grid ? "\(unsafeRaw: memberAlias).grid_code = \(bind: scope.code)" : self
    }
}
