/// The signed-in account on whose behalf a request runs. Every store call made for a request carries one, so no
/// request can reach data outside `scope`.
public struct Principal: Sendable, Codable, Equatable, Hashable {
    public var accountID: String
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: TerritoryScope
    public var twoFactorEnabled: Bool
    public var language: Language?

    public init(
        accountID: String, username: String, displayName: String, role: Role, scope: TerritoryScope,
        twoFactorEnabled: Bool, language: Language? = nil
    ) {
        self.accountID = accountID
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.twoFactorEnabled = twoFactorEnabled
        self.language = language
    }

    public func can(_ permission: Permission) -> Bool {
        role.permissions.contains(permission)
    }

    /// Whether this account may make changes, reveal personal data or export it now: administrators first need a
    /// second factor.
    public var mayChange: Bool {
        !role.requiresTwoFactor || twoFactorEnabled
    }
}

extension Principal {
    /// The operator at the command line, over a whole street: reads counts and writes what the command does, never
    /// opens a person's record.
    public static func commandLine(street code: String) -> Principal {
        Principal(
            accountID: "command-line", username: "operator", displayName: "operator", role: .streetAdmin,
            scope: TerritoryScope(level: .street, code: TerritoryCode.streetCode(of: code)), twoFactorEnabled: true)
    }
}
