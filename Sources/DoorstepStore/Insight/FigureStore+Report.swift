import DoorstepCore
import Foundation
import SQLKit

extension FigureStore {
    /// What the work report names beyond its figures, for a territory and a period: the partners that run the health
    /// station, the after-school class and the aid projects; the member who settled most disputes, only if they
    /// consented to be shown; a place surveyed twice; and where problems recur. A grid's report names its
    /// community's partners and surveys: those serve the whole community.
    public func reportFacts(in code: String, period: ReportingPeriod, by principal: Principal) async throws -> ReportFacts {
        let scope = try Self.territory(code, principal)
        let place = FigureRows.within(Self.communityWide(scope))
        let mediationPlace = FigureRows.within(scope)
        let first = period.first.description, last = period.last.description
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        let hotspots = try await hotspots(in: code, period: period, by: principal, limit: 5)
        return try await counting.read { sql in
            var facts = ReportFacts()
            facts.hotspots = hotspots
            func names(_ query: SQLQueryString) async throws -> [String] {
                try await sql.raw(query).all().map { try $0.string("name") }
            }
            facts.hospitals = try await names(
                "SELECT DISTINCT p.name FROM health_stations x JOIN partners p ON p.id = x.partner_id WHERE \(place) ORDER BY p.name")
            facts.schools = try await names(
                """
                SELECT DISTINCT p.name FROM after_school_classes x JOIN partners p ON p.id = x.partner_id
                WHERE \(place) AND x.term_start <= \(bind: last) AND x.term_end >= \(bind: first) ORDER BY p.name
                """)
            facts.socialOrganisations = try await names(
                """
                SELECT DISTINCT p.name FROM aid_projects x JOIN partners p ON p.id = x.partner_id
                WHERE \(place) AND x.starts_on <= \(bind: last) AND x.ends_on >= \(bind: first) ORDER BY p.name
                """)
            // Shown only when the member consented to their card being public.
            if let row = try await sql.raw(
                """
                SELECT m.name, COUNT(*) AS n FROM mediations x JOIN party_members m ON m.id = x.mediator_member_id
                JOIN member_cards c ON c.member_id = m.id AND c.published = \(bind: true)
                WHERE \(mediationPlace) AND x.outcome IN ('agreementReached', 'partial') AND x.concluded_at >= \(bind: start)
                    AND x.concluded_at < \(bind: end)
                GROUP BY m.id, m.name ORDER BY n DESC, m.name LIMIT 1
                """
            ).first() {
                facts.mediator = (try row.string("name"), try row.int("n"))
            }
            facts.satisfaction = try await Self.surveyedTwice(place, first: first, last: last, in: sql)
            return facts
        }
    }

    /// The place with the most answers among those surveyed at least twice with surveys closing in the period: its
    /// first and last surveys' overall rates.
    static func surveyedTwice(_ place: SQLQueryString, first: String, last: String, in sql: any SQLDatabase) async throws
        -> (place: String, before: Percentage, after: Percentage)?
    {
        let surveys = try await sql.raw(
            """
            SELECT x.id, x.place_kind, x.place_id, x.place_name, x.closes_on FROM surveys x
            WHERE \(place) AND x.closes_on >= \(bind: first) AND x.closes_on <= \(bind: last) ORDER BY x.closes_on, x.id
            """
        ).all().map { (try $0.string("id"), try $0.string("place_kind") + ":" + (try $0.string("place_id")), try $0.string("place_name")) }
        let byPlace = Dictionary(grouping: surveys, by: \.1).filter { $0.value.count >= 2 }
        var best: (place: String, before: Percentage, after: Percentage)?
        for (_, list) in byPlace.sorted(by: { $0.key < $1.key }) {
            func rate(_ survey: String) async throws -> Percentage {
                let row = try await sql.raw(
                    """
                    SELECT SUM(CASE WHEN r.level IN ('verySatisfied', 'satisfied') THEN 1 ELSE 0 END) AS satisfied, COUNT(*) AS answers
                    FROM survey_answers a JOIN survey_responses r ON r.answer_id = a.id
                    WHERE a.survey_id = \(bind: survey) AND r.level IS NOT NULL
                        AND r.position = (SELECT MIN(q.position) FROM survey_questions q WHERE q.survey_id = a.survey_id AND q.kind = 'scale')
                    """
                ).first()
                return Percentage(try row?.optionalInt("satisfied") ?? 0, of: try row?.int("answers") ?? 0)
            }
            let before = try await rate(list.first!.0), after = try await rate(list.last!.0)
            if best == nil || before.denominator + after.denominator > best!.before.denominator + best!.after.denominator {
                best = (list.first!.2, before, after)
            }
        }
        return best
    }

    /// Partners, programmes and surveys belong to a community, not to one of its grids: for a grid, its community.
    static func communityWide(_ scope: TerritoryScope) -> TerritoryScope {
        scope.level == .grid ? TerritoryScope(level: .community, code: String(scope.code.prefix(ScopeLevel.community.codeLength))) : scope
    }
}
