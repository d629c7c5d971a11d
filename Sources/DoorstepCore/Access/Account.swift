import Foundation

/// A person's way into Doorstep. The password hash and second-factor secret never leave the store.
public struct Account: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: TerritoryScope
    public var language: Language?
    public var twoFactorEnabled: Bool
    public var disabled: Bool
    public var createdAt: Date

    public init(
        id: String, username: String, displayName: String, role: Role, scope: TerritoryScope, language: Language?,
        twoFactorEnabled: Bool, disabled: Bool, createdAt: Date
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.language = language
        self.twoFactorEnabled = twoFactorEnabled
        self.disabled = disabled
        self.createdAt = createdAt
    }

    public var principal: Principal {
        Principal(
            accountID: id, username: username, displayName: displayName, role: role, scope: scope,
            twoFactorEnabled: twoFactorEnabled, language: language)
    }
}

/// What is needed to open an account, checked as a whole before anything is written.
public struct NewAccount: Sendable, Codable, Equatable {
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: TerritoryScope
    public var password: String

    public init(username: String, displayName: String, role: Role, scope: TerritoryScope, password: String) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.password = password
    }

    /// Checks every field; when `grantor` is given, also that they may hand out this role and scope.
    public func validate(grantedBy grantor: Principal? = nil) throws(ValidationFailure) {
        var validator = Validator()
        validator.check("username", Self.usernameProblem(username))
        validator.text("displayName", displayName, maximum: 50)
        validator.check("password", PasswordPolicy.problem(with: password))
        if !role.allowedScopeLevels.contains(scope.level) {
            validator.check("scope", .scopeNotAllowedForRole(role: role))
        }
        if let grantor {
            if !grantor.role.assignableRoles.contains(role) { validator.check("role", .roleNotAssignable) }
            if !grantor.scope.contains(scope) { validator.check("scope", .outsideYourScope) }
        }
        try validator.throwIfAny()
    }

    /// Usernames are 3 to 32 lower-case letters, digits, dots, dashes or underscores, so they read the same
    /// everywhere and cannot be confused by case.
    public static func usernameProblem(_ username: String) -> FieldProblem? {
        if username.isEmpty { return .required }
        if username.count < 3 { return .tooShort(minimum: 3) }
        if username.count > 32 { return .tooLong(maximum: 32) }
        let allowed = username.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
                || scalar == "_"
        }
        return allowed ? nil : .usernameFormat
    }
}
