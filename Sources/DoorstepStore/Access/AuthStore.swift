import DoorstepCore
import Foundation
import SQLKit

/// How a password check ended.
public enum LoginOutcome: Sendable, Equatable {
    case succeeded(Account)
    /// Unknown username or wrong password: the two are not told apart.
    case invalidCredentials
    /// Too many recent failures; the account opens again at `until`.
    case locked(until: Date)
    case disabled
}

/// Password and second-factor checks. The only unscoped reads of accounts live here: before sign-in there is no
/// scope yet.
public struct AuthStore: Sendable {
    let database: Database
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// A bcrypt hash of nothing in particular, checked when the username is unknown so both paths take as long.
    private static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Q1dn1gXh0u9E1e5ZmZdQ3CkU7gJ7K."

    public func authenticate(username: String, password: String, clientAddress: String?) async throws -> LoginOutcome {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let row = try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns), password_hash FROM accounts WHERE username = \(bind: name)")
                .first()
        }
        let now = clock()
        let engine = database.engine
        guard let row else {
            _ = try await hasher.verify(password, hash: Self.decoyHash)
            try await database.write { sql in
                try await AuditStore.append(
                    AuditEvent(
                        actorID: nil, actorName: String(name.prefix(64)), action: .loginFailed, subject: "account:unknown",
                        territoryCode: nil, detail: ["reason": "unknownUsername"], clientAddress: clientAddress),
                    at: now, in: sql, engine: engine)
            }
            return .invalidCredentials
        }
        let account = try AccountRow.account(row)
        if account.disabled { return .disabled }
        if let until = account.lockedUntil, until > now { return .locked(until: until) }
        if try await hasher.verify(password, hash: try row.string("password_hash")) {
            try await database.write { sql in
                // With a second factor the sign-in is not complete yet: failures keep counting until the code.
                if !account.twoFactorEnabled { try await Self.clearFailures(of: account.id, in: sql) }
                try await AuditStore.append(
                    AuditEvent(
                        by: account.principal, .loginSucceeded, subject: "account:\(account.id)",
                        territoryCode: account.scope.code,
                        detail: ["secondFactor": account.twoFactorEnabled ? "pending" : "none"],
                        clientAddress: clientAddress),
                    at: now, in: sql, engine: engine)
            }
            return .succeeded(account)
        }
        let lockedUntil = try await database.write { sql in
            try await recordFailure(
                of: account, action: .loginFailed, reason: "wrongPassword", at: now, clientAddress: clientAddress, in: sql)
        }
        if let lockedUntil { return .locked(until: lockedUntil) }
        return .invalidCredentials
    }

    /// Records a failed attempt and locks the account when the failures within the window reach the limit;
    /// returns the end of the lock when one begins.
    private func recordFailure(
        of account: Account, action: AuditAction, reason: String, at now: Date, clientAddress: String?,
        in sql: any SQLDatabase
    ) async throws -> Date? {
        let engine = database.engine
        try await sql.raw(
            """
            INSERT INTO login_failures (id, account_id, at)
            VALUES (\(bind: Secrets.identifier()), \(bind: account.id), \(bind: Timestamp.format(now)))
            """
        ).run()
        try await AuditStore.append(
            AuditEvent(
                by: account.principal, action, subject: "account:\(account.id)", territoryCode: account.scope.code,
                detail: ["reason": reason], clientAddress: clientAddress),
            at: now, in: sql, engine: engine)
        let since = Timestamp.format(throttle.windowStart(endingAt: now))
        let count = try await sql.raw(
            "SELECT COUNT(*) AS n FROM login_failures WHERE account_id = \(bind: account.id) AND at > \(bind: since)"
        ).first()?.int("n") ?? 0
        guard let until = throttle.lockUntil(afterFailures: count, at: now) else { return nil }
        try await sql.raw(
            "UPDATE accounts SET locked_until = \(bind: Timestamp.format(until)) WHERE id = \(bind: account.id)"
        ).run()
        // The failures that caused this lock are spent; after it ends the count starts again.
        try await sql.raw("DELETE FROM login_failures WHERE account_id = \(bind: account.id)").run()
        try await AuditStore.append(
            AuditEvent(
                actorID: nil, actorName: "system", action: .accountLocked, subject: "account:\(account.id)",
                territoryCode: account.scope.code, detail: ["failures": String(count), "until": Timestamp.format(until)],
                clientAddress: clientAddress),
            at: now, in: sql, engine: engine)
        return until
    }

    private static func clearFailures(of accountID: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM login_failures WHERE account_id = \(bind: accountID)").run()
        try await sql.raw("UPDATE accounts SET locked_until = NULL WHERE id = \(bind: accountID)").run()
    }

    /// Checks a one-time code for an account with two-factor on. A code is accepted once: its time step must be
    /// later than the last one used. Wrong codes count toward the lock-out like wrong passwords.
    public func verifySecondFactor(accountID: String, code: String, clientAddress: String?) async throws -> SecondFactorOutcome {
        let now = clock()
        return try await database.write { sql in
            guard
                let row = try await sql.raw(
                    "SELECT \(AccountRow.columns), totp_secret, totp_last_step FROM accounts WHERE id = \(bind: accountID)"
                ).first(),
                let sealed = try row.optionalString("totp_secret")
            else { return .rejected }
            let secret = try keys.open(sealed, context: SealedColumn.totpSecret.context)
            let account = try AccountRow.account(row)
            guard account.twoFactorEnabled, !account.disabled else { return .rejected }
            if let until = account.lockedUntil, until > now { return .locked(until: until) }
            let lastStep = try row.optionalInt("totp_last_step") ?? Int.min
            if let step = TOTP(secret: secret).matchingStep(for: code, at: now), step > lastStep {
                try await sql.raw("UPDATE accounts SET totp_last_step = \(bind: step) WHERE id = \(bind: accountID)")
                    .run()
                try await Self.clearFailures(of: accountID, in: sql)
                return .accepted
            }
            let lockedUntil = try await recordFailure(
                of: account, action: .twoFactorFailed, reason: "wrongOneTimeCode", at: now, clientAddress: clientAddress,
                in: sql)
            return lockedUntil.map { .locked(until: $0) } ?? .rejected
        }
    }
}

/// How a one-time code check ended.
public enum SecondFactorOutcome: Sendable, Equatable {
    case accepted
    case rejected
    case locked(until: Date)
}
