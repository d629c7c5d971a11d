import DoorstepCore
import Foundation
import SQLKit

/// Partners (共建单位 and social organisations) of a community, the Party members they employ who reported to the
/// community, and the account a partner signs in with.
public struct PartnerStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    public func register(_ new: NewPartner, communityCode: String, by principal: Principal) async throws -> Partner {
        guard communityCode.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("community", communityCode.isEmpty ? .required : .scopeFormat)])
        }
        try Self.requireOffice(principal, community: communityCode)
        let (kind, phone) = try new.validate()
        let now = clock()
        let partner = Partner(
            id: Secrets.identifier(), communityCode: communityCode, kind: kind, name: new.name.trimmingCharacters(in: .whitespaces),
            contactName: new.contactName.trimmingCharacters(in: .whitespaces), contactPhoneMasked: Masking.phone(phone.value),
            partyOrganisation: new.partyOrganisation.trimmingCharacters(in: .whitespaces), accountID: nil)
        let sealed = try keys.seal(phone.value, context: SealedColumn.partnerPhone.context)
        let engine = database.engine
        do {
            try await database.write { sql in
                guard try await sql.raw("SELECT code FROM communities WHERE code = \(bind: communityCode)").first() != nil else {
                    throw ValidationFailure([FieldError("community", .notFound)])
                }
                try await sql.raw(
                    """
                    INSERT INTO partners (id, street_code, community_code, kind, name, contact_name, contact_phone_sealed,
                        contact_phone_masked, party_organisation, created_at)
                    VALUES (\(bind: partner.id), \(bind: TerritoryCode.streetCode(of: communityCode)), \(bind: communityCode),
                        \(bind: kind.rawValue), \(bind: partner.name), \(bind: partner.contactName), \(bind: sealed),
                        \(bind: partner.contactPhoneMasked), \(bind: partner.partyOrganisation), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(by: principal, .partnerRegistered, subject: "partner:\(partner.id)", territoryCode: communityCode),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return partner
    }

    /// Links a partner-role account of the same community to the partner: it then reads the partner's report and
    /// offers its resources.
    public func link(partnerID: String, accountID: String, by principal: Principal) async throws {
        let partner = try await self.partner(partnerID, by: principal)
        try Self.requireOffice(principal, community: partner.communityCode)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard let account = try await sql.raw("SELECT role, scope_code FROM accounts WHERE id = \(bind: accountID)").first(),
                try account.string("role") == Role.partner.rawValue, try account.string("scope_code") == partner.communityCode
            else { throw ValidationFailure([FieldError("accountID", .notFound)]) }
            do {
                try await sql.raw("UPDATE partners SET account_id = \(bind: accountID) WHERE id = \(bind: partnerID)").run()
            } catch where isUniqueViolation(error) {
                throw ValidationFailure([FieldError("accountID", .alreadyExists)])
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .partnerRegistered, subject: "partner:\(partnerID)", territoryCode: partner.communityCode,
                    detail: ["account": accountID]),
                at: now, in: sql, engine: engine)
        }
    }

    /// The partners of the caller's territory, by name; a partner account sees only its own.
    public func list(by principal: Principal) async throws -> [Partner] {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM partners WHERE \(Self.visible(to: principal)) ORDER BY name").all().map(Self.partner(from:))
        }
    }

    /// One partner the caller may see.
    public func partner(_ id: String, by principal: Principal) async throws -> Partner {
        try await database.read { sql in try await Self.partner(id, visibleTo: principal, in: sql) }
    }

    /// The partner a partner account signs in for, if any.
    public func mine(_ principal: Principal) async throws -> Partner? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM partners WHERE account_id = \(bind: principal.accountID)").first().map(Self.partner(from:))
        }
    }

    /// Records an employed Party member reporting to the community (在职党员双报到); linked to the community's roll
    /// when they are on it.
    public func reportMember(partnerID: String, name: String, memberID: String?, reportedOn: String, by principal: Principal)
        async throws -> ReportedMember
    {
        let partner = try await self.partner(partnerID, by: principal)
        try Self.requireOffice(principal, community: partner.communityCode)
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        let day = validator.day("reportedOn", reportedOn)
        try validator.throwIfAny()
        let member = ReportedMember(
            id: Secrets.identifier(), partnerID: partnerID, name: name.trimmingCharacters(in: .whitespaces),
            memberID: memberID.flatMap { $0.isEmpty ? nil : $0 }, reportedOn: day!.description)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            if let linked = member.memberID {
                guard try await sql.raw(
                    "SELECT 1 AS one FROM party_members WHERE id = \(bind: linked) AND community_code = \(bind: partner.communityCode)"
                ).first() != nil else { throw ValidationFailure([FieldError("memberID", .notFound)]) }
            }
            try await sql.raw(
                """
                INSERT INTO reported_members (id, partner_id, name, member_id, reported_on, created_at)
                VALUES (\(bind: member.id), \(bind: partnerID), \(bind: member.name), \(bind: member.memberID),
                    \(bind: member.reportedOn), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .personRegistered, subject: "reportedMember:\(member.id)", territoryCode: partner.communityCode,
                    detail: ["partnerID": partnerID]),
                at: now, in: sql, engine: engine)
        }
        return member
    }

    // MARK: - Shared by the partner stores

    /// The community office in scope: staff who manage services there.
    static func requireOffice(_ principal: Principal, community: String) throws {
        guard principal.can(.manageServices), principal.scope.contains(code: community) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
    }

    /// Rows (of partners, or of anything with a partner column) the caller may see: those of their territory for
    /// staff, their own partner's for a partner account.
    static func visible(to principal: Principal, alias: String = "", partnerColumn: String = "id") -> SQLQueryString {
        let prefix = alias.isEmpty ? "" : alias + "."
        if principal.role == .partner {
            return "\(unsafeRaw: prefix + partnerColumn) IN (SELECT id FROM partners WHERE account_id = \(bind: principal.accountID))"
        }
        // Partners' reports name the Party members who reported to the community: the office's, not every role's.
        guard principal.can(.manageServices) else { return "1 = 0" }
        return principal.scope.communityCondition(prefix + "community_code")
    }

    static func partner(_ id: String, visibleTo principal: Principal, in sql: any SQLDatabase) async throws -> Partner {
        guard let row = try await sql.raw("SELECT * FROM partners WHERE id = \(bind: id) AND \(visible(to: principal))").first()
        else { throw StoreError.notFound }
        return try partner(from: row)
    }

    static func partner(from row: any SQLRow) throws -> Partner {
        Partner(
            id: try row.string("id"), communityCode: try row.string("community_code"),
            kind: PartnerKind(rawValue: try row.string("kind")) ?? .company, name: try row.string("name"),
            contactName: try row.string("contact_name"), contactPhoneMasked: try row.string("contact_phone_masked"),
            partyOrganisation: try row.string("party_organisation"), accountID: try row.optionalString("account_id"))
    }
}
