import DoorstepCore
import Foundation
import SQLKit

extension CaseStore {
    /// Files a report from any channel: a resident without an account (`principal` nil), a resident or partner
    /// with one, a grid worker on patrol, staff on a resident's behalf. The case is placed by its building, else by
    /// the grid whose boundary holds its location, else in the community named (for its staff to place). A repeated
    /// `idempotencyKey` returns the case the first request made instead of a second one.
    public func report(
        _ report: CaseReport, by principal: Principal?, idempotencyKey: String? = nil
    ) async throws -> (case: Case, created: Bool) {
        if let principal {
            guard principal.can(.reportCases) else { throw StoreError.forbidden }
            guard principal.mayChange else { throw StoreError.twoFactorRequired }
            guard Self.sources(for: principal.role).contains(report.source) else {
                throw ValidationFailure([FieldError("source", .unknownValue(allowed: Self.sources(for: principal.role).map(\.rawValue)))])
            }
        } else if report.source != .selfReport {
            throw ValidationFailure([FieldError("source", .unknownValue(allowed: [CaseSource.selfReport.rawValue]))])
        } else if report.buildingID != nil {
            // Buildings are named only by someone signed in, and only inside their own territory.
            throw ValidationFailure([FieldError("buildingID", .outsideYourScope)])
        }
        try report.validate()
        try FormKeys.check(idempotencyKey, field: "Idempotency-Key")
        let owner = principal?.accountID ?? "public"
        let phone = report.anonymous || report.reporterPhone.isEmpty
            ? nil : try keys.seal(report.reporterPhone, context: SealedColumn.reporterPhone.context)
        let now = clock()
        @Sendable func earlier(_ sql: any SQLDatabase) async throws -> Case? {
            guard let idempotencyKey else { return nil }
            return try await sql.raw(
                """
                SELECT cases.* FROM idempotency_keys JOIN cases ON cases.id = idempotency_keys.case_id
                WHERE idempotency_keys.owner = \(bind: owner) AND idempotency_keys.key = \(bind: idempotencyKey)
                """
            ).first().map(CaseRow.decode)
        }
        do {
            return try await file(report, by: principal, phone: phone, owner: owner, key: idempotencyKey, at: now, earlier: earlier)
        } catch let error where idempotencyKey != nil && isUniqueViolation(error) {
            // Two requests with one key raced (a double tap on PostgreSQL): the first one's case is the answer.
            guard let first = try await database.read({ try await earlier($0) }) else { throw error }
            return (first, false)
        }
    }

    private func file(
        _ report: CaseReport, by principal: Principal?, phone: String?, owner: String, key idempotencyKey: String?,
        at now: Date, earlier: @escaping @Sendable (any SQLDatabase) async throws -> Case?
    ) async throws -> (case: Case, created: Bool) {
        try await database.write { sql in
            if let first = try await earlier(sql) { return (first, false) }
            let item = try await Self.fileNew(report, by: principal, phone: phone, at: now, in: sql)
            if let idempotencyKey {
                try await sql.raw(
                    """
                    INSERT INTO idempotency_keys (owner, key, case_id, created_at)
                    VALUES (\(bind: owner), \(bind: idempotencyKey), \(bind: item.id), \(bind: Timestamp.format(now)))
                    """
                ).run()
            }
            return (item, true)
        }
    }

    /// Writes a new case, its first history line and photos, and tells whoever takes in reports where it landed:
    /// inside the caller's transaction, so a visit that raises a case writes both or neither.
    static func fileNew(
        _ report: CaseReport, by principal: Principal?, phone: String?, at now: Date, in sql: any SQLDatabase
    ) async throws -> Case {
        let place = try await Self.place(report, for: principal, in: sql)
        guard let category = try await CategoryStore.current(code: report.categoryCode, community: place.community, in: sql),
            category.isLeaf, category.active
        else { throw ValidationFailure([FieldError("categoryCode", .notFound)]) }
        var item = Case(
            id: Secrets.identifier(), trackingCode: Self.newTrackingCode(), source: report.source, category: category,
            urgency: report.urgency, description: report.description.trimmingCharacters(in: .whitespacesAndNewlines),
            address: Self.address(report.address, building: place.buildingName), latitude: report.latitude,
            longitude: report.longitude, buildingID: place.building, communityCode: place.community,
            gridCode: place.grid, reporterName: report.reporterName.trimmingCharacters(in: .whitespaces),
            anonymous: report.anonymous,
            reporterAccountID: principal.flatMap(Self.actor(for:))?.standing == .reporter ? principal?.accountID : nil,
            at: now)
        if phone != nil { item.reporterPhoneMasked = Masking.phone(report.reporterPhone) }
        try await CaseRow.insert(
            item, extra: [("reporter_phone_sealed", phone), ("created_by", principal?.accountID), ("warned", false)], in: sql)
        let actor = principal.flatMap(Self.actor(for:)) ?? CaseActor(id: "public", name: item.reporterName, standing: .reporter)
        try await CaseRow.insert(
            CaseEvent(
                caseID: item.id, version: 1, action: "report", from: .reported, to: .reported, actor: actor.recorded(on: item),
                note: item.source.rawValue, isPublic: true, noteIsPublic: false, at: now),
            in: sql)
        try await Self.insert(report.photos, caseID: item.id, version: 1, at: now, in: sql)
        let recipients = try await Notifications.intake(of: item, in: sql).filter { $0 != principal?.accountID }
        try await Notifications.send(.reported, about: item, to: recipients, at: now, in: sql)
        return item
    }

    /// The address as given, or the building's name when none was.
    static func address(_ given: String, building: String?) -> String {
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? building ?? "" : trimmed
    }

    /// The channel a role reports through when it names none.
    public static func defaultSource(for role: Role) -> CaseSource {
        sources(for: role).first ?? .selfReport
    }

    /// The channels each role reports through.
    public static func sources(for role: Role) -> [CaseSource] {
        switch role {
        case .streetAdmin, .communityAdmin: [.hotline12345, .walkIn, .superior, .visit, .patrol, .partner]
        case .gridWorker: [.patrol, .visit, .walkIn]
        case .partyMember, .volunteer: [.visit, .selfReport]
        case .partner: [.partner]
        case .resident: [.selfReport]
        case .auditor: []
        }
    }

    /// Where a report belongs (and its building's name, the address when none was given): its building's grid, the
    /// grid whose boundary holds its location, the reporter's own grid for a grid worker, or only the community named
    /// (the reporter's own when they have one and name none).
    static func place(
        _ report: CaseReport, for principal: Principal?, in sql: any SQLDatabase
    ) async throws -> (community: String, grid: String?, building: String?, buildingName: String?) {
        let staff = principal.map { $0.can(.viewCases) } ?? false
        if let buildingID = report.buildingID {
            // A building is named only by someone signed in (the public form has none), and only one in their scope.
            let scope: SQLQueryString = principal.map { $0.scope.condition() } ?? "1 = 1"
            guard
                let row = try await sql.raw(
                    "SELECT community_code, grid_code, name FROM buildings WHERE id = \(bind: buildingID) AND \(scope)"
                ).first()
            else { throw ValidationFailure([FieldError("buildingID", .notFound)]) }
            return (try row.string("community_code"), try row.string("grid_code"), buildingID, try row.string("name"))
        }
        // Without a building, the location decides where it falls inside a grid (for staff, a grid of their community
        // or street: a patrol reaches the next grid), even where a community was chosen: a public form's community
        // list starts at the first, whatever the map says.
        if let latitude = report.latitude, let longitude = report.longitude {
            let within: SQLQueryString = staff ? "AND \(principal!.scope.communityCondition())" : ""
            let grids = try await sql.raw(
                "SELECT code, community_code, boundary FROM grids WHERE boundary IS NOT NULL \(within) ORDER BY code"
            ).all()
            for row in grids {
                if let boundary = try? GridBoundary.parse(try row.string("boundary")),
                    boundary.contains(latitude: latitude, longitude: longitude)
                {
                    return (try row.string("community_code"), try row.string("code"), nil, nil)
                }
            }
        }
        if let principal, principal.scope.level == .grid, staff {
            return (principal.scope.communityCode ?? "", principal.scope.code, nil, nil)
        }
        // Anyone signed in for one community (a partner's Open311 key, a resident) reports into it unless they name one.
        guard let named = report.communityCode ?? principal?.scope.communityCode else {
            throw ValidationFailure([FieldError("communityCode", .required)])
        }
        if staff, !principal!.scope.contains(code: named) {
            throw ValidationFailure([FieldError("communityCode", .outsideYourScope)])
        }
        guard try await sql.raw("SELECT code FROM communities WHERE code = \(bind: named)").first() != nil else {
            throw ValidationFailure([FieldError("communityCode", .notFound)])
        }
        return (named, nil, nil, nil)
    }

    static func insert(_ photos: [Photo], caseID: String, version: Int, at now: Date, in sql: any SQLDatabase) async throws {
        for photo in photos {
            try await sql.raw(
                """
                INSERT INTO case_photos (id, case_id, version, content_type, bytes, size, created_at)
                VALUES (\(bind: Secrets.identifier()), \(bind: caseID), \(bind: version), \(bind: photo.format.rawValue),
                    \(bind: Data(photo.bytes)), \(bind: photo.bytes.count), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
    }

    /// Ten characters a resident can read out on the phone: no 0/O or 1/I to confuse.
    static func newTrackingCode() -> String {
        let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        return String(Secrets.randomBytes(10).map { alphabet[Int($0) % alphabet.count] })
    }
}
