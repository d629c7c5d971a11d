import DoorstepCore
import Foundation
import SQLKit

/// The member behind a signed-in account, as Party work needs them: where they belong and whether they are an
/// officer of their branch.
public struct SignedInMember: Sendable, Equatable {
    public var id: String
    public var name: String
    public var orgID: String
    public var communityCode: String
    public var isOfficer: Bool
}

extension PartyStore {
    /// Gives a member of the caller's scope a sign-in account (a Party-member account of the same community) so
    /// their visits, opinions and points are theirs; `username` empty unlinks. With `officer`, also makes them an
    /// officer of their branch or not, in the same transaction. Audited.
    public func linkAccount(memberID: String, username: String, officer: Bool? = nil, by principal: Principal) async throws {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        do {
            try await database.write { sql in
                guard
                    let member = try await sql.raw("SELECT community_code FROM party_members WHERE id = \(bind: memberID) AND \(scope)")
                        .first()
                else { throw StoreError.notFound }
                let community = try member.string("community_code")
                var accountID: String?
                if !username.isEmpty {
                    guard
                        let account = try await sql.raw(
                            "SELECT id, role, scope_code FROM accounts WHERE username = \(bind: username.lowercased())"
                        ).first(),
                        try account.string("role") == Role.partyMember.rawValue,
                        try account.string("scope_code").hasPrefix(community)
                    else { throw ValidationFailure([FieldError("username", .notFound)]) }
                    accountID = try account.string("id")
                }
                try await sql.raw("UPDATE party_members SET account_id = \(bind: accountID) WHERE id = \(bind: memberID)").run()
                var detail = ["username": username]
                if let officer {
                    try await sql.raw("UPDATE party_members SET is_officer = \(bind: officer) WHERE id = \(bind: memberID)").run()
                    detail["officer"] = String(officer)
                }
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .memberAccountLinked, subject: "partyMember:\(memberID)", territoryCode: community,
                        detail: detail),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("username", .alreadyExists)])
        }
    }

    /// Makes a member an officer of their branch or group (who decides its points claims and exemptions), or not.
    public func setOfficer(memberID: String, _ isOfficer: Bool, by principal: Principal) async throws {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard
                let member = try await sql.raw("SELECT community_code FROM party_members WHERE id = \(bind: memberID) AND \(scope)")
                    .first()
            else { throw StoreError.notFound }
            try await sql.raw("UPDATE party_members SET is_officer = \(bind: isOfficer) WHERE id = \(bind: memberID)").run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .memberAccountLinked, subject: "partyMember:\(memberID)",
                    territoryCode: try member.string("community_code"), detail: ["officer": String(isOfficer)]),
                at: now, in: sql, engine: engine)
        }
    }

    /// The member the caller signs in as, if any.
    public func signedInMember(_ principal: Principal) async throws -> SignedInMember? {
        try await database.read { try await Self.member(of: principal, in: $0) }
    }

    static func member(of principal: Principal, in sql: any SQLDatabase) async throws -> SignedInMember? {
        guard principal.role == .partyMember else { return nil }
        return try await sql.raw(
            "SELECT id, name, org_id, community_code, is_officer FROM party_members WHERE account_id = \(bind: principal.accountID)"
        ).first().map {
            SignedInMember(
                id: try $0.string("id"), name: try $0.string("name"), orgID: try $0.string("org_id"),
                communityCode: try $0.string("community_code"), isOfficer: try $0.bool("is_officer"))
        }
    }
}

extension PartyStore {
    /// The sign-in account a member of the caller's scope is linked to, and whether they are an officer.
    public func workAccount(memberID: String, by principal: Principal) async throws -> (username: String?, isOfficer: Bool) {
        guard principal.can(.viewPartyMembers) else { throw StoreError.forbidden }
        let scope = principal.scope.condition(street: "m.street_code", community: "m.community_code", grid: "m.grid_code")
        return try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT a.username, m.is_officer FROM party_members m LEFT JOIN accounts a ON a.id = m.account_id
                    WHERE m.id = \(bind: memberID) AND \(scope)
                    """
                ).first()
            else { throw StoreError.notFound }
            return (try row.optionalString("username"), try row.bool("is_officer"))
        }
    }
}
