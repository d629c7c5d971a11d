import DoorstepCore
import Foundation
import SQLKit

/// Accounts: administrators manage those inside their scope; everyone manages their own password, language and
/// second factor.
public struct AccountStore: Sendable {
    let database: Database
    let hasher: PasswordHasher
    let clock: @Sendable () -> Date

    // MARK: Reading

    /// The accounts whose scope lies inside the caller's.
    public func list(for principal: Principal) async throws -> [Account] {
        guard principal.can(.viewAccounts) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        return try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns) FROM accounts WHERE \(scope) ORDER BY role, username")
                .all().map(AccountRow.account)
        }
    }

    /// One account, when it lies inside the caller's scope or is the caller's own.
    public func account(id: String, for principal: Principal) async throws -> Account {
        guard principal.accountID == id || principal.can(.viewAccounts) else { throw StoreError.notFound }
        let scope = principal.scope.condition()
        let row = try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns) FROM accounts WHERE id = \(bind: id) AND (\(scope) OR id = \(bind: principal.accountID))")
                .first()
        }
        guard let row else { throw StoreError.notFound }
        return try AccountRow.account(row)
    }

    // MARK: Administration

    /// Opens an account on an administrator's authority, inside their scope and below their role.
    public func create(_ new: NewAccount, by principal: Principal, clientAddress: String? = nil) async throws -> Account {
        guard principal.can(.manageAccounts) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try new.validate(grantedBy: principal)
        return try await insert(new, actor: principal, clientAddress: clientAddress)
    }

    /// Opens an account from a set-up command (the CLI or the demo), which runs with the operator's authority.
    public func createFromCommandLine(_ new: NewAccount, operatorName: String) async throws -> Account {
        try new.validate()
        return try await insert(new, actor: nil, operatorName: operatorName, clientAddress: nil)
    }

    private func insert(
        _ new: NewAccount, actor: Principal?, operatorName: String = "system", clientAddress: String?
    ) async throws -> Account {
        let hash = try await hasher.hash(new.password)
        let id = Secrets.identifier()
        let now = clock()
        let engine = database.engine
        do {
            return try await database.write { sql in
                try await Self.requireTerritory(new.scope, in: sql)
                let stamp = Timestamp.format(now)
                try await sql.raw(
                    """
                    INSERT INTO accounts (id, username, display_name, role, scope_level, scope_code, street_code,
                        community_code, grid_code, password_hash, created_at, password_changed_at)
                    VALUES (\(bind: id), \(bind: new.username), \(bind: new.displayName), \(bind: new.role.rawValue),
                        \(bind: new.scope.level.rawValue), \(bind: new.scope.code), \(bind: new.scope.streetCode),
                        \(bind: new.scope.communityCode), \(bind: new.scope.gridCode), \(bind: hash), \(bind: stamp),
                        \(bind: stamp))
                    """
                ).run()
                let event = AuditEvent(
                    actorID: actor?.accountID, actorName: actor?.username ?? operatorName, action: .accountCreated,
                    subject: "account:\(id)", territoryCode: new.scope.code,
                    detail: ["username": new.username, "role": new.role.rawValue, "scope": new.scope.description],
                    clientAddress: clientAddress)
                try await AuditStore.append(event, at: now, in: sql, engine: engine)
                guard let account = try await AccountRow.load(id: id, in: sql) else { throw StoreError.notFound }
                return account
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("username", .alreadyExists)])
        }
    }

    /// Changes an account's role and scope; both changes are audited with their old and new values.
    public func changeRole(
        id: String, to role: Role, scope: TerritoryScope, by principal: Principal, clientAddress: String? = nil
    ) async throws -> Account {
        guard principal.can(.manageAccounts) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        if !principal.role.assignableRoles.contains(role) { validator.check("role", .roleNotAssignable) }
        if !principal.scope.contains(scope) { validator.check("scope", .outsideYourScope) }
        if !role.allowedScopeLevels.contains(scope.level) { validator.check("scope", .scopeNotAllowedForRole(role: role)) }
        try validator.throwIfAny()
        let current = try await account(id: id, for: principal)
        if current.id == principal.accountID { throw StoreError.forbidden }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            try await Self.requireTerritory(scope, in: sql)
            try await sql.raw(
                """
                UPDATE accounts SET role = \(bind: role.rawValue), scope_level = \(bind: scope.level.rawValue),
                    scope_code = \(bind: scope.code), street_code = \(bind: scope.streetCode),
                    community_code = \(bind: scope.communityCode), grid_code = \(bind: scope.gridCode)
                WHERE id = \(bind: id)
                """
            ).run()
            if current.role != role {
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .roleChanged, subject: "account:\(id)", territoryCode: scope.code,
                        detail: ["from": current.role.rawValue, "to": role.rawValue], clientAddress: clientAddress),
                    at: now, in: sql, engine: engine)
            }
            if current.scope != scope {
                // Recorded on both sides, so the territory the person leaves sees the move as well as the one
                // they join.
                for territory in [current.scope.code, scope.code] {
                    try await AuditStore.append(
                        AuditEvent(
                            by: principal, .scopeChanged, subject: "account:\(id)", territoryCode: territory,
                            detail: ["from": current.scope.description, "to": scope.description],
                            clientAddress: clientAddress),
                        at: now, in: sql, engine: engine)
                }
            }
            // A changed role or scope ends the account's sessions: they were granted under the old terms.
            try await sql.raw("DELETE FROM sessions WHERE account_id = \(bind: id)").run()
            guard let account = try await AccountRow.load(id: id, in: sql) else { throw StoreError.notFound }
            return account
        }
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
            guard let row = try await sql.raw("SELECT id, scope_code FROM accounts WHERE username = \(bind: username)").first()
            else { throw ValidationFailure([FieldError("username", .notFound)]) }
            let id = try row.string("id")
            try await sql.raw(
                """
                UPDATE accounts SET password_hash = \(bind: hash), password_changed_at = \(bind: Timestamp.format(now)),
                    locked_until = NULL WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("DELETE FROM login_failures WHERE account_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM sessions WHERE account_id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actorID: nil, actorName: operatorName, action: .passwordReset, subject: "account:\(id)",
                    territoryCode: try row.string("scope_code")),
                at: now, in: sql, engine: engine)
        }
    }

    /// Turns two-step verification off for someone who lost their phone, from the command line; they enrol again
    /// at their next sign-in. Their sessions end.
    public func resetTwoFactor(username: String, operatorName: String) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard let row = try await sql.raw("SELECT id, scope_code FROM accounts WHERE username = \(bind: username)").first()
            else { throw ValidationFailure([FieldError("username", .notFound)]) }
            let id = try row.string("id")
            try await sql.raw(
                """
                UPDATE accounts SET totp_secret = NULL, totp_enabled = \(bind: false), totp_last_step = NULL
                WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("DELETE FROM sessions WHERE account_id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actorID: nil, actorName: operatorName, action: .twoFactorReset, subject: "account:\(id)",
                    territoryCode: try row.string("scope_code")),
                at: now, in: sql, engine: engine)
        }
    }

    // MARK: Self-service

    /// Changes the caller's own password after checking the current one, and ends the account's other sessions
    /// (all but `keepingSession`, the one the change was made from).
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
            try await sql.raw(
                """
                DELETE FROM sessions WHERE account_id = \(bind: principal.accountID)
                AND id_hash <> \(bind: token.map(Secrets.fingerprint) ?? "")
                """
            ).run()
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
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE accounts SET totp_secret = \(bind: secret), totp_enabled = \(bind: false)
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
        return try row?.optionalString("totp_secret").map(TOTP.init(secret:))
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

    /// Refuses a scope whose territory does not exist, so no account is scoped to nothing.
    static func requireTerritory(_ scope: TerritoryScope, in sql: any SQLDatabase) async throws {
        let table =
            switch scope.level {
            case .street: "streets"
            case .community: "communities"
            case .grid: "grids"
            }
        let row = try await sql.raw("SELECT code FROM \(unsafeRaw: table) WHERE code = \(bind: scope.code)").first()
        if row == nil { throw ValidationFailure([FieldError("scope", .notFound)]) }
    }
}
