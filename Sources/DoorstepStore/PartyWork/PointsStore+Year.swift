import DoorstepCore
import Foundation
import SQLKit

extension PointsStore {
    /// Exempts a member from the year's rating by branch decision (aged 70 or more, long-term ill), with the reason.
    /// Their lines stay in the ledger; they are neither rated nor ranked.
    public func exempt(memberID: String, year: Int, reason: String, by principal: Principal) async throws {
        var validator = Validator()
        validator.reason(reason)
        let thisYear = CalendarDay(containing: clock()).year
        if year < thisYear - 1 || year > thisYear { validator.check("year", .unknownValue(allowed: ["\(thisYear - 1)", "\(thisYear)"])) }
        try validator.throwIfAny()
        let now = clock()
        let engine = database.engine
        do {
            try await database.write { sql in
                let member = try await Self.authorise(principal, over: memberID, in: sql)
                if member.accountID == principal.accountID { throw ValidationFailure([FieldError("memberID", .ownRequest)]) }
                try await sql.raw(
                    """
                    INSERT INTO point_exemptions (member_id, year, reason, decided_by, decided_at)
                    VALUES (\(bind: memberID), \(bind: year), \(bind: reason.trimmingCharacters(in: .whitespacesAndNewlines)),
                        \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .pointsExempted, subject: "partyMember:\(memberID)", territoryCode: member.communityCode,
                        detail: ["year": String(year)], reason: reason),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("year", .alreadyExists)])
        }
    }

    /// Every member of a branch (and of the groups under it) or of the caller's whole territory, with the year's
    /// total and stars, highest first; exempted members last. The ranking of a branch or a community.
    public func year(_ year: Int, orgID: String? = nil, by principal: Principal) async throws -> [MemberYear] {
        try await database.read { sql in
            let condition = try await Self.memberCondition(orgID: orgID, for: principal, in: sql)
            let members = try await Self.members(where: condition, in: sql)
            let totals = try await Self.totals(of: condition, from: "\(year)-01-01", to: "\(year)-12-31", in: sql)
            let exempt = try await Self.exemptions(year: year, in: sql)
            var settings: [String: PartyWorkSettings] = [:]
            var result: [MemberYear] = []
            for member in members {
                if settings[member.community] == nil {
                    settings[member.community] = try await Self.settings(community: member.community, in: sql)
                }
                let rules = settings[member.community]!
                result.append(
                    MemberYear(
                        memberID: member.id, memberName: member.name, orgID: member.org, year: year, base: rules.basePoints,
                        earned: totals[member.id] ?? 0, exempt: exempt.contains(member.id), bands: rules.starBands))
            }
            return result.sorted { ($0.exempt ? 1 : 0, -$0.total, $0.memberName) < ($1.exempt ? 1 : 0, -$1.total, $1.memberName) }
        }
    }

    /// One member's year: the member themselves, an officer over them, or staff who see members.
    public func memberYear(memberID: String, year: Int, by principal: Principal) async throws -> MemberYear? {
        try await database.read { sql in
            try await Self.authoriseReading(principal, member: memberID, in: sql)
            let condition: SQLQueryString = "id = \(bind: memberID)"
            guard let member = try await Self.members(where: condition, in: sql).first else { return nil }
            let earned = try await Self.totals(of: condition, from: "\(year)-01-01", to: "\(year)-12-31", in: sql)[memberID] ?? 0
            let settings = try await Self.settings(community: member.community, in: sql)
            return MemberYear(
                memberID: memberID, memberName: member.name, orgID: member.org, year: year, base: settings.basePoints,
                earned: earned, exempt: try await Self.exemptions(year: year, in: sql).contains(memberID), bands: settings.starBands)
        }
    }

    /// Publishes a branch's quarter: a fixed list of every member with the quarter's points and the year's to the
    /// quarter's end, read from the ledger, open to objections for the community's objection days. Once per
    /// quarter; only a quarter that has ended.
    public func publish(orgID: String, quarter: Quarter, by principal: Principal) async throws -> PointsPublication {
        let now = clock()
        let today = CalendarDay(containing: now)
        guard quarter.last < today else {
            throw ValidationFailure([FieldError("quarter", .tooLarge(maximum: Quarter(containing: today).number - 1))])
        }
        let engine = database.engine
        do {
            return try await database.write { sql in
                guard let org = try await sql.raw("SELECT kind, community_code FROM party_orgs WHERE id = \(bind: orgID)").first(),
                    let community = try org.optionalString("community_code")
                else { throw ValidationFailure([FieldError("orgID", .notFound)]) }
                guard Self.reaches(principal, community: community) else { throw ValidationFailure([FieldError("orgID", .notFound)]) }
                try await Self.authoriseOrg(principal, org: orgID, community: community, in: sql)
                let settings = try await Self.settings(community: community, in: sql)
                let condition = try await Self.memberCondition(orgID: orgID, for: nil, in: sql)
                let members = try await Self.members(where: condition, in: sql)
                let inQuarter = try await Self.totals(
                    of: condition, from: quarter.first.description, to: quarter.last.description, in: sql)
                let toDate = try await Self.totals(of: condition, from: "\(quarter.year)-01-01", to: quarter.last.description, in: sql)
                let exempt = try await Self.exemptions(year: quarter.year, in: sql)
                let publication = PointsPublication(
                    id: Secrets.identifier(), orgID: orgID, quarter: quarter, publishedAt: Timestamp.format(now),
                    objectionsUntil: today.adding(days: settings.objectionDays).description,
                    lines: members.map {
                        PointsPublication.Line(
                            memberID: $0.id, memberName: $0.name, quarterPoints: inQuarter[$0.id] ?? 0,
                            yearPoints: settings.basePoints + (toDate[$0.id] ?? 0), exempt: exempt.contains($0.id))
                    })
                try await sql.raw(
                    """
                    INSERT INTO point_publications (id, org_id, community_code, quarter, objections_until, published_by, published_at)
                    VALUES (\(bind: publication.id), \(bind: orgID), \(bind: community), \(bind: quarter.text),
                        \(bind: publication.objectionsUntil), \(bind: principal.accountID), \(bind: publication.publishedAt))
                    """
                ).run()
                for line in publication.lines {
                    try await sql.raw(
                        """
                        INSERT INTO point_publication_lines (publication_id, member_id, member_name, quarter_points, year_points, exempt)
                        VALUES (\(bind: publication.id), \(bind: line.memberID), \(bind: line.memberName), \(bind: line.quarterPoints),
                            \(bind: line.yearPoints), \(bind: line.exempt))
                        """
                    ).run()
                }
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .pointsPublished, subject: "partyOrg:\(orgID)", territoryCode: community,
                        detail: ["quarter": quarter.text, "members": String(publication.lines.count)]),
                    at: now, in: sql, engine: engine)
                return publication
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("quarter", .alreadyExists)])
        }
    }

    /// The publications of a branch, newest first: what its members see on the notice board.
    public func publications(orgID: String, by principal: Principal) async throws -> [PointsPublication] {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        return try await database.read { sql in
            guard let org = try await sql.raw("SELECT community_code FROM party_orgs WHERE id = \(bind: orgID)").first(),
                let community = try org.optionalString("community_code"), Self.reaches(principal, community: community)
            else { throw StoreError.notFound }
            var result: [PointsPublication] = []
            for row in try await sql.raw("SELECT * FROM point_publications WHERE org_id = \(bind: orgID) ORDER BY quarter DESC").all() {
                let id = try row.string("id")
                let lines = try await sql.raw(
                    "SELECT * FROM point_publication_lines WHERE publication_id = \(bind: id) ORDER BY year_points DESC, member_name"
                ).all().map {
                    PointsPublication.Line(
                        memberID: try $0.string("member_id"), memberName: try $0.string("member_name"),
                        quarterPoints: try $0.int("quarter_points"), yearPoints: try $0.int("year_points"), exempt: try $0.bool("exempt"))
                }
                result.append(
                    PointsPublication(
                        id: id, orgID: orgID, quarter: Quarter(text: try row.string("quarter")) ?? Quarter(year: 2000, number: 1),
                        publishedAt: try row.string("published_at"), objectionsUntil: try row.string("objections_until"), lines: lines,
                        objections: try await Self.objections(of: id, in: sql)))
            }
            return result
        }
    }

    // MARK: - Shared

    /// Staff of the community, or an officer of the branch itself.
    static func authoriseOrg(_ principal: Principal, org orgID: String, community: String, in sql: any SQLDatabase) async throws {
        if principal.can(.managePartyWork), principal.scope.contains(code: community) {
            guard principal.mayChange else { throw StoreError.twoFactorRequired }
            return
        }
        guard let officer = try await PartyStore.member(of: principal, in: sql), officer.isOfficer, officer.orgID == orgID else {
            throw StoreError.forbidden
        }
    }

    /// Which members: those of a branch and the groups under it, or (no branch) of the caller's territory. A
    /// branch is read by staff who see members, or by an officer.
    static func memberCondition(orgID: String?, for principal: Principal?, in sql: any SQLDatabase) async throws
        -> SQLQueryString
    {
        guard let orgID else {
            guard let principal, principal.can(.viewPartyMembers) else { throw StoreError.forbidden }
            return principal.scope.condition()
        }
        let branch = inOrganisation(orgID)
        guard let principal else { return branch }
        if principal.can(.viewPartyMembers) { return "\(branch) AND \(principal.scope.condition())" }
        guard let officer = try await PartyStore.member(of: principal, in: sql), officer.isOfficer,
            officer.orgID == orgID
        else { throw StoreError.forbidden }
        return branch
    }

    static func members(where condition: SQLQueryString, in sql: any SQLDatabase) async throws
        -> [(id: String, name: String, org: String, community: String)]
    {
        try await sql.raw("SELECT id, name, org_id, community_code FROM party_members WHERE \(condition) ORDER BY name").all().map {
            (try $0.string("id"), try $0.string("name"), try $0.string("org_id"), try $0.string("community_code"))
        }
    }

    /// Each member's sum of ledger lines earned between two days, both included.
    static func totals(of members: SQLQueryString, from first: String, to last: String, in sql: any SQLDatabase) async throws
        -> [String: Int]
    {
        var totals: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT member_id, CAST(SUM(points) AS BIGINT) AS n FROM point_entries
            WHERE member_id IN (SELECT id FROM party_members WHERE \(members))
                AND earned_on >= \(bind: first) AND earned_on <= \(bind: last)
            GROUP BY member_id
            """
        ).all() {
            totals[try row.string("member_id")] = try row.int("n")
        }
        return totals
    }

    static func exemptions(year: Int, in sql: any SQLDatabase) async throws -> Set<String> {
        Set(try await sql.raw("SELECT member_id FROM point_exemptions WHERE year = \(bind: year)").all().map { try $0.string("member_id") })
    }
}
