import DoorstepCore
import Foundation
import SQLKit

extension PointsStore {
    /// A member's claim for points under a claimed rule of their community, with evidence when the rule asks for
    /// it. It earns nothing until an officer decides it.
    public func claim(ruleID: String, earnedOn: String, evidence: String, by principal: Principal) async throws -> PointClaim {
        guard principal.role == .partyMember else { throw StoreError.forbidden }
        let now = clock()
        let today = CalendarDay(containing: now)
        return try await database.write { sql in
            guard let member = try await PartyStore.member(of: principal, in: sql) else {
                throw ValidationFailure([FieldError("memberID", .notLinked)])
            }
            var validator = Validator()
            let rule = try await Self.rule(ruleID, in: sql)
            if rule == nil || rule?.communityCode != member.communityCode || rule?.trigger != .claimed || rule?.active != true {
                validator.check("ruleID", .notFound)
            }
            Self.checkDay(earnedOn, today: today, into: &validator)
            let trimmed = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
            if rule?.evidenceRequired == true, trimmed.isEmpty { validator.check("evidence", .required) }
            validator.check("evidence", trimmed.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
            try validator.throwIfAny()
            let claim = PointClaim(
                id: Secrets.identifier(), memberID: member.id, memberName: member.name, ruleID: ruleID, item: rule!.item,
                points: rule!.points, earnedOn: earnedOn, evidence: trimmed, status: .pending, decisionReason: nil)
            try await sql.raw(
                """
                INSERT INTO point_claims (id, member_id, rule_id, community_code, points, earned_on, evidence, status,
                    created_by, created_at)
                VALUES (\(bind: claim.id), \(bind: member.id), \(bind: ruleID), \(bind: member.communityCode), \(bind: claim.points),
                    \(bind: earnedOn), \(bind: trimmed), \(bind: ClaimStatus.pending.rawValue), \(bind: principal.accountID),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            return claim
        }
    }

    /// Approves or rejects a pending claim. Either way a line goes into the ledger: the points (within the rule's
    /// yearly cap) or, rejected, none with the reason, so the decision can be traced. Decided by a branch officer of
    /// the member's branch or by community staff; never by the member who claimed.
    public func decide(claimID: String, approve: Bool, reason: String, by principal: Principal) async throws -> PointClaim {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if !approve {
            var validator = Validator()
            validator.reason(trimmed)
            try validator.throwIfAny()
        }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM point_claims WHERE id = \(bind: claimID)").first() else {
                throw StoreError.notFound
            }
            let memberID = try row.string("member_id")
            let member = try await Self.authorise(principal, over: memberID, in: sql)
            if member.accountID == principal.accountID { throw ValidationFailure([FieldError("claimID", .ownRequest)]) }
            guard try row.string("status") == ClaimStatus.pending.rawValue else {
                throw ValidationFailure([FieldError("status", .unknownValue(allowed: [ClaimStatus.pending.rawValue]))])
            }
            guard let rule = try await Self.rule(try row.string("rule_id"), in: sql) else { throw StoreError.notFound }
            let earnedOn = try row.string("earned_on")
            var points = 0
            if approve {
                let already = try await Self.ruleTotal(rule.id, memberID: memberID, year: String(earnedOn.prefix(4)), in: sql)
                points = rule.counted(already: already)
            }
            try await Self.insert(
                PointEntry(
                    id: Secrets.identifier(), memberID: memberID, ruleID: rule.id, item: rule.item,
                    kind: approve ? .approvedClaim : .rejectedClaim, points: points, earnedOn: earnedOn,
                    reason: trimmed.isEmpty ? try row.string("evidence") : trimmed, source: "claim:\(claimID)",
                    recordedBy: principal.username),
                org: member.orgID, street: TerritoryCode.streetCode(of: member.communityCode), community: member.communityCode,
                at: now, in: sql)
            let status: ClaimStatus = approve ? .approved : .rejected
            try await sql.raw(
                """
                UPDATE point_claims SET status = \(bind: status.rawValue), decided_by = \(bind: principal.accountID),
                    decided_at = \(bind: Timestamp.format(now)), decision_reason = \(bind: trimmed)
                WHERE id = \(bind: claimID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .pointClaimDecided, subject: "pointClaim:\(claimID)", territoryCode: member.communityCode,
                    detail: ["member": memberID, "status": status.rawValue, "points": String(points)], reason: trimmed),
                at: now, in: sql, engine: engine)
            return PointClaim(
                id: claimID, memberID: memberID, memberName: member.name, ruleID: rule.id, item: rule.item, points: points,
                earnedOn: earnedOn, evidence: try row.string("evidence"), status: status, decisionReason: trimmed)
        }
    }

    /// Takes points off a member under a deduction rule, with the reason.
    public func deduct(memberID: String, ruleID: String, earnedOn: String, reason: String, by principal: Principal) async throws
        -> PointEntry
    {
        try await adjust(memberID: memberID, earnedOn: earnedOn, reason: reason, by: principal) { member, sql in
            guard let rule = try await Self.rule(ruleID, in: sql), rule.trigger == .deduction, rule.active,
                rule.communityCode == member.communityCode
            else { throw ValidationFailure([FieldError("ruleID", .notFound)]) }
            let already = try await Self.ruleTotal(rule.id, memberID: memberID, year: String(earnedOn.prefix(4)), in: sql)
            let points = rule.counted(already: already)
            guard points != 0 else { throw ValidationFailure([FieldError("ruleID", .capReached(maximum: rule.capPerYear ?? 0))]) }
            return (rule.id, rule.item, .deduction, points, nil)
        }
    }

    /// Corrects a ledger line by a new line of `points` (positive or negative); the line corrected stays as it was.
    public func correct(entryID: String, points: Int, reason: String, by principal: Principal) async throws -> PointEntry {
        let original = try await database.read { sql in
            try await sql.raw("SELECT * FROM point_entries WHERE id = \(bind: entryID)").first().map(Self.entry)
        }
        guard let original else { throw StoreError.notFound }
        if points == 0 { throw ValidationFailure([FieldError("points", .tooSmall(minimum: 1))]) }
        return try await adjust(memberID: original.memberID, earnedOn: original.earnedOn, reason: reason, by: principal) { _, _ in
            (original.ruleID, original.item, .correction, points, "entry:\(entryID)")
        }
    }

    private func adjust(
        memberID: String, earnedOn: String, reason: String, by principal: Principal,
        _ line: @escaping @Sendable (AuthorisedMember, any SQLDatabase) async throws
            -> (rule: String?, item: String, kind: PointEntryKind, points: Int, source: String?)
    ) async throws -> PointEntry {
        let now = clock()
        var validator = Validator()
        validator.reason(reason)
        Self.checkDay(earnedOn, today: CalendarDay(containing: now), into: &validator)
        try validator.throwIfAny()
        let engine = database.engine
        do {
            return try await database.write { sql in
                let member = try await Self.authorise(principal, over: memberID, in: sql)
                if member.accountID == principal.accountID { throw ValidationFailure([FieldError("memberID", .ownRequest)]) }
                let (rule, item, kind, points, source) = try await line(member, sql)
                let entry = PointEntry(
                    id: Secrets.identifier(), memberID: memberID, ruleID: rule, item: item, kind: kind, points: points,
                    earnedOn: earnedOn, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines), source: source,
                    recordedBy: principal.username)
                try await Self.insert(
                    entry, org: member.orgID, street: TerritoryCode.streetCode(of: member.communityCode),
                    community: member.communityCode, at: now, in: sql)
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .pointsAdjusted, subject: "partyMember:\(memberID)", territoryCode: member.communityCode,
                        detail: ["kind": kind.rawValue, "points": String(points), "entry": entry.id], reason: entry.reason),
                    at: now, in: sql, engine: engine)
                return entry
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("entryID", .alreadyExists)])
        }
    }

    /// A member's ledger for a year, oldest first: the member themselves, an officer of their branch, or staff.
    public func ledger(memberID: String, year: Int, by principal: Principal) async throws -> [PointEntry] {
        try await database.read { sql in
            try await Self.authoriseReading(principal, member: memberID, in: sql)
            return try await sql.raw(
                """
                SELECT * FROM point_entries WHERE member_id = \(bind: memberID)
                    AND earned_on >= \(bind: "\(year)-01-01") AND earned_on <= \(bind: "\(year)-12-31")
                ORDER BY earned_on, created_at
                """
            ).all().map(Self.entry)
        }
    }

    /// Claims waiting for the caller's decision (staff: their territory; an officer: their branch), or the caller's
    /// own claims for a member.
    public func claims(by principal: Principal, status: ClaimStatus? = .pending) async throws -> [PointClaim] {
        try await database.read { sql in
            var condition: SQLQueryString
            if principal.can(.managePartyWork) {
                condition = principal.scope.condition(street: "m.street_code", community: "c.community_code", grid: "m.grid_code")
            } else if let member = try await PartyStore.member(of: principal, in: sql) {
                condition =
                    member.isOfficer
                    ? inOrganisation(member.orgID, column: "m.org_id")
                    : "c.member_id = \(bind: member.id)"
            } else {
                return []
            }
            let filter: SQLQueryString = status.map { "AND c.status = \(bind: $0.rawValue)" } ?? ""
            return try await sql.raw(
                """
                SELECT c.*, m.name AS member_name, r.item FROM point_claims c
                JOIN party_members m ON m.id = c.member_id JOIN point_rules r ON r.id = c.rule_id
                WHERE \(condition) \(filter) ORDER BY c.created_at
                """
            ).all().map { row in
                PointClaim(
                    id: try row.string("id"), memberID: try row.string("member_id"), memberName: try row.string("member_name"),
                    ruleID: try row.string("rule_id"), item: try row.string("item"), points: try row.int("points"),
                    earnedOn: try row.string("earned_on"), evidence: try row.string("evidence"),
                    status: ClaimStatus(rawValue: try row.string("status")) ?? .pending,
                    decisionReason: try row.optionalString("decision_reason"))
            }
        }
    }

    // MARK: - Who may

    struct AuthorisedMember: Sendable {
        var id: String
        var name: String
        var orgID: String
        var communityCode: String
        var accountID: String?
    }

    /// The member, when the caller may decide for them: staff of their community, or an officer of their branch
    /// (the member's own organisation or the branch above their group).
    static func authorise(_ principal: Principal, over memberID: String, in sql: any SQLDatabase) async throws -> AuthorisedMember {
        guard
            let row = try await sql.raw(
                """
                SELECT m.id, m.name, m.org_id, m.community_code, m.account_id, o.parent_id
                FROM party_members m JOIN party_orgs o ON o.id = m.org_id WHERE m.id = \(bind: memberID)
                """
            ).first()
        else { throw StoreError.notFound }
        let member = AuthorisedMember(
            id: memberID, name: try row.string("name"), orgID: try row.string("org_id"),
            communityCode: try row.string("community_code"), accountID: try row.optionalString("account_id"))
        if principal.can(.managePartyWork), principal.scope.contains(code: member.communityCode) {
            guard principal.mayChange else { throw StoreError.twoFactorRequired }
            return member
        }
        let parent = try row.optionalString("parent_id")
        guard let officer = try await PartyStore.member(of: principal, in: sql), officer.isOfficer,
            officer.orgID == member.orgID || officer.orgID == parent
        else {
            // Outside the caller's territory the member must look absent, not forbidden: an id is not confirmed.
            let sees = principal.scope.contains(code: member.communityCode) || principal.scope.code.hasPrefix(member.communityCode)
            throw sees ? StoreError.forbidden : StoreError.notFound
        }
        return member
    }

    /// Checks that the caller may read a member's ledger: the member, an officer over them, or anyone who sees the
    /// members' list of the member's territory.
    static func authoriseReading(_ principal: Principal, member memberID: String, in sql: any SQLDatabase) async throws {
        if principal.can(.viewPartyMembers) {
            let scope = principal.scope.condition()
            guard try await sql.raw("SELECT id FROM party_members WHERE id = \(bind: memberID) AND \(scope)").first() != nil else {
                throw StoreError.notFound
            }
            return
        }
        if let me = try await PartyStore.member(of: principal, in: sql), me.id == memberID { return }
        do {
            _ = try await authorise(principal, over: memberID, in: sql)
        } catch StoreError.forbidden {
            throw StoreError.notFound
        }
    }

    static func ruleTotal(_ ruleID: String, memberID: String, year: String, in sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(points), 0) AS BIGINT) AS n FROM point_entries
            WHERE rule_id = \(bind: ruleID) AND member_id = \(bind: memberID)
                AND earned_on >= \(bind: year + "-01-01") AND earned_on <= \(bind: year + "-12-31")
            """
        ).first()?.int("n") ?? 0
    }

    /// A day points count on: a real day, not in the future, and this year or last (a quarter's work may be
    /// claimed just after the new year).
    static func checkDay(_ text: String, today: CalendarDay, into validator: inout Validator) {
        guard let day = CalendarDay(iso: text) else {
            validator.check("earnedOn", text.isEmpty ? .required : .dateFormat)
            return
        }
        if day > today { validator.check("earnedOn", .dateFormat) }
        if day.year < today.year - 1 { validator.check("earnedOn", .tooLongAgo(maximumDays: 366)) }
    }
}
