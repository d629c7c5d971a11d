import DoorstepCore
import Foundation
import SQLKit

/// An API token as its owner sees it; the secret itself is shown once, when created.
public struct APIToken: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?
}

/// Bearer tokens for the API, stored as fingerprints.
public struct TokenStore: Sendable {
    let database: Database
    let lifetime: Duration
    let clock: @Sendable () -> Date

    static let prefix = "dst_"

    /// Creates a token for `account` and returns it with the secret.
    public func create(for account: Account, name: String, clientAddress: String?) async throws -> (APIToken, String) {
        var validator = Validator()
        validator.text("name", name, maximum: 80)
        try validator.throwIfAny()
        let secret = Self.prefix + Secrets.token()
        let now = clock()
        let token = APIToken(
            id: Secrets.identifier(), name: name.trimmingCharacters(in: .whitespaces),
            createdAt: Timestamp.truncated(now), expiresAt: Timestamp.truncated(now.addingTimeInterval(lifetime.seconds)))
        let engine = database.engine
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO api_tokens (id, account_id, name, token_hash, created_at, expires_at)
                VALUES (\(bind: token.id), \(bind: account.id), \(bind: token.name), \(bind: Secrets.fingerprint(secret)),
                    \(bind: Timestamp.format(token.createdAt)), \(bind: Timestamp.format(token.expiresAt)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: account.principal, .tokenCreated, subject: "token:\(token.id)",
                    territoryCode: account.scope.code, detail: ["name": token.name], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
        return (token, secret)
    }

    /// The caller's own tokens, newest first.
    public func list(for principal: Principal) async throws -> [APIToken] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_tokens
                WHERE account_id = \(bind: principal.accountID) ORDER BY created_at DESC
                """
            ).all().map(Self.token)
        }
    }

    /// Revokes one of the caller's own tokens.
    public func revoke(id: String, for principal: Principal, clientAddress: String?) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let row = try await sql.raw(
                """
                UPDATE api_tokens SET revoked_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: id) AND account_id = \(bind: principal.accountID) AND revoked_at IS NULL
                RETURNING id
                """
            ).first()
            guard row != nil else { throw StoreError.notFound }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .tokenRevoked, subject: "token:\(id)", territoryCode: principal.scope.code,
                    clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
    }

    /// The account behind a bearer token, when the token is live.
    public func principal(bearer secret: String) async throws -> Principal? {
        guard secret.hasPrefix(Self.prefix) else { return nil }
        let now = clock()
        let hash = Secrets.fingerprint(secret)
        // One statement for the token and its account: this read is the floor of every signed-in API request.
        let row = try await database.lookup { sql in
            try await sql.raw(
                """
                SELECT t.id AS token_id, t.expires_at, t.revoked_at, t.last_used_at, \(AccountRow.columns(of: "a"))
                FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = \(bind: hash)
                """
            ).first()
        }
        guard let row, try row.optionalString("revoked_at") == nil, try row.date("expires_at") > now else { return nil }
        let account = try AccountRow.account(row)
        guard !account.disabled else { return nil }
        let lastUsed = try row.optionalDate("last_used_at")
        if lastUsed.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            let id = try row.string("token_id")
            try await database.write { sql in
                try await sql.raw(
                    "UPDATE api_tokens SET last_used_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: id)"
                ).run()
            }
        }
        return account.principal
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: try row.string("id"), name: try row.string("name"), createdAt: try row.date("created_at"),
            expiresAt: try row.date("expires_at"), lastUsedAt: try row.optionalDate("last_used_at"),
            revokedAt: try row.optionalDate("revoked_at"))
    }
}
