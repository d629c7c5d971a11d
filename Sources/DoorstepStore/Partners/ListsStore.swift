import DoorstepCore
import Foundation
import SQLKit

/// The three lists (需求清单 / 资源清单 / 项目清单): residents' needs, partners' resources, the suggestions that match
/// them, and the projects an accepted match becomes, with what each delivered.
public struct ListsStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Puts a need on the list: by staff, or by a grid worker or Party member for a place in their territory. A need
    /// from a visit or an opinion names it, and it must be one of that place's community.
    public func addNeed(_ new: NewNeed, by principal: Principal) async throws -> Need {
        var need = try new.validate()
        guard principal.can(.manageServices) || principal.can(.recordVisits) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard principal.scope.contains(code: need.placeCode) else { throw ValidationFailure([FieldError("placeCode", .outsideYourScope)]) }
        need.id = Secrets.identifier()
        let stored = need
        let now = clock()
        try await database.write { sql in
            if let table = Self.sourceTable(stored.source), let reference = stored.sourceID {
                guard try await sql.raw(
                    "SELECT 1 AS one FROM \(unsafeRaw: table) WHERE id = \(bind: reference) AND community_code = \(bind: stored.communityCode)"
                ).first() != nil else { throw ValidationFailure([FieldError("sourceID", .notFound)]) }
            }
            try await sql.raw(
                """
                INSERT INTO needs (id, street_code, community_code, place_code, category, description, wanted_from, wanted_until,
                    source, source_id, created_by, created_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: stored.placeCode), \(bind: stored.category.rawValue), \(bind: stored.description),
                    \(bind: stored.wantedFrom.description), \(bind: stored.wantedUntil.description), \(bind: stored.source.rawValue),
                    \(bind: stored.sourceID), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
        return stored
    }

    /// The table a need's source names, where the store can check it; surveys' and other sources are references.
    static func sourceTable(_ source: NeedSource) -> String? {
        switch source {
        case .visit: "visits"
        case .opinion: "opinions"
        case .microWish: "micro_wishes"
        case .survey, .other: nil
        }
    }

    /// Offers a partner's resource: by the community office, or by the partner's own account.
    public func addResource(_ new: NewResource, partnerID: String, by principal: Principal) async throws -> PartnerResource {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let partner = try await database.read { sql in try await PartnerStore.partner(partnerID, visibleTo: principal, in: sql) }
        guard principal.role == .partner || principal.can(.manageServices) else { throw StoreError.forbidden }
        var resource = try new.validate(partner: partner)
        resource.id = Secrets.identifier()
        let stored = resource
        let now = clock()
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO partner_resources (id, partner_id, street_code, community_code, kind, category, description, capacity,
                    unit, place_code, available_from, available_until, created_at)
                VALUES (\(bind: stored.id), \(bind: partnerID), \(bind: TerritoryCode.streetCode(of: stored.communityCode)),
                    \(bind: stored.communityCode), \(bind: stored.kind.rawValue), \(bind: stored.category.rawValue),
                    \(bind: stored.description), \(bind: stored.capacity), \(bind: stored.unit), \(bind: stored.placeCode),
                    \(bind: stored.availableFrom.description), \(bind: stored.availableUntil.description), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
        return stored
    }

    /// The needs of the caller's territory, open ones first, newest first.
    public func needs(by principal: Principal, limit: Int = 200) async throws -> [Need] {
        try await database.read { sql in
            try await Self.needs(where: Self.visibleNeeds(principal), limit: limit, in: sql)
        }
    }

    public func need(_ id: String, by principal: Principal) async throws -> Need {
        try await database.read { sql in
            guard let need = try await Self.needs(where: "n.id = \(bind: id) AND \(Self.visibleNeeds(principal))", limit: 1, in: sql).first
            else { throw StoreError.notFound }
            return need
        }
    }

    /// Resources of the caller's territory (a partner's account: its own), newest first.
    public func resources(by principal: Principal) async throws -> [PartnerResource] {
        try await database.read { sql in
            try await Self.resources(where: PartnerStore.visible(to: principal, alias: "r", partnerColumn: "partner_id"), in: sql)
        }
    }

    /// The resources that could meet a need, best first (see `Matching`).
    public func suggestions(forNeed id: String, by principal: Principal) async throws -> [MatchSuggestion] {
        let need = try await self.need(id, by: principal)
        return try await database.read { sql in
            let resources = try await Self.resources(
                where: "r.community_code = \(bind: need.communityCode) AND r.category = \(bind: need.category.rawValue)", in: sql)
            return Matching.suggestions(for: need, among: resources, used: try await Self.used(in: sql, community: need.communityCode))
        }
    }

    /// Accepts a suggested match: the need becomes a project with the resource's partner (and any others), taking
    /// part of the resource's capacity. A need becomes one project; a resource serves projects while it has room.
    public func accept(needID: String, resourceID: String, _ new: NewProject, by principal: Principal) async throws -> Project {
        let need = try await self.need(needID, by: principal)
        try PartnerStore.requireOffice(principal, community: need.communityCode)
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        do {
            return try await database.write { sql in
                // The resource's row is the capacity's lock: two acceptances at once take turns.
                _ = try await sql.raw("SELECT id FROM partner_resources WHERE id = \(bind: resourceID)\(lock)").first()
                guard need.projectID == nil else { throw ValidationFailure([FieldError("needID", .alreadyExists)]) }
                let resources = try await Self.resources(where: "r.id = \(bind: resourceID)", in: sql)
                guard let suggestion = Matching.suggestions(
                    for: need, among: resources, used: try await Self.used(in: sql, community: need.communityCode)
                ).first else { throw ValidationFailure([FieldError("resourceID", .mismatch)]) }
                var project = try new.validate(need: need, suggestion: suggestion)
                project.id = Secrets.identifier()
                for partner in project.partnerIDs.dropFirst() {
                    guard try await sql.raw(
                        "SELECT 1 AS one FROM partners WHERE id = \(bind: partner) AND community_code = \(bind: need.communityCode)"
                    ).first() != nil else { throw ValidationFailure([FieldError("otherPartnerIDs", .notFound)]) }
                }
                try await sql.raw(
                    """
                    INSERT INTO projects (id, street_code, community_code, title, need_id, resource_id, owner, starts_on, ends_on, uses,
                        target_people, created_by, created_at)
                    VALUES (\(bind: project.id), \(bind: TerritoryCode.streetCode(of: project.communityCode)),
                        \(bind: project.communityCode), \(bind: project.title), \(bind: needID), \(bind: resourceID), \(bind: project.owner),
                        \(bind: project.startsOn.description), \(bind: project.endsOn.description), \(bind: project.uses),
                        \(bind: project.targetPeople), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                    """
                ).run()
                for (position, partner) in project.partnerIDs.enumerated() {
                    try await sql.raw(
                        """
                        INSERT INTO project_partners (project_id, partner_id, position)
                        VALUES (\(bind: project.id), \(bind: partner), \(bind: position))
                        """
                    ).run()
                }
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .projectAccepted, subject: "project:\(project.id)", territoryCode: need.placeCode,
                        detail: ["need": needID, "resource": resourceID]),
                    at: now, in: sql, engine: engine)
                return project
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("needID", .alreadyExists)])
        }
    }

    /// Records what a project delivered on a day: how many people it served (人次) and a note. By the office, or by a
    /// partner taking part.
    public func recordDelivery(projectID: String, day: String, peopleReached: String, note: String, by principal: Principal)
        async throws -> Project
    {
        var validator = Validator()
        let delivered = validator.day("day", day)
        if let delivered, delivered > CalendarDay(containing: clock()) { validator.check("day", .dateFormat) }
        let people = Int(peopleReached.trimmingCharacters(in: .whitespaces))
        validator.check("peopleReached", people == nil ? .notANumber : people! < 0 ? .tooSmall(minimum: 0) : nil)
        validator.check("note", note.count > 500 ? .tooLong(maximum: 500) : nil)
        try validator.throwIfAny()
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard principal.role == .partner || principal.can(.manageServices) else { throw StoreError.forbidden }
        let now = clock()
        return try await database.write { sql in
            guard let project = try await Self.projects(where: "p.id = \(bind: projectID) AND \(Self.visibleProjects(principal))", in: sql).first
            else { throw StoreError.notFound }
            guard delivered! >= project.startsOn else { throw ValidationFailure([FieldError("day", .beforeStart)]) }
            guard delivered! <= project.endsOn else { throw ValidationFailure([FieldError("day", .notOpen)]) }
            try await sql.raw(
                """
                INSERT INTO project_deliveries (id, project_id, community_code, day, people_reached, note, recorded_by, created_at)
                VALUES (\(bind: Secrets.identifier()), \(bind: projectID), \(bind: project.communityCode), \(bind: delivered!.description),
                    \(bind: people!),
                    \(bind: note.trimmingCharacters(in: .whitespacesAndNewlines)), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            return try await Self.projects(where: "p.id = \(bind: projectID)", in: sql)[0]
        }
    }

    /// The projects of the caller's territory (a partner's account: those it takes part in), newest first.
    public func projects(by principal: Principal) async throws -> [Project] {
        try await database.read { sql in try await Self.projects(where: Self.visibleProjects(principal), in: sql) }
    }

    // MARK: - Reading

    static func visibleNeeds(_ principal: Principal) -> SQLQueryString {
        guard principal.can(.manageServices) || principal.can(.recordVisits) else { return "1 = 0" }
        return principal.scope.level == .grid
            ? "n.place_code = \(bind: principal.scope.code)" : principal.scope.communityCondition("n.community_code")
    }

    static func visibleProjects(_ principal: Principal) -> SQLQueryString {
        if principal.role == .partner {
            return """
                p.id IN (SELECT pp.project_id FROM project_partners pp JOIN partners pa ON pa.id = pp.partner_id
                    WHERE pa.account_id = \(bind: principal.accountID))
                """
        }
        guard principal.can(.manageServices) else { return "1 = 0" }
        return principal.scope.communityCondition("p.community_code")
    }

    static func needs(where condition: SQLQueryString, limit: Int, in sql: any SQLDatabase) async throws -> [Need] {
        try await sql.raw(
            """
            SELECT n.*, p.id AS project_id FROM needs n LEFT JOIN projects p ON p.need_id = n.id
            WHERE \(condition) ORDER BY (CASE WHEN p.id IS NULL THEN 0 ELSE 1 END), n.created_at DESC LIMIT \(bind: limit)
            """
        ).all().map { row in
            Need(
                id: try row.string("id"), communityCode: try row.string("community_code"), placeCode: try row.string("place_code"),
                category: ServiceCategory(rawValue: try row.string("category")) ?? .other, description: try row.string("description"),
                wantedFrom: try AgreementStore.day(row, "wanted_from"), wantedUntil: try AgreementStore.day(row, "wanted_until"),
                source: NeedSource(rawValue: try row.string("source")) ?? .other, sourceID: try row.optionalString("source_id"),
                projectID: try row.optionalString("project_id"))
        }
    }

    static func resources(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [PartnerResource] {
        try await sql.raw("SELECT r.* FROM partner_resources r WHERE \(condition) ORDER BY r.created_at DESC, r.id").all().map { row in
            PartnerResource(
                id: try row.string("id"), partnerID: try row.string("partner_id"), communityCode: try row.string("community_code"),
                kind: ResourceKind(rawValue: try row.string("kind")) ?? .goods,
                category: ServiceCategory(rawValue: try row.string("category")) ?? .other, description: try row.string("description"),
                capacity: try row.int("capacity"), unit: try row.string("unit"), placeCode: try row.string("place_code"),
                availableFrom: try AgreementStore.day(row, "available_from"),
                availableUntil: try AgreementStore.day(row, "available_until"))
        }
    }

    /// How much of each resource of a community its projects take.
    static func used(in sql: any SQLDatabase, community: String) async throws -> [String: Int] {
        var used: [String: Int] = [:]
        for row in try await sql.raw(
            "SELECT resource_id, CAST(SUM(uses) AS BIGINT) AS n FROM projects WHERE community_code = \(bind: community) GROUP BY resource_id"
        ).all() {
            used[try row.string("resource_id")] = try row.int("n")
        }
        return used
    }

    static func projects(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [Project] {
        let rows = try await sql.raw(
            """
            SELECT p.*,
                (SELECT CAST(COALESCE(SUM(d.people_reached), 0) AS BIGINT) FROM project_deliveries d WHERE d.project_id = p.id) AS reached,
                (SELECT COUNT(*) FROM project_deliveries d WHERE d.project_id = p.id) AS deliveries
            FROM projects p
            WHERE \(condition) ORDER BY p.starts_on DESC, p.id
            """
        ).all()
        var projects: [Project] = []
        for row in rows {
            let id = try row.string("id")
            let partners = try await sql.raw(
                "SELECT partner_id FROM project_partners WHERE project_id = \(bind: id) ORDER BY position"
            ).all().map { try $0.string("partner_id") }
            projects.append(
                Project(
                    id: id, communityCode: try row.string("community_code"), title: try row.string("title"),
                    needID: try row.string("need_id"), resourceID: try row.string("resource_id"), partnerIDs: partners,
                    owner: try row.string("owner"), startsOn: try AgreementStore.day(row, "starts_on"),
                    endsOn: try AgreementStore.day(row, "ends_on"), uses: try row.int("uses"),
                    targetPeople: try row.int("target_people"), peopleReached: try row.int("reached"),
                    deliveries: try row.int("deliveries")))
        }
        return projects
    }
}
