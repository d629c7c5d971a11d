import DoorstepCore
import Foundation
import SQLKit

/// Accounts: administrators manage those inside their scope; everyone manages their own password, language and
/// second factor.
public struct AccountStore: Sendable {
    let database: Database
    let hasher: PasswordHasher
    let keys: KeySource
    let clock: @Sendable () -> Date

    // MARK: Reading

    /// The accounts whose scope lies inside the caller's, the most responsible roles first.
    public func list(for principal: Principal) async throws -> [Account] {
        guard principal.can(.viewAccounts) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let accounts = try await database.read { sql in
            try await sql.raw("SELECT \(AccountRow.columns) FROM accounts WHERE \(scope) ORDER BY username")
                .all().map { try AccountRow.account($0).shown(to: principal.role) }
        }
        let rank = Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, $0) })
        return accounts.sorted { (rank[$0.role]!, $0.username) < (rank[$1.role]!, $1.username) }
    }

    /// One account, when it lies inside the caller's scope or is the caller's own.
    public func account(id: String, for principal: Principal) async throws -> Account {
        guard principal.accountID == id || principal.can(.viewAccounts) else { throw StoreError.notFound }
        let scope = principal.scope.condition()
        let row = try await database.lookup { sql in
            try await sql.raw("SELECT \(AccountRow.columns) FROM accounts WHERE id = \(bind: id) AND (\(scope) OR id = \(bind: principal.accountID))")
                .first()
        }
        guard let row else { throw StoreError.notFound }
        return try AccountRow.account(row).shown(to: principal.role)
    }

    // MARK: Administration

    /// Opens an account on an administrator's authority, inside their scope and below their role.
    public func create(_ new: NewAccount, by principal: Principal, clientAddress: String? = nil) async throws -> Account {
        guard principal.can(.manageAccounts) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try new.validate(grantedBy: principal)
        return try await insert(new, actor: principal, clientAddress: clientAddress)
    }

    func insert(
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
            // A changed role or scope ends the account's sessions and tokens: they were granted under the old terms.
            try await Credentials.end(of: id, at: now, in: sql)
            guard let account = try await AccountRow.load(id: id, in: sql) else { throw StoreError.notFound }
            return account
        }
    }

    /// Forgets the account's failed sign-ins, so its next try waits for nothing: for an administrator who has
    /// checked who is asking. (Tries from a guessing address still wait.)
    public func unlock(id: String, by principal: Principal, clientAddress: String? = nil) async throws {
        try await administer(id: id, by: principal, action: .accountUnlocked, clientAddress: clientAddress) { sql in
            guard let account = try await AccountRow.load(id: id, in: sql) else { throw StoreError.notFound }
            try await Attempts.clear(.signInUsername, key: account.username, in: sql)
        }
    }

    /// Disables or re-enables an account. A disabled account's sessions end and its tokens stop working at once
    /// (both look the account up on every request).
    public func setDisabled(_ disabled: Bool, id: String, by principal: Principal, clientAddress: String? = nil)
        async throws
    {
        try await administer(
            id: id, by: principal, action: disabled ? .accountDisabled : .accountEnabled, clientAddress: clientAddress
        ) { sql in
            try await sql.raw("UPDATE accounts SET disabled = \(bind: disabled) WHERE id = \(bind: id)").run()
            if disabled { try await Credentials.end(of: id, at: clock(), in: sql) }
        }
    }

    /// One administrative change to another account in the caller's scope, audited in the same transaction.
    private func administer(
        id: String, by principal: Principal, action: AuditAction, clientAddress: String?,
        _ change: @escaping @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        guard principal.can(.manageAccounts) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let account = try await account(id: id, for: principal)
        guard account.id != principal.accountID else { throw StoreError.forbidden }
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await change(sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, action, subject: "account:\(id)", territoryCode: account.scope.code,
                    clientAddress: clientAddress),
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
