import DoorstepCore
import Foundation
import SQLKit

/// How a password check ended.
public enum LoginOutcome: Sendable, Equatable {
    case succeeded(Account)
    /// Unknown username or wrong password: the two are not told apart.
    case invalidCredentials
    /// Too many recent failures for this username or from this address: try again at `until`. Answered before
    /// anything is checked, alike for every username, known or not.
    case throttled(until: Date)
    /// The password was right, and the account is disabled: told only to someone who knows the password.
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
        let name = String(username.trimmingCharacters(in: .whitespaces).lowercased().prefix(64))
        let now = clock()
        let engine = database.engine
        if let until = try await database.read({ sql in try await waitBeforeTrying(name, from: clientAddress, at: now, in: sql) }) {
            return .throttled(until: until)
        }
        let row = try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns), password_hash FROM accounts WHERE username = \(bind: name)")
                .first()
        }
        guard let row else {
            _ = try await hasher.verify(password, hash: Self.decoyHash)
            try await database.write { sql in
                try await recordFailure(
                    name, from: clientAddress,
                    AuditEvent(
                        actorID: nil, actorName: name, action: .loginFailed, subject: "account:unknown", territoryCode: nil,
                        detail: ["reason": "unknownUsername"], clientAddress: clientAddress),
                    at: now, in: sql)
            }
            return .invalidCredentials
        }
        let account = try AccountRow.account(row)
        guard try await hasher.verify(password, hash: try row.string("password_hash")) else {
            try await database.write { sql in
                try await recordFailure(
                    name, from: clientAddress,
                    AuditEvent(
                        by: account.principal, .loginFailed, subject: "account:\(account.id)", territoryCode: account.scope.code,
                        detail: ["reason": "wrongPassword"], clientAddress: clientAddress),
                    at: now, in: sql)
            }
            return .invalidCredentials
        }
        if account.disabled { return .disabled }
        try await database.write { sql in
            // With a second factor the sign-in is not complete yet: failures keep counting until the code.
            if !account.twoFactorEnabled { try await Attempts.clear(.signInUsername, key: name, in: sql) }
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

    /// When the next sign-in for `username` from `address` may be tried, if not now: the later of the two waits.
    private func waitBeforeTrying(_ username: String, from address: String?, at now: Date, in sql: any SQLDatabase)
        async throws -> Date?
    {
        let byName = try await Attempts.wait(.signInUsername, key: username, limit: throttle.perUsername, at: now, in: sql)
        let byAddress = try await Attempts.wait(
            .signInAddress, key: Attempts.key(of: address), limit: throttle.perAddress, at: now, in: sql)
        return [byName, byAddress].compactMap { $0 }.max()
    }

    /// Counts a failure against the username and the address, and writes `event`; the failure that starts the
    /// username's waits is written too, so an office sees an account being guessed at.
    private func recordFailure(
        _ username: String, from address: String?, _ event: AuditEvent, at now: Date, in sql: any SQLDatabase
    ) async throws {
        let engine = database.engine
        let failures = try await Attempts.record(.signInUsername, key: username, limit: throttle.perUsername, at: now, in: sql)
        try await Attempts.record(.signInAddress, key: Attempts.key(of: address), limit: throttle.perAddress, at: now, in: sql)
        try await AuditStore.append(event, at: now, in: sql, engine: engine)
        if failures == throttle.perUsername.free, let until = throttle.perUsername.nextTry(after: failures, last: now) {
            try await AuditStore.append(
                AuditEvent(
                    actorID: nil, actorName: "system", action: .signInThrottled, subject: event.subject,
                    territoryCode: event.territoryCode, detail: ["until": Timestamp.format(until)], clientAddress: address),
                at: now, in: sql, engine: engine)
        }
    }

    /// Checks a one-time code for an account with two-factor on. A code is accepted once: its time step must be
    /// later than the last one used. Wrong codes count against the username and address like wrong passwords.
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
            if let until = try await waitBeforeTrying(account.username, from: clientAddress, at: now, in: sql) {
                return .throttled(until: until)
            }
            let lastStep = try row.optionalInt("totp_last_step") ?? Int.min
            if let step = TOTP(secret: secret).matchingStep(for: code, at: now), step > lastStep {
                try await sql.raw("UPDATE accounts SET totp_last_step = \(bind: step) WHERE id = \(bind: accountID)")
                    .run()
                try await Attempts.clear(.signInUsername, key: account.username, in: sql)
                return .accepted
            }
            try await recordFailure(
                account.username, from: clientAddress,
                AuditEvent(
                    by: account.principal, .twoFactorFailed, subject: "account:\(account.id)", territoryCode: account.scope.code,
                    detail: ["reason": "wrongOneTimeCode"], clientAddress: clientAddress),
                at: now, in: sql)
            return .rejected
        }
    }
}

public enum SecondFactorOutcome: Sendable, Equatable {
    case accepted
    case rejected
    /// Too many recent failures: try again at `until`.
    case throttled(until: Date)
}
