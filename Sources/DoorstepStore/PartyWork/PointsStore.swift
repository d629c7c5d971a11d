import DoorstepCore
import Foundation
import SQLKit

/// Party members' points (党员积分): each community's catalogue of rules and settings, the append-only ledger with
/// its claims, deductions and corrections, exemptions, the year's stars and the quarterly publications.
public struct PointsStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    // MARK: - Settings

    /// A community's settings, or the standard ones until it sets its own.
    public func settings(community: String, by principal: Principal) async throws -> PartyWorkSettings {
        guard Self.reaches(principal, community: community) else { throw StoreError.forbidden }
        return try await database.read { try await Self.settings(community: community, in: $0) }
    }

    public func updateSettings(_ settings: PartyWorkSettings, community: String, by principal: Principal) async throws {
        try Self.checkManager(principal, community: community)
        try settings.validate()
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await sql.raw("DELETE FROM party_work_settings WHERE community_code = \(bind: community)").run()
            try await sql.raw(
                """
                INSERT INTO party_work_settings (community_code, base_points, star_bands, visit_interval_days, objection_days,
                    updated_by, updated_at)
                VALUES (\(bind: community), \(bind: settings.basePoints), \(bind: settings.starBands.text),
                    \(bind: settings.visitIntervalDays), \(bind: settings.objectionDays), \(bind: principal.accountID),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .pointRulesChanged, subject: "partyWorkSettings:\(community)", territoryCode: community,
                    detail: [
                        "basePoints": String(settings.basePoints), "starBands": settings.starBands.text,
                        "visitIntervalDays": String(settings.visitIntervalDays), "objectionDays": String(settings.objectionDays),
                    ]),
                at: now, in: sql, engine: engine)
        }
    }

    // MARK: - Rules

    /// Adds an item to a community's catalogue. An automatic trigger has at most one active rule per community, so
    /// a record earns once; a rule's points never change afterwards (retire it and add another), so old lines keep
    /// their meaning.
    public func addRule(_ rule: PointRule, by principal: Principal) async throws -> PointRule {
        try Self.checkManager(principal, community: rule.communityCode)
        try rule.validate()
        var added = rule
        added.id = Secrets.identifier()
        added.item = rule.item.trimmingCharacters(in: .whitespaces)
        added.active = true
        let now = clock()
        let engine = database.engine
        let stored = added
        try await database.write { sql in
            if rule.trigger.isAutomatic,
                try await sql.raw(
                    """
                    SELECT id FROM point_rules WHERE community_code = \(bind: rule.communityCode)
                        AND trigger_kind = \(bind: rule.trigger.rawValue) AND active = \(bind: true)
                    """
                ).first() != nil
            {
                throw ValidationFailure([FieldError("trigger", .alreadyExists)])
            }
            try await sql.raw(
                """
                INSERT INTO point_rules (id, community_code, item, points, cap_per_year, trigger_kind, evidence_required, active, created_at)
                VALUES (\(bind: stored.id), \(bind: stored.communityCode), \(bind: stored.item), \(bind: stored.points),
                    \(bind: stored.capPerYear), \(bind: stored.trigger.rawValue), \(bind: stored.evidenceRequired), \(bind: true),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .pointRulesChanged, subject: "pointRule:\(stored.id)", territoryCode: stored.communityCode,
                    detail: ["item": stored.item, "points": String(stored.points), "trigger": stored.trigger.rawValue]),
                at: now, in: sql, engine: engine)
        }
        return stored
    }

    /// Retires a rule: it earns nothing more, and its lines stay.
    public func retireRule(_ id: String, by principal: Principal) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard let rule = try await Self.rule(id, in: sql) else { throw StoreError.notFound }
            try Self.checkManager(principal, ofRecordIn: rule.communityCode)
            try await sql.raw("UPDATE point_rules SET active = \(bind: false) WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .pointRulesChanged, subject: "pointRule:\(id)", territoryCode: rule.communityCode,
                    detail: ["retired": rule.item]),
                at: now, in: sql, engine: engine)
        }
    }

    /// A community's catalogue, active rules first.
    public func rules(community: String, by principal: Principal) async throws -> [PointRule] {
        guard Self.reaches(principal, community: community) else { throw StoreError.forbidden }
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM point_rules WHERE community_code = \(bind: community) ORDER BY active DESC, created_at")
                .all().map(Self.rule)
        }
    }

    // MARK: - Shared

    static func settings(community: String, in sql: any SQLDatabase) async throws -> PartyWorkSettings {
        guard let row = try await sql.raw("SELECT * FROM party_work_settings WHERE community_code = \(bind: community)").first()
        else { return .standard }
        return PartyWorkSettings(
            basePoints: try row.int("base_points"),
            starBands: (try? StarBands.parse(try row.string("star_bands"))) ?? .standard,
            visitIntervalDays: try row.int("visit_interval_days"), objectionDays: try row.int("objection_days"))
    }

    static func rule(_ id: String, in sql: any SQLDatabase) async throws -> PointRule? {
        try await sql.raw("SELECT * FROM point_rules WHERE id = \(bind: id)").first().map(rule)
    }

    static func rule(_ row: any SQLRow) throws -> PointRule {
        PointRule(
            id: try row.string("id"), communityCode: try row.string("community_code"), item: try row.string("item"),
            points: try row.int("points"), capPerYear: try row.optionalInt("cap_per_year"),
            trigger: PointTrigger(rawValue: try row.string("trigger_kind")) ?? .claimed,
            evidenceRequired: try row.bool("evidence_required"), active: try row.bool("active"))
    }

    /// Writes a ledger line. A line whose day falls in a quarter its member's branch has already published is
    /// dated today instead, so a publication stays what the ledger says for its quarter.
    static func insert(
        _ entry: PointEntry, org: String, street: String, community: String, at now: Date, in sql: any SQLDatabase
    ) async throws {
        var entry = entry
        if let day = CalendarDay(iso: entry.earnedOn),
            try await sql.raw(
                """
                SELECT id FROM point_publications
                WHERE quarter = \(bind: Quarter(containing: day).text)
                    AND (org_id = \(bind: org) OR org_id = (SELECT parent_id FROM party_orgs WHERE id = \(bind: org)))
                """
            ).first() != nil
        {
            entry.earnedOn = CalendarDay(containing: now).description
        }
        try await sql.raw(
            """
            INSERT INTO point_entries (id, member_id, org_id, street_code, community_code, rule_id, item, kind, points,
                earned_on, reason, source, recorded_by, created_at)
            VALUES (\(bind: entry.id), \(bind: entry.memberID), \(bind: org), \(bind: street), \(bind: community),
                \(bind: entry.ruleID), \(bind: entry.item), \(bind: entry.kind.rawValue), \(bind: entry.points),
                \(bind: entry.earnedOn), \(bind: entry.reason), \(bind: entry.source), \(bind: entry.recordedBy),
                \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    static func entry(_ row: any SQLRow) throws -> PointEntry {
        PointEntry(
            id: try row.string("id"), memberID: try row.string("member_id"), ruleID: try row.optionalString("rule_id"),
            item: try row.string("item"), kind: PointEntryKind(rawValue: try row.string("kind")) ?? .correction,
            points: try row.int("points"), earnedOn: try row.string("earned_on"), reason: try row.string("reason"),
            source: try row.optionalString("source"), recordedBy: try row.string("recorded_by"))
    }

    /// Whether the caller may read a community's catalogue and settings: theirs, one under them, or the one their
    /// grid lies in.
    static func reaches(_ principal: Principal, community: String) -> Bool {
        principal.can(.viewParty) && (principal.scope.contains(code: community) || principal.scope.code.hasPrefix(community))
    }

    /// `checkManager` for a record of `community` named by its id: a caller who cannot see that community at all
    /// is told the record is absent, exactly as for an id that never existed, so an id cannot be probed.
    static func checkManager(_ principal: Principal, ofRecordIn community: String) throws {
        guard reaches(principal, community: community) else { throw StoreError.notFound }
        try checkManager(principal, community: community)
    }

    static func checkManager(_ principal: Principal, community: String) throws {
        guard principal.can(.managePartyWork), principal.scope.contains(code: community) else { throw StoreError.forbidden }
        guard community.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("communityCode", .codeFormat(digits: ScopeLevel.community.codeLength))])
        }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
    }
}
