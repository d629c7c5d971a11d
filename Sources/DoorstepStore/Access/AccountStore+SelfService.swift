import DoorstepCore
import Foundation
import SQLKit

/// What everyone may do to their own account: password, language, two-step verification.
extension AccountStore {
    /// Changes the caller's own password after checking the current one, and ends the account's other sessions
    /// (all but `keepingSession`, the one the change was made from) and every API token.
    public func changePassword(
        for principal: Principal, current: String, new: String, keepingSession token: String? = nil
    ) async throws {
        var validator = Validator()
        validator.check("newPassword", PasswordPolicy.problem(with: new))
        let stored = try await database.read { sql in
            try await sql.raw("SELECT password_hash FROM accounts WHERE id = \(bind: principal.accountID)").first()
        }
        guard let stored else { throw StoreError.notFound }
        if try await !hasher.verify(current, hash: try stored.string("password_hash")) {
            validator.check("currentPassword", .mismatch)
        }
        try validator.throwIfAny()
        let hash = try await hasher.hash(new)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE accounts SET password_hash = \(bind: hash), password_changed_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: principal.accountID)
                """
            ).run()
            try await Credentials.end(of: principal.accountID, keepingSession: token, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .passwordChanged, subject: "account:\(principal.accountID)",
                    territoryCode: principal.scope.code),
                at: now, in: sql, engine: engine)
        }
    }

    /// Sets the caller's language; nil returns to the browser's choice.
    public func setLanguage(_ language: Language?, for principal: Principal) async throws {
        try await database.write { sql in
            try await sql.raw(
                "UPDATE accounts SET language = \(bind: language?.rawValue) WHERE id = \(bind: principal.accountID)"
            ).run()
        }
    }

    /// Starts two-factor enrolment: stores a new secret, not yet in force, and returns it for the app.
    public func beginTwoFactor(for principal: Principal) async throws -> TOTP {
        let secret = TOTP.generateSecret()
        let sealed = try keys.seal(secret, context: SealedColumn.totpSecret.context)
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE accounts SET totp_secret = \(bind: sealed), totp_enabled = \(bind: false)
                WHERE id = \(bind: principal.accountID) AND totp_enabled = \(bind: false)
                """
            ).run()
        }
        return TOTP(secret: secret)
    }

    /// The secret waiting for confirmation, if enrolment has begun.
    public func pendingTwoFactor(for principal: Principal) async throws -> TOTP? {
        let row = try await database.read { sql in
            try await sql.raw(
                "SELECT totp_secret FROM accounts WHERE id = \(bind: principal.accountID) AND totp_enabled = \(bind: false)"
            ).first()
        }
        guard let sealed = try row?.optionalString("totp_secret") else { return nil }
        return TOTP(secret: try keys.open(sealed, context: SealedColumn.totpSecret.context))
    }

    /// Completes enrolment when `code` matches the pending secret.
    public func confirmTwoFactor(code: String, for principal: Principal, clientAddress: String? = nil) async throws {
        guard let totp = try await pendingTwoFactor(for: principal) else {
            throw ValidationFailure([FieldError("oneTimeCode", .invalidOneTimeCode)])
        }
        let now = clock()
        guard let step = totp.matchingStep(for: code, at: now) else {
            throw ValidationFailure([FieldError("oneTimeCode", .invalidOneTimeCode)])
        }
        let engine = database.engine
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE accounts SET totp_enabled = \(bind: true), totp_last_step = \(bind: step)
                WHERE id = \(bind: principal.accountID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .twoFactorEnrolled, subject: "account:\(principal.accountID)",
                    territoryCode: principal.scope.code, clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
    }
}
