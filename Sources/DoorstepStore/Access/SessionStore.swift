import DoorstepCore
import Foundation
import SQLKit

/// A browser session as the server sees it.
public struct WebSession: Sendable, Equatable {
    public var principal: Principal
    /// The name of the account's territory, as the page header shows it.
    public var scopeName: String
    public var csrfToken: String
    /// Signed in with a password but the one-time code is still owed.
    public var secondFactorPending: Bool
}

/// Browser sessions, kept in the database so several servers can share them. The cookie holds a random token;
/// the table holds only its fingerprint.
public struct SessionStore: Sendable {
    let database: Database
    let idleTimeout: Duration
    let clock: @Sendable () -> Date

    /// Opens a session and returns the cookie token.
    public func open(for account: Account) async throws -> String {
        let token = Secrets.token()
        let now = Timestamp.format(clock())
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO sessions (id_hash, account_id, csrf_token, second_factor_pending, created_at, last_seen_at)
                VALUES (\(bind: Secrets.fingerprint(token)), \(bind: account.id), \(bind: Secrets.token()),
                    \(bind: account.twoFactorEnabled), \(bind: now), \(bind: now))
                """
            ).run()
        }
        return token
    }

    /// The session behind a cookie token, when it exists and has not been idle too long. Seeing it keeps it alive.
    public func session(token: String) async throws -> WebSession? {
        let now = clock()
        let hash = Secrets.fingerprint(token)
        let row = try await database.lookup { sql in
            try await sql.raw(
                "SELECT account_id, csrf_token, second_factor_pending, last_seen_at FROM sessions WHERE id_hash = \(bind: hash)"
            ).first()
        }
        guard let row else { return nil }
        let lastSeen = try row.date("last_seen_at")
        if now.timeIntervalSince(lastSeen) > idleTimeout.seconds {
            try await end(token: token)
            return nil
        }
        let accountID = try row.string("account_id")
        let found = try await database.lookup { sql -> (Account, String)? in
            guard let account = try await AccountRow.load(id: accountID, in: sql) else { return nil }
            return (account, try await TerritoryStore.name(of: account.principal.scope, in: sql))
        }
        guard let (account, scopeName) = found, !account.disabled else { return nil }
        // Refreshing on every request would be a write per page view; once a minute keeps the idle clock right.
        if now.timeIntervalSince(lastSeen) > 60 {
            try await database.write { sql in
                try await sql.raw(
                    "UPDATE sessions SET last_seen_at = \(bind: Timestamp.format(now)) WHERE id_hash = \(bind: hash)"
                ).run()
            }
        }
        return WebSession(
            principal: account.principal, scopeName: scopeName, csrfToken: try row.string("csrf_token"),
            secondFactorPending: try row.bool("second_factor_pending"))
    }

    /// Marks the one-time code as given. The token is replaced, so a token seen before the second factor cannot be
    /// used after it.
    public func completeSecondFactor(token: String) async throws -> String {
        let fresh = Secrets.token()
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE sessions SET id_hash = \(bind: Secrets.fingerprint(fresh)), second_factor_pending = \(bind: false),
                    last_seen_at = \(bind: Timestamp.format(clock()))
                WHERE id_hash = \(bind: Secrets.fingerprint(token))
                """
            ).run()
        }
        return fresh
    }

    public func end(token: String) async throws {
        try await database.write { sql in
            try await sql.raw("DELETE FROM sessions WHERE id_hash = \(bind: Secrets.fingerprint(token))").run()
        }
    }

    /// Removes sessions idle longer than the timeout; run from time to time.
    public func purgeExpired() async throws {
        let cutoff = Timestamp.format(clock().addingTimeInterval(-idleTimeout.seconds))
        try await database.write { sql in
            try await sql.raw("DELETE FROM sessions WHERE last_seen_at < \(bind: cutoff)").run()
        }
    }
}
