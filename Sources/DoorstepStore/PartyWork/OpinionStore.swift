import DoorstepCore
import Foundation
import SQLKit

/// Opinions and requests collected from residents (社情民意): at visits (written with the visit), at meetings, from
/// the hotline or the public page. Each is answered, or turned into a case to be solved.
public struct OpinionStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Records an opinion heard outside a visit, in a community of the caller's territory (the caller's own when
    /// they hold one), optionally for a household there.
    public func record(
        _ opinion: NewOpinion, communityCode: String?, householdID: String?, collectedOn: String, by principal: Principal
    ) async throws -> Opinion {
        guard principal.can(.recordVisits) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        var validator = Validator()
        validator.text("content", opinion.content, maximum: 1_000)
        if let day = CalendarDay(iso: collectedOn) {
            if day > CalendarDay(containing: now) { validator.check("collectedOn", .dateFormat) }
        } else {
            validator.check("collectedOn", collectedOn.isEmpty ? .required : .dateFormat)
        }
        if opinion.source == .visit { validator.check("source", .unknownValue(allowed: ["meeting", "publicPage", "hotline"])) }
        try validator.throwIfAny()
        return try await database.write { sql in
            let member = try await PartyStore.member(of: principal, in: sql)
            if principal.role == .partyMember, member == nil { throw ValidationFailure([FieldError("memberID", .notLinked)]) }
            var community = communityCode ?? principal.scope.communityCode ?? ""
            var grid: String? = principal.scope.level == .grid ? principal.scope.code : nil
            if let householdID {
                let household = try await VisitStore.household(householdID, for: principal, in: sql)
                community = household.community
                grid = household.grid
            } else if community.count != ScopeLevel.community.codeLength
                || !(principal.scope.contains(code: community) || principal.scope.code.hasPrefix(community))
            {
                throw ValidationFailure([FieldError("communityCode", community.isEmpty ? .required : .outsideYourScope)])
            }
            let item = Opinion(
                id: Secrets.identifier(), source: opinion.source, topic: opinion.topic,
                content: opinion.content.trimmingCharacters(in: .whitespacesAndNewlines), communityCode: community, gridCode: grid,
                householdID: householdID, memberID: member?.id, collectorName: member?.name ?? principal.displayName,
                collectedOn: collectedOn)
            try await Self.insert(item, collector: principal.accountID, activityID: nil, at: now, in: sql)
            if let member {
                try await PointsAccrual.accrue(
                    .opinion, memberID: member.id, source: "opinion:\(item.id)", on: collectedOn, reason: opinion.topic.rawValue,
                    recordedBy: "doorstep", at: now, in: sql)
            }
            return item
        }
    }

    /// Answers an open opinion (the answer is what the resident was told).
    public func answer(_ id: String, answer: String, by principal: Principal) async throws -> Opinion {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("answer", answer, maximum: 1_000)
        try validator.throwIfAny()
        let now = clock()
        return try await change(id, by: principal) { item, sql in
            try await sql.raw(
                """
                UPDATE opinions SET status = \(bind: OpinionStatus.answered.rawValue), answer = \(bind: answer.trimmingCharacters(in: .whitespacesAndNewlines)),
                    answered_by = \(bind: principal.accountID), answered_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: item.id)
                """
            ).run()
        }
    }

    /// Turns an open opinion into a case in the closed loop; the case counts as a problem solved for whoever
    /// collected the opinion when it closes.
    public func raiseCase(_ id: String, _ raised: RaisedCase, by principal: Principal) async throws -> Opinion {
        guard principal.can(.handleCases), principal.can(.reportCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        return try await change(id, by: principal) { item, sql in
            var buildingID: String?
            if let household = item.householdID {
                buildingID = try await VisitStore.household(household, for: principal, in: sql).building
            }
            let report = CaseReport(
                source: Self.caseSource(of: item.source, for: principal.role),
                categoryCode: raised.categoryCode, urgency: raised.urgency,
                description: raised.description.isEmpty ? item.content : raised.description, buildingID: buildingID,
                communityCode: item.communityCode, reporterName: item.collectorName)
            try report.validate()
            let filed = try await CaseStore.fileNew(report, by: principal, phone: nil, at: now, in: sql)
            try await sql.raw(
                "UPDATE opinions SET status = \(bind: OpinionStatus.caseRaised.rawValue), case_id = \(bind: filed.id) WHERE id = \(bind: item.id)"
            ).run()
        }
    }

    /// The opinions of the caller's territory (a member: their own), newest first, optionally only those still open.
    public func opinions(for principal: Principal, onlyOpen: Bool = false, limit: Int = 100) async throws -> [Opinion] {
        let visible = try Self.visibility(for: principal)
        let open: SQLQueryString = onlyOpen ? "AND status = \(bind: OpinionStatus.open.rawValue)" : ""
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM opinions o WHERE \(visible) \(open) ORDER BY collected_on DESC, created_at DESC LIMIT \(bind: limit)"
            ).all().map(Self.opinion)
        }
    }

    public func find(id: String, by principal: Principal) async throws -> Opinion {
        let visible = try Self.visibility(for: principal)
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM opinions o WHERE o.id = \(bind: id) AND \(visible)").first() else {
                throw StoreError.notFound
            }
            return try Self.opinion(row)
        }
    }

    private func change(
        _ id: String, by principal: Principal, _ body: @escaping @Sendable (Opinion, any SQLDatabase) async throws -> Void
    ) async throws -> Opinion {
        let scope = principal.scope.condition(street: "o.street_code", community: "o.community_code", grid: "o.grid_code")
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM opinions o WHERE o.id = \(bind: id) AND \(scope)").first() else {
                throw StoreError.notFound
            }
            let item = try Self.opinion(row)
            guard item.status == .open else { throw ValidationFailure([FieldError("status", .unknownValue(allowed: ["open"]))]) }
            try await body(item, sql)
            return try Self.opinion(try await sql.raw("SELECT * FROM opinions o WHERE o.id = \(bind: id)").first()!)
        }
    }

    /// The channel a case raised from an opinion came through: the opinion's own, where the role reports by it.
    static func caseSource(of source: OpinionSource, for role: Role) -> CaseSource {
        let channel: CaseSource =
            switch source {
            case .visit: .visit
            case .meeting: .walkIn
            case .hotline: .hotline12345
            case .publicPage: .selfReport
            }
        return CaseStore.sources(for: role).contains(channel) ? channel : CaseStore.defaultSource(for: role)
    }

    static func insert(_ item: Opinion, collector: String, activityID: String?, at now: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO opinions (id, street_code, community_code, grid_code, source, topic, content, household_id, member_id,
                collector_account_id, collector_name, collected_on, status, case_id, visit_id, activity_id, created_at)
            VALUES (\(bind: item.id), \(bind: TerritoryCode.streetCode(of: item.communityCode)), \(bind: item.communityCode),
                \(bind: item.gridCode), \(bind: item.source.rawValue), \(bind: item.topic.rawValue), \(bind: item.content),
                \(bind: item.householdID), \(bind: item.memberID), \(bind: collector), \(bind: item.collectorName),
                \(bind: item.collectedOn), \(bind: item.status.rawValue), \(bind: item.caseID), \(bind: item.visitID),
                \(bind: activityID), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    static func opinion(_ row: any SQLRow) throws -> Opinion {
        Opinion(
            id: try row.string("id"), source: OpinionSource(rawValue: try row.string("source")) ?? .meeting,
            topic: OpinionTopic(rawValue: try row.string("topic")) ?? .other, content: try row.string("content"),
            communityCode: try row.string("community_code"), gridCode: try row.optionalString("grid_code"),
            householdID: try row.optionalString("household_id"), memberID: try row.optionalString("member_id"),
            collectorName: try row.string("collector_name"), collectedOn: try row.string("collected_on"),
            status: OpinionStatus(rawValue: try row.string("status")) ?? .open, answer: try row.optionalString("answer"),
            caseID: try row.optionalString("case_id"), visitID: try row.optionalString("visit_id"))
    }

    static func visibility(for principal: Principal) throws -> SQLQueryString {
        if principal.can(.viewRegistry) {
            return principal.scope.condition(street: "o.street_code", community: "o.community_code", grid: "o.grid_code")
        }
        guard principal.can(.recordVisits) else { throw StoreError.forbidden }
        return "o.collector_account_id = \(bind: principal.accountID)"
    }
}
