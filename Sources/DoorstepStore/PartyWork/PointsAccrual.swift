import DoorstepCore
import Foundation
import SQLKit

/// The points a record earns by itself: written in the transaction that writes the record, so a visit or a closed
/// case and its points line exist together or not at all.
enum PointsAccrual {
    /// Writes the line a record earns under the member's community's active rule for `trigger`, once per record
    /// (`source`), within the rule's yearly cap. Nothing is written when the community has no such rule or the cap
    /// is reached.
    static func accrue(
        _ trigger: PointTrigger, memberID: String, source: String, on day: String, reason: String, recordedBy: String,
        at now: Date, in sql: any SQLDatabase
    ) async throws {
        guard
            let member = try await sql.raw(
                "SELECT org_id, street_code, community_code FROM party_members WHERE id = \(bind: memberID)"
            ).first()
        else { return }
        let community = try member.string("community_code")
        guard
            let rule = try await sql.raw(
                """
                SELECT * FROM point_rules
                WHERE community_code = \(bind: community) AND trigger_kind = \(bind: trigger.rawValue) AND active = \(bind: true)
                """
            ).first().map(PointsStore.rule)
        else { return }
        guard try await sql.raw("SELECT id FROM point_entries WHERE member_id = \(bind: memberID) AND source = \(bind: source)")
            .first() == nil
        else { return }
        let already = try await PointsStore.ruleTotal(rule.id, memberID: memberID, year: String(day.prefix(4)), in: sql)
        let points = rule.counted(already: already)
        guard points != 0 else { return }
        try await PointsStore.insert(
            PointEntry(
                id: Secrets.identifier(), memberID: memberID, ruleID: rule.id, item: rule.item, kind: .automatic, points: points,
                earnedOn: day, reason: reason, source: source, recordedBy: recordedBy),
            org: try member.string("org_id"), street: try member.string("street_code"), community: community, at: now, in: sql)
    }

    /// The points a closed case earns the members who raised it at a visit or from an opinion they collected.
    static func caseClosed(_ item: Case, at now: Date, in sql: any SQLDatabase) async throws {
        let rows = try await sql.raw(
            """
            SELECT member_id FROM visits WHERE case_id = \(bind: item.id) AND member_id IS NOT NULL
            UNION SELECT member_id FROM opinions WHERE case_id = \(bind: item.id) AND member_id IS NOT NULL
            """
        ).all()
        let day = CalendarDay(containing: now).description
        for row in rows {
            try await accrue(
                .caseSolved, memberID: try row.string("member_id"), source: "case:\(item.id)", on: day,
                reason: item.categoryName, recordedBy: "doorstep", at: now, in: sql)
        }
    }
}
