import DoorstepCore
import Foundation
import SQLKit

/// Members' yearly pledges (承诺) with their progress and fulfilment (践诺), and the public cards they consent to
/// (亮身份、亮承诺、亮业绩). A fulfilled pledge earns points by the community's rule once an officer of the branch
/// (or the community office) confirms it, written with the confirmation.
public struct PledgeStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// A member's pledge for this year, due by a day of this year.
    public func pledge(content: String, dueOn: String, by principal: Principal) async throws -> Pledge {
        let today = CalendarDay(containing: clock())
        var validator = Validator()
        validator.text("content", content, maximum: 500)
        if let due = CalendarDay(iso: dueOn) {
            if due.year != today.year || due < today { validator.check("dueOn", .dateFormat) }
        } else {
            validator.check("dueOn", dueOn.isEmpty ? .required : .dateFormat)
        }
        try validator.throwIfAny()
        let now = clock()
        return try await database.write { sql in
            let member = try await Self.me(principal, in: sql)
            let pledge = Pledge(
                id: Secrets.identifier(), memberID: member.id, year: today.year,
                content: content.trimmingCharacters(in: .whitespacesAndNewlines), dueOn: dueOn)
            try await sql.raw(
                """
                INSERT INTO pledges (id, member_id, street_code, community_code, year, content, due_on, created_at)
                VALUES (\(bind: pledge.id), \(bind: member.id), \(bind: TerritoryCode.streetCode(of: member.communityCode)),
                    \(bind: member.communityCode), \(bind: pledge.year), \(bind: pledge.content), \(bind: dueOn),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            return pledge
        }
    }

    /// Notes progress on one's own open pledge.
    public func noteProgress(pledgeID: String, note: String, by principal: Principal) async throws -> Pledge {
        var validator = Validator()
        validator.text("note", note, maximum: 500)
        try validator.throwIfAny()
        let now = clock()
        return try await change(pledgeID, by: principal) { _, sql in
            try await sql.raw(
                """
                INSERT INTO pledge_progress (id, pledge_id, noted_on, note, created_at)
                VALUES (\(bind: Secrets.identifier()), \(bind: pledgeID), \(bind: CalendarDay(containing: now).description),
                    \(bind: note.trimmingCharacters(in: .whitespacesAndNewlines)), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
    }

    /// Records one's own pledge fulfilled, with the evidence, for the branch to confirm.
    public func fulfil(pledgeID: String, evidence: String, by principal: Principal) async throws -> Pledge {
        var validator = Validator()
        validator.text("evidence", evidence, maximum: 1_000)
        try validator.throwIfAny()
        let day = CalendarDay(containing: clock()).description
        return try await change(pledgeID, by: principal) { _, sql in
            try await sql.raw(
                """
                UPDATE pledges SET fulfilled_on = \(bind: day), evidence = \(bind: evidence.trimmingCharacters(in: .whitespacesAndNewlines))
                WHERE id = \(bind: pledgeID)
                """
            ).run()
        }
    }

    /// An officer of the member's branch (or the community office, never the member) confirms a fulfilled pledge;
    /// the community's rule adds its points, dated the day it was fulfilled. Audited.
    public func confirm(pledgeID: String, by principal: Principal) async throws -> Pledge {
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM pledges WHERE id = \(bind: pledgeID)").first() else {
                throw StoreError.notFound
            }
            let pledge = try Self.pledge(row, progress: [])
            let member = try await PointsStore.authorise(principal, over: pledge.memberID, in: sql)
            if member.accountID == principal.accountID { throw ValidationFailure([FieldError("pledgeID", .ownRequest)]) }
            guard pledge.state == .fulfilled, let day = pledge.fulfilledOn else {
                throw ValidationFailure([FieldError("pledgeID", .unknownValue(allowed: [PledgeState.fulfilled.rawValue]))])
            }
            try await sql.raw(
                """
                UPDATE pledges SET confirmed_on = \(bind: CalendarDay(containing: now).description), confirmed_by = \(bind: principal.accountID)
                WHERE id = \(bind: pledgeID)
                """
            ).run()
            try await PointsAccrual.accrue(
                .pledgeFulfilled, memberID: pledge.memberID, source: "pledge:\(pledgeID)", on: day, reason: pledge.content,
                recordedBy: principal.username, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .pledgeConfirmed, subject: "partyMember:\(pledge.memberID)", territoryCode: member.communityCode,
                    detail: ["pledge": pledgeID]),
                at: now, in: sql, engine: engine)
            return try await Self.pledges(memberID: pledge.memberID, year: pledge.year, in: sql).first { $0.id == pledgeID }!
        }
    }

    /// Fulfilled pledges waiting for the caller's confirmation: an officer's branch, or the office's community.
    public func toConfirm(by principal: Principal) async throws -> [Pledge] {
        try await database.read { sql in
            var condition: SQLQueryString
            if principal.can(.managePartyWork) {
                condition = principal.scope.condition(street: "p.street_code", community: "p.community_code", grid: "m.grid_code")
            } else if let me = try await PartyStore.member(of: principal, in: sql), me.isOfficer {
                condition = "\(inOrganisation(me.orgID, column: "m.org_id")) AND m.id <> \(bind: me.id)"
            } else {
                return []
            }
            return try await sql.raw(
                """
                SELECT p.*, m.name AS member_name FROM pledges p JOIN party_members m ON m.id = p.member_id
                WHERE p.fulfilled_on IS NOT NULL AND p.confirmed_on IS NULL AND \(condition) ORDER BY p.fulfilled_on
                """
            ).all().map { row in
                var pledge = try Self.pledge(row, progress: [])
                pledge.memberName = try row.string("member_name")
                return pledge
            }
        }
    }

    /// A member's pledges for a year: the member, an officer over them, staff who see members.
    public func pledges(memberID: String, year: Int, by principal: Principal) async throws -> [Pledge] {
        try await database.read { sql in
            try await PointsStore.authoriseReading(principal, member: memberID, in: sql)
            return try await Self.pledges(memberID: memberID, year: year, in: sql)
        }
    }

    // MARK: - The card

    /// Sets what the member consents to show on their public card, and its photo (nil keeps the one there).
    /// Recorded with the moment of consent and written to the audit log.
    public func setCard(_ consent: MemberCardConsent, photo: Photo?, by principal: Principal) async throws {
        var validator = Validator()
        if consent.showContact {
            if case .failure(let problem) = PhoneNumber.parse(consent.contactPhone) { validator.check("contactPhone", problem) }
        }
        try validator.throwIfAny()
        let sealed = consent.contactPhone.isEmpty ? nil : try keys.seal(consent.contactPhone, context: SealedColumn.cardPhone.context)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let member = try await Self.me(principal, in: sql)
            let old = try await sql.raw("SELECT photo_type, photo FROM member_cards WHERE member_id = \(bind: member.id)").first()
            let photoType = try photo?.format.rawValue ?? old?.optionalString("photo_type")
            let photoBytes = try photo.map { Data($0.bytes) } ?? old?.decode(column: "photo", as: Data?.self)
            try await sql.raw("DELETE FROM member_cards WHERE member_id = \(bind: member.id)").run()
            try await sql.raw(
                """
                INSERT INTO member_cards (member_id, published, show_photo, show_posts, show_grid, show_contact,
                    contact_phone_sealed, photo_type, photo, consented_at)
                VALUES (\(bind: member.id), \(bind: consent.published), \(bind: consent.showPhoto), \(bind: consent.showPosts),
                    \(bind: consent.showGrid), \(bind: consent.showContact), \(bind: sealed), \(bind: photoType),
                    \(bind: photoBytes), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .cardConsentChanged, subject: "partyMember:\(member.id)", territoryCode: member.communityCode,
                    detail: [
                        "published": String(consent.published), "photo": String(consent.showPhoto), "posts": String(consent.showPosts),
                        "grid": String(consent.showGrid), "contact": String(consent.showContact),
                    ]),
                at: now, in: sql, engine: engine)
        }
    }

    /// The caller's own consent as it stands (the phone in full: it is theirs).
    public func card(by principal: Principal) async throws -> MemberCardConsent {
        let keys = self.keys
        return try await database.read { sql in
            let member = try await Self.me(principal, in: sql)
            guard let row = try await sql.raw("SELECT * FROM member_cards WHERE member_id = \(bind: member.id)").first() else {
                return .none
            }
            return MemberCardConsent(
                published: try row.bool("published"), showPhoto: try row.bool("show_photo"), showPosts: try row.bool("show_posts"),
                showGrid: try row.bool("show_grid"), showContact: try row.bool("show_contact"),
                contactPhone: try row.optionalString("contact_phone_sealed").map {
                    try keys.open($0, context: SealedColumn.cardPhone.context)
                } ?? "")
        }
    }

    /// The public board of a community (or one grid of it): every published card, only what each member consented
    /// to, with the year's pledges and results. No account needed.
    public func board(communityCode: String, gridCode: String?, year: Int) async throws -> [MemberCard] {
        let keys = self.keys
        let period = ReportingPeriod(first: CalendarDay(year, 1, 1), last: CalendarDay(year, 12, 31))
        return try await database.read { sql in
            // Only members who show their grid are found by it: the filter must not reveal anyone else's grid.
            let grid: SQLQueryString = gridCode.map { "AND m.grid_code = \(bind: $0) AND c.show_grid = \(bind: true)" } ?? ""
            let rows = try await sql.raw(
                """
                SELECT m.id, m.name, o.name AS org_name, g.name AS grid_name, c.*
                FROM member_cards c JOIN party_members m ON m.id = c.member_id JOIN party_orgs o ON o.id = m.org_id
                LEFT JOIN grids g ON g.code = m.grid_code
                WHERE c.published = \(bind: true) AND m.community_code = \(bind: communityCode) \(grid)
                ORDER BY m.name
                """
            ).all()
            var cards: [MemberCard] = []
            for row in rows {
                let id = try row.string("id")
                let posts = try row.bool("show_posts") ? try await PostStore.heldPosts(memberID: id, in: sql) : []
                let phone = try row.bool("show_contact")
                    ? try row.optionalString("contact_phone_sealed").map { try keys.open($0, context: SealedColumn.cardPhone.context) }
                    : nil
                cards.append(
                    MemberCard(
                        memberID: id, name: try row.string("name"), orgName: try row.string("org_name"),
                        gridName: try row.bool("show_grid") ? try row.optionalString("grid_name") : nil, posts: posts,
                        contactPhone: phone, hasPhoto: try row.bool("show_photo") && (try row.optionalString("photo_type")) != nil,
                        pledges: try await Self.pledges(memberID: id, year: year, in: sql),
                        figures: try await PartyWorkFigures.counts(of: "x.member_id = \(bind: id)", period: period, in: sql)))
            }
            return cards
        }
    }

    /// A published card's photo, when its member consented to show it.
    public func cardPhoto(memberID: String) async throws -> Photo {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT photo_type, photo FROM member_cards
                    WHERE member_id = \(bind: memberID) AND published = \(bind: true) AND show_photo = \(bind: true)
                    """
                ).first(),
                let type = try row.optionalString("photo_type"), let format = Photo.Format(rawValue: type)
            else { throw StoreError.notFound }
            return Photo(format: format, bytes: [UInt8](try row.decode(column: "photo", as: Data.self)))
        }
    }

    // MARK: - Shared

    private func change(
        _ pledgeID: String, by principal: Principal, _ body: @escaping @Sendable (Pledge, any SQLDatabase) async throws -> Void
    ) async throws -> Pledge {
        try await database.write { sql in
            let member = try await Self.me(principal, in: sql)
            guard let row = try await sql.raw("SELECT * FROM pledges WHERE id = \(bind: pledgeID) AND member_id = \(bind: member.id)").first()
            else { throw StoreError.notFound }
            let pledge = try Self.pledge(row, progress: [])
            if pledge.isFulfilled { throw ValidationFailure([FieldError("pledgeID", .alreadyExists)]) }
            try await body(pledge, sql)
            return try await Self.pledges(memberID: member.id, year: pledge.year, in: sql).first { $0.id == pledgeID }!
        }
    }

    static func me(_ principal: Principal, in sql: any SQLDatabase) async throws -> SignedInMember {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard let member = try await PartyStore.member(of: principal, in: sql) else {
            throw ValidationFailure([FieldError("memberID", .notLinked)])
        }
        return member
    }

    static func pledges(memberID: String, year: Int, in sql: any SQLDatabase) async throws -> [Pledge] {
        var result: [Pledge] = []
        for row in try await sql.raw(
            "SELECT * FROM pledges WHERE member_id = \(bind: memberID) AND year = \(bind: year) ORDER BY due_on, created_at"
        ).all() {
            let progress = try await sql.raw(
                "SELECT noted_on, note FROM pledge_progress WHERE pledge_id = \(bind: try row.string("id")) ORDER BY noted_on, created_at"
            ).all().map { Pledge.Progress(notedOn: try $0.string("noted_on"), note: try $0.string("note")) }
            result.append(try pledge(row, progress: progress))
        }
        return result
    }

    static func pledge(_ row: any SQLRow, progress: [Pledge.Progress]) throws -> Pledge {
        Pledge(
            id: try row.string("id"), memberID: try row.string("member_id"), year: try row.int("year"),
            content: try row.string("content"), dueOn: try row.string("due_on"), progress: progress,
            fulfilledOn: try row.optionalString("fulfilled_on"), evidence: try row.optionalString("evidence"),
            confirmedOn: try row.optionalString("confirmed_on"))
    }
}
