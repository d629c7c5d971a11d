import DoorstepCore
import Foundation
import SQLKit

/// Household visits (走访): recorded by Party members, grid workers and staff in their territory, each with what was
/// found and, in the same step, the opinion heard or the case raised. A member's visit earns points by the
/// community's visit rule in the same transaction.
public struct VisitStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    public func record(_ visit: NewVisit, by principal: Principal) async throws -> Visit {
        try await record(visit, by: principal, key: nil).visit
    }

    /// Records a visit once per `key`: the same key again (a form sent twice, a phone's queued visit sent when the
    /// signal returns) answers the first visit, `created` false.
    public func record(_ visit: NewVisit, by principal: Principal, key: String?) async throws -> (visit: Visit, created: Bool) {
        guard principal.can(.recordVisits) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        try FormKeys.check(key, field: "formKey")
        try visit.validate(today: CalendarDay(containing: now))
        if visit.raisedCase != nil, !principal.can(.reportCases) || !CaseStore.sources(for: principal.role).contains(.visit) {
            throw StoreError.forbidden
        }
        @Sendable func earlier(_ sql: any SQLDatabase) async throws -> Visit? {
            guard let id = try await FormKeys.earlier("visit", owner: principal.accountID, key: key, in: sql) else { return nil }
            return try await sql.raw("\(unsafeRaw: Self.select) WHERE v.id = \(bind: id)").first().map(Self.visit)
        }
        do {
            return try await database.write { sql in
                if let first = try await earlier(sql) { return (first, false) }
                let member = try await PartyStore.member(of: principal, in: sql)
                if principal.role == .partyMember, member == nil {
                    throw ValidationFailure([FieldError("memberID", .notLinked)])
                }
                let household = try await Self.household(visit.householdID, for: principal, in: sql)
                if let activityID = visit.activityID {
                    // Only a participant's visit on the outing's day counts under it.
                    guard let member,
                        try await sql.raw(
                            """
                            SELECT a.id FROM team_activities a JOIN team_activity_participants p ON p.activity_id = a.id
                            WHERE a.id = \(bind: activityID) AND a.community_code = \(bind: household.community)
                                AND a.held_on = \(bind: visit.visitedOn) AND p.member_id = \(bind: member.id)
                            """
                        ).first() != nil
                    else { throw ValidationFailure([FieldError("activityID", .notFound)]) }
                }
                let visitorName = member?.name ?? principal.displayName
                var caseID: String?
                if let raised = visit.raisedCase {
                    let report = CaseReport(
                        source: .visit, categoryCode: raised.categoryCode, urgency: raised.urgency, description: raised.description,
                        buildingID: household.building, reporterName: visitorName)
                    try report.validate()
                    caseID = try await CaseStore.fileNew(report, by: principal, phone: nil, at: now, in: sql).id
                }
                let id = Secrets.identifier()
                var opinionID: String?
                if let heard = visit.opinion {
                    let opinion = Opinion(
                        id: Secrets.identifier(), source: .visit, topic: heard.topic,
                        content: heard.content.trimmingCharacters(in: .whitespacesAndNewlines),
                        communityCode: household.community, gridCode: household.grid, householdID: visit.householdID,
                        memberID: member?.id, collectorName: visitorName, collectedOn: visit.visitedOn,
                        status: caseID == nil ? .open : .caseRaised, caseID: caseID, visitID: id)
                    try await OpinionStore.insert(
                        opinion, collector: principal.accountID, activityID: visit.activityID, at: now, in: sql)
                    opinionID = opinion.id
                }
                try await sql.raw(
                    """
                    INSERT INTO visits (id, street_code, community_code, grid_code, household_id, member_id,
                        visitor_account_id, visitor_name, visited_on, findings, photo_type, photo, opinion_id, case_id,
                        activity_id, created_at)
                    VALUES (\(bind: id), \(bind: TerritoryCode.streetCode(of: household.community)), \(bind: household.community),
                        \(bind: household.grid), \(bind: visit.householdID), \(bind: member?.id), \(bind: principal.accountID),
                        \(bind: visitorName), \(bind: visit.visitedOn), \(bind: visit.findings.trimmingCharacters(in: .whitespacesAndNewlines)),
                        \(bind: visit.photo?.format.rawValue), \(bind: visit.photo.map { Data($0.bytes) }), \(bind: opinionID),
                        \(bind: caseID), \(bind: visit.activityID), \(bind: Timestamp.format(now)))
                    """
                ).run()
                if let member {
                    try await PointsAccrual.accrue(
                        .visit, memberID: member.id, source: "visit:\(id)", on: visit.visitedOn, reason: household.label,
                        recordedBy: "doorstep", at: now, in: sql)
                    if let opinionID {
                        try await PointsAccrual.accrue(
                            .opinion, memberID: member.id, source: "opinion:\(opinionID)", on: visit.visitedOn,
                            reason: household.label, recordedBy: "doorstep", at: now, in: sql)
                    }
                }
                try await FormKeys.keep("visit", owner: principal.accountID, key: key, record: id, at: now, in: sql)
                let recorded = Visit(
                    id: id, householdID: visit.householdID, householdLabel: household.label, gridCode: household.grid,
                    memberID: member?.id, visitorName: visitorName, visitedOn: visit.visitedOn,
                    findings: visit.findings.trimmingCharacters(in: .whitespacesAndNewlines), opinionID: opinionID, caseID: caseID,
                    activityID: visit.activityID, hasPhoto: visit.photo != nil)
                return (recorded, true)
            }
        } catch where isUniqueViolation(error) {
            // Two sends of one key raced: the first one's visit is the answer.
            if let first = try await database.read({ try await earlier($0) }) { return (first, false) }
            throw ValidationFailure([FieldError("visitedOn", .alreadyExists)])
        }
    }

    /// One visit the caller may see.
    public func find(id: String, by principal: Principal) async throws -> Visit {
        let visible = try Self.visibility(for: principal)
        return try await database.read { sql in
            guard let row = try await sql.raw("\(unsafeRaw: Self.select) WHERE v.id = \(bind: id) AND \(visible)").first() else {
                throw StoreError.notFound
            }
            return try Self.visit(row)
        }
    }

    /// The photo taken at a visit the caller may see.
    public func photo(of id: String, by principal: Principal) async throws -> Photo {
        let visible = try Self.visibility(for: principal)
        return try await database.read { sql in
            guard
                let row = try await sql.raw("SELECT v.photo_type, v.photo FROM visits v WHERE v.id = \(bind: id) AND \(visible)").first(),
                let type = try row.optionalString("photo_type"), let format = Photo.Format(rawValue: type)
            else { throw StoreError.notFound }
            return Photo(format: format, bytes: [UInt8](try row.decode(column: "photo", as: Data.self)))
        }
    }

    /// The linked households whose visit is overdue (due before today), most overdue first.
    public func overdueVisits(for principal: Principal) async throws -> [DueVisit] {
        let today = CalendarDay(containing: clock()).description
        return try await visitPlan(for: principal).filter { $0.dueOn < today }
    }

    /// The visit plan, soonest due first: for a member their own hub's linked households, for grid workers and
    /// staff every hub in their territory. A household is due `visitIntervalDays` after its last visit — by the hub's
    /// member or by anyone else who recorded one (a grid worker, another member): the household was seen, and a plan
    /// still saying 尚未走访 after it would be wrong — or after it was linked when never visited.
    public func visitPlan(for principal: Principal) async throws -> [DueVisit] {
        guard principal.can(.recordVisits) || principal.can(.viewPartyMembers) else { throw StoreError.forbidden }
        let today = CalendarDay(containing: clock())
        return try await database.read { sql in
            var condition: SQLQueryString = principal.scope.condition(
                street: "hub.street_code", community: "hub.community_code", grid: "hub.grid_code")
            if principal.role == .partyMember {
                guard let member = try await PartyStore.member(of: principal, in: sql) else { return [] }
                condition = "hub.member_id = \(bind: member.id)"
            }
            let rows = try await sql.raw(
                """
                SELECT lh.household_id, lh.created_at, hub.member_id, m.name AS member_name, hub.community_code,
                    b.name AS building_name, h.unit, h.room,
                    (SELECT MAX(v.visited_on) FROM visits v WHERE v.household_id = lh.household_id) AS last_visit
                FROM linked_households lh
                JOIN party_member_hubs hub ON hub.id = lh.hub_id
                JOIN party_members m ON m.id = hub.member_id
                JOIN households h ON h.id = lh.household_id
                JOIN buildings b ON b.id = h.building_id
                WHERE \(condition)
                """
            ).all()
            var intervals: [String: Int] = [:]
            var due: [DueVisit] = []
            for row in rows {
                let community = try row.string("community_code")
                if intervals[community] == nil {
                    intervals[community] = try await PointsStore.settings(community: community, in: sql).visitIntervalDays
                }
                let last = try row.optionalString("last_visit")
                let linked = Timestamp.parse(try row.string("created_at")).map(CalendarDay.init(containing:))
                let from = last.flatMap { CalendarDay(iso: $0) } ?? linked ?? today
                let dueOn = from.adding(days: intervals[community]!)
                due.append(
                    DueVisit(
                        householdID: try row.string("household_id"),
                        householdLabel: try Self.householdLabel(row),
                        memberID: try row.string("member_id"), memberName: try row.string("member_name"), lastVisitedOn: last,
                        dueOn: dueOn.description))
            }
            return due.sorted { ($0.dueOn, $0.householdLabel) < ($1.dueOn, $1.householdLabel) }
        }
    }

    /// Every household a grid-level caller (a member, a grid worker) may visit, by building, unit and room: the visit
    /// form offers them after the caller's linked households. Wider territories pick a household from the registry.
    public func visitableHouseholds(for principal: Principal) async throws -> [(id: String, label: String)] {
        guard principal.can(.recordVisits), principal.scope.level == .grid else { return [] }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT h.id, h.unit, h.room, b.name AS building_name
                FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.grid_code = \(bind: principal.scope.code)
                """
            ).all().map { row in
                (try row.string("id"), try Self.householdLabel(row))
            }.sorted { $0.label.localizedStandardCompare($1.label) == .orderedAscending }
        }
    }

    /// A household's place as the visit form shows it, when the caller may visit it.
    public func householdLabel(_ id: String, for principal: Principal) async throws -> String {
        guard principal.can(.recordVisits) else { throw StoreError.forbidden }
        return try await database.read { try await Self.household(id, for: principal, in: $0).label }
    }

    // MARK: - Shared with the figures and opinions

    static let select = """
        SELECT v.id, v.household_id, v.grid_code, v.member_id, v.visitor_name, v.visited_on, v.findings, v.opinion_id,
            v.case_id, v.activity_id, v.photo_type, b.name AS building_name, h.unit, h.room
        FROM visits v JOIN households h ON h.id = v.household_id JOIN buildings b ON b.id = h.building_id
        """

    static func visit(_ row: any SQLRow) throws -> Visit {
        Visit(
            id: try row.string("id"), householdID: try row.string("household_id"),
            householdLabel: try Self.householdLabel(row),
            gridCode: try row.optionalString("grid_code"), memberID: try row.optionalString("member_id"),
            visitorName: try row.string("visitor_name"), visitedOn: try row.string("visited_on"), findings: try row.string("findings"),
            opinionID: try row.optionalString("opinion_id"), caseID: try row.optionalString("case_id"),
            activityID: try row.optionalString("activity_id"), hasPhoto: try row.optionalString("photo_type") != nil)
    }

    /// Who sees a visit: staff and grid workers their territory; a member their own.
    static func visibility(for principal: Principal) throws -> SQLQueryString {
        if principal.can(.viewRegistry) {
            return principal.scope.condition(street: "v.street_code", community: "v.community_code", grid: "v.grid_code")
        }
        guard principal.can(.recordVisits) else { throw StoreError.forbidden }
        return "v.visitor_account_id = \(bind: principal.accountID)"
    }

    /// The place of a row that selected a household's unit and room and its building's name (`building_name`).
    static func householdLabel(_ row: any SQLRow) throws -> String {
        Household.label(building: try row.string("building_name"), unit: try row.string("unit"), room: try row.string("room"))
    }

    /// A household in the caller's territory, with where it is.
    static func household(_ id: String, for principal: Principal, in sql: any SQLDatabase) async throws
        -> (community: String, grid: String, building: String, label: String)
    {
        let scope = principal.scope.condition(street: "h.street_code", community: "h.community_code", grid: "h.grid_code")
        guard
            let row = try await sql.raw(
                """
                SELECT h.community_code, h.grid_code, h.building_id, h.unit, h.room, b.name AS building_name
                FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.id = \(bind: id) AND \(scope)
                """
            ).first()
        else { throw ValidationFailure([FieldError("householdID", .notFound)]) }
        return (
            try row.string("community_code"), try row.string("grid_code"), try row.string("building_id"),
            try Self.householdLabel(row)
        )
    }
}
