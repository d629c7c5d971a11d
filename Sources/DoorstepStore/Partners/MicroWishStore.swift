import DoorstepCore
import Foundation
import SQLKit

/// Micro-wishes (微心愿): posted for a resident in need by the office or the grid worker of their grid, claimed once
/// by a Party member or a partner of the community (or, for a claim made in person, written down by the office), and
/// fulfilled. Nothing here ever returns the wisher's name unmasked.
public struct MicroWishStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Posts a wish: the office for its community (any grid of it, or none), a grid worker for their own grid.
    public func post(_ new: NewMicroWish, communityCode: String? = nil, by principal: Principal) async throws -> MicroWish {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var typed = new
        let community: String
        if principal.can(.manageServices) {
            community = communityCode ?? principal.scope.communityCode ?? ""
            guard community.count == ScopeLevel.community.codeLength else {
                throw ValidationFailure([FieldError("communityCode", community.isEmpty ? .required : .scopeFormat)])
            }
            try PartnerStore.requireOffice(principal, community: community)
        } else if principal.role == .gridWorker, let grid = principal.scope.gridCode, let own = principal.scope.communityCode {
            community = own
            let given = typed.gridCode.trimmingCharacters(in: .whitespaces)
            guard given.isEmpty || given == grid else { throw ValidationFailure([FieldError("gridCode", .outsideYourScope)]) }
            // A grid worker posts for the people of their grid.
            typed.gridCode = grid
        } else {
            throw StoreError.forbidden
        }
        let now = clock()
        let typedWish = try typed.validate(communityCode: community, postedOn: CalendarDay(containing: now))
        var wish = typedWish.wish
        wish.id = Secrets.identifier()
        let stored = wish
        let fullName = typedWish.wisher
        let engine = database.engine
        try await database.write { sql in
            if let grid = stored.gridCode {
                guard try await sql.raw("SELECT 1 AS one FROM grids WHERE code = \(bind: grid)").first() != nil else {
                    throw ValidationFailure([FieldError("gridCode", .notFound)])
                }
            }
            try await sql.raw(
                """
                INSERT INTO micro_wishes (id, street_code, community_code, grid_code, wisher, wish, category, posted_on,
                    created_by, created_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: stored.gridCode), \(bind: fullName), \(bind: stored.wish), \(bind: stored.category.rawValue),
                    \(bind: stored.postedOn.description), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            // The audit names the wish, not the person: the log is read more widely than the record.
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .microWishChanged, subject: "microWish:\(stored.id)",
                    territoryCode: stored.gridCode ?? stored.communityCode, detail: ["posted": stored.category.rawValue]),
                at: now, in: sql, engine: engine)
        }
        return stored
    }

    /// The wishes the caller may see, open ones first, then claimed, then fulfilled, newest first: the office's
    /// territory, a grid worker's grid, a member's or partner's community.
    public func wishes(by principal: Principal, limit: Int = 200) async throws -> [MicroWish] {
        try await database.read { sql in try await Self.wishes(where: Self.visibleWishes(principal), limit: limit, in: sql) }
    }

    public func wish(_ id: String, by principal: Principal) async throws -> MicroWish {
        try await database.read { sql in try await Self.wish(id, visibleTo: principal, in: sql) }
    }

    /// Claims a wish, once: a Party member of its community (in their name on the roll) or a partner's account (in
    /// the partner's name); or the office, writing down a claim made in person in `claimerName`. A second claim is
    /// refused (`claimedBy` already taken).
    public func claim(wishID: String, claimerName: String = "", by principal: Principal) async throws -> MicroWish {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            let wish = try await Self.wish(wishID, visibleTo: principal, in: sql)
            let name: String
            var account: String? = principal.accountID
            switch principal.role {
            case .partyMember:
                guard let member = try await PartyStore.member(of: principal, in: sql) else {
                    throw ValidationFailure([FieldError("claimedBy", .notLinked)])
                }
                guard member.communityCode == wish.communityCode else { throw StoreError.notFound }
                name = member.name
            case .partner:
                guard let partner = try await VenueStore.partner(of: principal, in: sql), partner.communityCode == wish.communityCode else {
                    throw ValidationFailure([FieldError("claimedBy", .notLinked)])
                }
                name = partner.name
            default:
                guard principal.can(.manageServices) else { throw StoreError.forbidden }
                var validator = Validator()
                validator.text("claimerName", claimerName, maximum: 100)
                try validator.throwIfAny()
                name = claimerName.trimmingCharacters(in: .whitespaces)
                // Someone without an account claimed it; the office marks it fulfilled for them.
                account = nil
            }
            // Only a wish nobody has claimed changes; of two claims at once the second finds it taken.
            guard try await sql.raw(
                """
                UPDATE micro_wishes SET claimed_by_name = \(bind: name), claimed_by_account = \(bind: account),
                    claimed_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: wishID) AND claimed_at IS NULL
                RETURNING id
                """
            ).first() != nil else { throw ValidationFailure([FieldError("claimedBy", .alreadyExists)]) }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .microWishChanged, subject: "microWish:\(wishID)", territoryCode: wish.gridCode ?? wish.communityCode,
                    detail: ["claimedBy": name]),
                at: now, in: sql, engine: engine)
            return try await Self.wish(wishID, visibleTo: principal, in: sql)
        }
    }

    /// Marks a claimed wish fulfilled on a day (not before it was posted, not after today): the account that claimed
    /// it, or the office. Final.
    public func fulfil(wishID: String, on day: String, by principal: Principal) async throws -> MicroWish {
        let now = clock()
        var validator = Validator()
        let fulfilled = validator.day("fulfilledOn", day)
        if let fulfilled, fulfilled > CalendarDay(containing: now) { validator.check("fulfilledOn", .dateFormat) }
        try validator.throwIfAny()
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let engine = database.engine
        return try await database.write { sql in
            // The wish's row is the fulfilment's lock: two at once take turns and the second finds it fulfilled.
            _ = try await sql.raw("SELECT id FROM micro_wishes WHERE id = \(bind: wishID)\(engine.rowLock)").first()
            let wish = try await Self.wish(wishID, visibleTo: principal, in: sql)
            let claimer = wish.claimedByAccount.map { $0 == principal.accountID } ?? false
            guard claimer || principal.can(.manageServices) else { throw StoreError.forbidden }
            guard wish.claimedAt != nil else { throw ValidationFailure([FieldError("claimedBy", .required)]) }
            guard wish.fulfilledOn == nil else { throw ValidationFailure([FieldError("fulfilledOn", .alreadyExists)]) }
            guard fulfilled! >= wish.postedOn else { throw ValidationFailure([FieldError("fulfilledOn", .beforeStart)]) }
            try await sql.raw(
                "UPDATE micro_wishes SET fulfilled_on = \(bind: fulfilled!.description) WHERE id = \(bind: wishID)"
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .microWishChanged, subject: "microWish:\(wishID)", territoryCode: wish.gridCode ?? wish.communityCode,
                    detail: ["fulfilledOn": fulfilled!.description]),
                at: now, in: sql, engine: engine)
            return try await Self.wish(wishID, visibleTo: principal, in: sql)
        }
    }

    /// The needs put on the list from a wish (`source` micro-wish, naming it).
    public func needs(fromWish id: String, by principal: Principal) async throws -> [Need] {
        try await database.read { sql in
            _ = try await Self.wish(id, visibleTo: principal, in: sql)
            return try await ListsStore.needs(
                where: "n.source = \(bind: NeedSource.microWish.rawValue) AND n.source_id = \(bind: id)", limit: 20, in: sql)
        }
    }

    // MARK: - Shared

    /// Wishes (alias `w`) the caller may see.
    static func visibleWishes(_ principal: Principal) -> SQLQueryString {
        if principal.can(.manageServices) { return principal.scope.communityCondition("w.community_code") }
        switch principal.role {
        case .gridWorker:
            return "w.grid_code = \(bind: principal.scope.code)"
        case .partyMember, .partner:
            // Claiming is voluntary: members and partners see every wish of their community.
            return "w.community_code = \(bind: principal.scope.communityCode ?? "")"
        default:
            return "1 = 0"
        }
    }

    static func wish(_ id: String, visibleTo principal: Principal, in sql: any SQLDatabase) async throws -> MicroWish {
        guard let wish = try await wishes(where: "w.id = \(bind: id) AND \(visibleWishes(principal))", limit: 1, in: sql).first else {
            throw StoreError.notFound
        }
        return wish
    }

    /// Wishes where `condition` holds; the wisher is masked as the row is read, so no caller can get the name.
    static func wishes(where condition: SQLQueryString, limit: Int, in sql: any SQLDatabase) async throws -> [MicroWish] {
        try await sql.raw(
            """
            SELECT w.* FROM micro_wishes w WHERE \(condition)
            ORDER BY (CASE WHEN w.fulfilled_on IS NOT NULL THEN 2 WHEN w.claimed_at IS NOT NULL THEN 1 ELSE 0 END),
                w.posted_on DESC, w.created_at DESC, w.id
            LIMIT \(bind: limit)
            """
        ).all().map { row in
            MicroWish(
                id: try row.string("id"), communityCode: try row.string("community_code"), gridCode: try row.optionalString("grid_code"),
                wisherMasked: Masking.name(try row.string("wisher")), wish: try row.string("wish"),
                category: ServiceCategory(rawValue: try row.string("category")) ?? .other,
                postedOn: try AgreementStore.day(row, "posted_on"), claimedByName: try row.optionalString("claimed_by_name"),
                claimedByAccount: try row.optionalString("claimed_by_account"), claimedAt: try row.optionalDate("claimed_at"),
                fulfilledOn: try row.optionalString("fulfilled_on").flatMap(CalendarDay.init(iso:)))
        }
    }
}
