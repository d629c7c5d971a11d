import DoorstepCore
import Foundation
import SQLKit

/// What the server's operator does from the shell, with the operator's authority rather than an account's.
extension AccountStore {
    /// Opens an account from a set-up command (the CLI or the demo), which runs with the operator's authority.
    public func createFromCommandLine(_ new: NewAccount, operatorName: String) async throws -> Account {
        try new.validate()
        return try await insert(new, actor: nil, operatorName: operatorName, clientAddress: nil)
    }

    /// Sets a new password from the command line (an operator helping a locked-out user) and lifts any lock.
    public func resetPassword(username: String, to password: String, operatorName: String) async throws {
        if let problem = PasswordPolicy.problem(with: password) {
            throw ValidationFailure([FieldError("password", problem)])
        }
        let hash = try await hasher.hash(password)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let (id, scopeCode) = try await Self.accountID(username: username, in: sql)
            try await sql.raw(
                """
                UPDATE accounts SET password_hash = \(bind: hash), password_changed_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: id)
                """
            ).run()
            try await Attempts.clear(.signInUsername, key: username.lowercased(), in: sql)
            try await Credentials.end(of: id, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    actorID: nil, actorName: operatorName, action: .passwordReset, subject: "account:\(id)",
                    territoryCode: scopeCode),
                at: now, in: sql, engine: engine)
        }
    }

    /// Turns two-step verification off for someone who lost their phone, from the command line; they enrol again
    /// at their next sign-in. Their sessions end.
    public func resetTwoFactor(username: String, operatorName: String) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let (id, scopeCode) = try await Self.accountID(username: username, in: sql)
            try await sql.raw(
                """
                UPDATE accounts SET totp_secret = NULL, totp_enabled = \(bind: false), totp_last_step = NULL
                WHERE id = \(bind: id)
                """
            ).run()
            try await Credentials.end(of: id, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    actorID: nil, actorName: operatorName, action: .twoFactorReset, subject: "account:\(id)",
                    territoryCode: scopeCode),
                at: now, in: sql, engine: engine)
        }
    }

    /// The account with `username`, for commands that act as it (an import runs with its scope and rights).
    public func account(username: String) async throws -> Account? {
        try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns) FROM accounts WHERE username = \(bind: username)").first()
                .map(AccountRow.account)
        }
    }

    /// The id and scope of the account with `username`, or a field error naming the username.
    private static func accountID(username: String, in sql: any SQLDatabase) async throws -> (String, String) {
        guard let row = try await sql.raw("SELECT id, scope_code FROM accounts WHERE username = \(bind: username)").first()
        else { throw ValidationFailure([FieldError("username", .notFound)]) }
        return (try row.string("id"), try row.string("scope_code"))
    }
}
