import DoorstepCore
import SQLKit

extension FigureRows {
    /// The organisation and the grids, as they stand on the period's last day.
    static func organisation(_ key: FigureKey, _ part: FigurePart, _ b: Bounds) -> SQLQueryString? {
        switch key {
        case .communities:
            return """
                SELECT 'community' AS kind, c.code AS id, c.created_at AS day, c.name AS summary, '' AS by_name, 1 AS amount,
                    c.code AS community_code, NULL AS grid_code
                FROM communities c WHERE c.created_at < \(bind: b.end)
                """
        case .partyMembers, .probationaryMembers:
            let status: SQLQueryString = key == .probationaryMembers ? "AND m.status = 'probationary'" : ""
            return """
                SELECT 'member' AS kind, m.id, m.joined_on AS day, m.name AS summary, o.name AS by_name, 1 AS amount,
                    m.community_code, m.grid_code
                FROM party_members m JOIN party_orgs o ON o.id = m.org_id
                WHERE m.joined_on <= \(bind: b.last) \(status)
                """
        case .partyBranches:
            return """
                SELECT 'partyOrg' AS kind, o.id, o.created_at AS day, o.name AS summary, '' AS by_name, 1 AS amount,
                    o.community_code, g.grid_code
                FROM party_orgs o LEFT JOIN party_org_grids g ON g.org_id = o.id
                WHERE o.kind = 'gridBranch' AND o.created_at < \(bind: b.end)
                """
        case .partyGroups:
            return """
                SELECT 'partyOrg' AS kind, o.id, o.created_at AS day, o.name AS summary, '' AS by_name, 1 AS amount,
                    o.community_code, bd.grid_code
                FROM party_orgs o LEFT JOIN party_org_buildings ob ON ob.org_id = o.id LEFT JOIN buildings bd ON bd.id = ob.building_id
                WHERE o.kind = 'buildingGroup' AND o.created_at < \(bind: b.end)
                """
        case .grids:
            return gridRows(b, coveredOnly: false)
        case .gridCoverage:
            return gridRows(b, coveredOnly: part == .value)
        case .fullTimeGridWorkers, .partTimeGridWorkers:
            return """
                SELECT 'gridWorker' AS kind, w.id, w.created_at AS day, w.name AS summary, gr.name AS by_name, 1 AS amount,
                    w.community_code, w.grid_code
                FROM grid_workers w JOIN grids gr ON gr.code = w.grid_code
                WHERE w.full_time = \(bind: key == .fullTimeGridWorkers) AND w.created_at < \(bind: b.end)
                """
        case .households:
            // The building's name only where a record is shown: a count reads the households' index alone.
            return """
                SELECT 'household' AS kind, h.id, h.created_at AS day,
                    (SELECT bd.name FROM buildings bd WHERE bd.id = h.building_id) || ' ' || h.unit || '-' || h.room AS summary,
                    '' AS by_name, 1 AS amount, h.community_code, h.grid_code
                FROM households h WHERE h.created_at < \(bind: b.end)
                """
        case .residents:
            return """
                SELECT 'resident' AS kind, r.id, r.created_at AS day, r.name AS summary, '' AS by_name, 1 AS amount,
                    r.community_code, r.grid_code
                FROM residents r WHERE r.created_at < \(bind: b.end)
                """
        case .memberHubs:
            return """
                SELECT 'hub' AS kind, hb.id, hb.created_at AS day, m.name AS summary, '' AS by_name, 1 AS amount,
                    hb.community_code, hb.grid_code
                FROM party_member_hubs hb JOIN party_members m ON m.id = hb.member_id WHERE hb.created_at < \(bind: b.end)
                """
        case .linkedHouseholds:
            return """
                SELECT 'household' AS kind, l.household_id AS id, l.created_at AS day, bd.name || ' ' || h.unit || '-' || h.room AS summary,
                    m.name AS by_name, 1 AS amount, h.community_code, h.grid_code
                FROM linked_households l JOIN households h ON h.id = l.household_id JOIN buildings bd ON bd.id = h.building_id
                    JOIN party_member_hubs hb ON hb.id = l.hub_id JOIN party_members m ON m.id = hb.member_id
                WHERE l.created_at < \(bind: b.end)
                """
        default:
            return nil
        }
    }

    /// Grids registered by the period's end; with `coveredOnly`, those with a grid branch or a building group by then.
    static func gridRows(_ b: Bounds, coveredOnly: Bool) -> SQLQueryString {
        let covered: SQLQueryString =
            coveredOnly
            ? """
            AND (EXISTS (SELECT 1 FROM party_org_grids pg JOIN party_orgs o ON o.id = pg.org_id
                         WHERE pg.grid_code = gr.code AND o.created_at < \(bind: b.end))
                 OR EXISTS (SELECT 1 FROM party_org_buildings ob JOIN party_orgs o ON o.id = ob.org_id
                            JOIN buildings bd ON bd.id = ob.building_id
                            WHERE bd.grid_code = gr.code AND o.created_at < \(bind: b.end)))
            """ : ""
        return """
            SELECT 'grid' AS kind, gr.code AS id, gr.created_at AS day, gr.name AS summary, '' AS by_name, 1 AS amount,
                gr.community_code, gr.code AS grid_code
            FROM grids gr WHERE gr.created_at < \(bind: b.end) \(covered)
            """
    }
}
