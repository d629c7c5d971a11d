import DoorstepCore
import Foundation
import SQLKit

/// The S10 figures for a territory, a member or a vanguard team over a period, counted from the visits, opinions,
/// cases and mediations themselves; the records behind each figure; and the members who did most of each (S11).
public struct PartyWorkFigures: Sendable {
    let database: Database

    public func figures(of subject: FigureSubject, period: ReportingPeriod, for principal: Principal) async throws
        -> [PartyWorkFigure]
    {
        try await database.read { sql in
            let filter = try await Self.subjectFilter(subject, for: principal, records: false, in: sql)
            return try await Self.counts(of: filter, period: period, perMember: subject != .scope, in: sql)
        }
    }

    /// The four counts for rows matching `filter` (over the rows' `x.` columns), for callers that have already
    /// decided what may be seen (the public board counts a published member's own work).
    static func counts(of filter: SQLQueryString, period: ReportingPeriod, perMember: Bool = true, in sql: any SQLDatabase)
        async throws -> [PartyWorkFigure]
    {
        var figures: [PartyWorkFigure] = []
        for measure in PartyWorkMeasure.allCases {
            let rows = rows(measure, period: period, perMember: perMember)
            // Each row is its own record, except a case raised by two members of a team: only that is counted
            // distinctly, so the others are counted from the index alone.
            let count: SQLQueryString = measure == .problemsSolved && perMember ? "COUNT(DISTINCT x.id)" : "COUNT(*)"
            let n = try await sql.raw("SELECT \(count) AS n FROM (\(rows)) x WHERE \(filter)").first()?.int("n")
            figures.append(PartyWorkFigure(measure: measure, count: n ?? 0))
        }
        return figures
    }

    /// The records a figure counted, newest first: what the figure opens to.
    public func records(
        _ measure: PartyWorkMeasure, of subject: FigureSubject, period: ReportingPeriod, for principal: Principal,
        limit: Int = 200
    ) async throws -> [FigureRecord] {
        try await database.read { sql in
            let filter = try await Self.subjectFilter(subject, for: principal, records: true, in: sql)
            let rows = Self.rows(measure, period: period, perMember: subject != .scope)
            return try await sql.raw(
                "SELECT * FROM (\(rows)) x WHERE \(filter) ORDER BY x.day DESC, x.id LIMIT \(bind: limit)"
            ).all().map {
                FigureRecord(
                    kind: try $0.string("kind"), id: try $0.string("id"), day: try $0.string("day"),
                    summary: try $0.string("summary"), by: try $0.optionalString("by_name") ?? "")
            }
        }
    }

    /// The members of the caller's territory who did most of one kind of work in the period, most first, each with
    /// the count that put them there; ties share the order of their names.
    public func exemplars(_ measure: PartyWorkMeasure, period: ReportingPeriod, for principal: Principal, limit: Int = 5)
        async throws -> [Exemplar]
    {
        try await database.read { sql in
            let filter = try await Self.subjectFilter(.scope, for: principal, records: false, in: sql)
            let rows = Self.rows(measure, period: period, perMember: true)
            // Counted per member from the indexes, then named: the names are not read for every record.
            return try await sql.raw(
                """
                SELECT g.member_id, m.name, g.n FROM (
                    SELECT x.member_id, COUNT(*) AS n FROM (\(rows)) x
                    WHERE x.member_id IS NOT NULL AND \(filter) GROUP BY x.member_id
                ) g JOIN party_members m ON m.id = g.member_id
                ORDER BY g.n DESC, m.name LIMIT \(bind: limit)
                """
            ).all().map {
                Exemplar(measure: measure, memberID: try $0.string("member_id"), memberName: try $0.string("name"), count: try $0.int("n"))
            }
        }
    }

    /// Each measure's records as rows of one shape — kind, id, day, summary, by_name, member_id and the territory
    /// codes — so one count, one list and one ranking serve all four. A summary that needs another table reads it in
    /// a subquery of its own column, which the counts do not select.
    static func rows(_ measure: PartyWorkMeasure, period: ReportingPeriod, perMember: Bool) -> SQLQueryString {
        let first = period.first.description, last = period.last.description
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        switch measure {
        case .visits:
            return """
                SELECT 'visit' AS kind, v.id, v.visited_on AS day,
                    (SELECT TRIM(b.name || ' ' || h.unit) || ' ' || h.room FROM households h JOIN buildings b ON b.id = h.building_id
                     WHERE h.id = v.household_id) || ' · ' || v.findings AS summary,
                    v.visitor_name AS by_name, v.member_id, v.street_code, v.community_code, v.grid_code
                FROM visits v WHERE v.visited_on >= \(bind: first) AND v.visited_on <= \(bind: last)
                """
        case .opinions:
            return """
                SELECT 'opinion' AS kind, o.id, o.collected_on AS day, o.content AS summary, o.collector_name AS by_name,
                    o.member_id, o.street_code, o.community_code, o.grid_code
                FROM opinions o WHERE o.collected_on >= \(bind: first) AND o.collected_on <= \(bind: last)
                """
        case .problemsSolved:
            // Per member, a case counts for each member who raised it at a visit or from an opinion they collected.
            let raisedBy: SQLQueryString =
                perMember
                ? """
                JOIN (SELECT case_id, member_id FROM visits WHERE case_id IS NOT NULL AND member_id IS NOT NULL
                      UNION SELECT case_id, member_id FROM opinions WHERE case_id IS NOT NULL AND member_id IS NOT NULL) r
                    ON r.case_id = c.id
                JOIN party_members m ON m.id = r.member_id
                """ : ""
            let member: SQLQueryString = perMember ? "m.name AS by_name, m.id AS member_id" : "c.handler_name AS by_name, NULL AS member_id"
            return """
                SELECT 'case' AS kind, c.id, substr(c.closed_at, 1, 10) AS day, c.category_name AS summary, \(member),
                    c.street_code, c.community_code, c.grid_code
                FROM cases c \(raisedBy)
                WHERE c.state IN ('closed', 'evaluated') AND c.closed_at >= \(bind: start) AND c.closed_at < \(bind: end)
                """
        case .disputesSettled:
            return """
                SELECT 'mediation' AS kind, md.case_id AS id, substr(md.concluded_at, 1, 10) AS day, md.outcome AS summary,
                    md.mediator_name AS by_name, md.mediator_member_id AS member_id, md.street_code, md.community_code,
                    md.grid_code
                FROM mediations md
                WHERE md.outcome IN ('agreementReached', 'partial') AND md.concluded_at >= \(bind: start)
                    AND md.concluded_at < \(bind: end)
                """
        }
    }

    /// The rows a subject's figure counts, checked against what the caller may see: the territory in their scope;
    /// a member who is the caller, or in the territory of someone who sees members; a team of the caller's
    /// community. Lists of records (`records`) are for those who see the registry, and only of their territory, or
    /// for a member, their own.
    static func subjectFilter(_ subject: FigureSubject, for principal: Principal, records: Bool, in sql: any SQLDatabase)
        async throws -> SQLQueryString
    {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        let territory = principal.scope.condition(street: "x.street_code", community: "x.community_code", grid: "x.grid_code")
        let me = try await PartyStore.member(of: principal, in: sql)
        switch subject {
        case .scope:
            if records, !principal.can(.viewRegistry) { throw StoreError.forbidden }
            return territory
        case .member(let id):
            if me?.id == id { return "x.member_id = \(bind: id)" }
            guard principal.can(.viewPartyMembers) || principal.can(.viewRegistry),
                try await sql.raw("SELECT id FROM party_members WHERE id = \(bind: id) AND \(principal.scope.condition())").first() != nil
            else { throw StoreError.notFound }
            return records ? "x.member_id = \(bind: id) AND \(territory)" : "x.member_id = \(bind: id)"
        case .team(let id):
            guard let team = try await sql.raw("SELECT community_code FROM vanguard_teams WHERE id = \(bind: id)").first(),
                PointsStore.reaches(principal, community: try team.string("community_code"))
            else { throw StoreError.notFound }
            let members: SQLQueryString = "x.member_id IN (SELECT member_id FROM vanguard_team_members WHERE team_id = \(bind: id))"
            guard records else { return members }
            if principal.can(.viewRegistry) { return "\(members) AND \(territory)" }
            // A team member opens only their own part of the team's figures.
            guard let me, try await sql.raw(
                "SELECT member_id FROM vanguard_team_members WHERE team_id = \(bind: id) AND member_id = \(bind: me.id)"
            ).first() != nil else { throw StoreError.forbidden }
            return "x.member_id = \(bind: me.id)"
        }
    }
}
