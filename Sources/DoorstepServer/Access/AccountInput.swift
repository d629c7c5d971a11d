import DoorstepCore

/// Account fields as they arrive from a form or JSON, turned into domain values with every problem collected.
struct AccountInput: Sendable, Codable {
    var username: String?
    var displayName: String?
    var role: String?
    var scope: String?
    var password: String?

    init(username: String? = nil, displayName: String? = nil, role: String? = nil, scope: String? = nil, password: String? = nil) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.scope = scope
        self.password = password
    }

    init(form: Form) {
        self.init(
            username: form["username"], displayName: form["displayName"], role: form["role"], scope: form["scope"],
            password: form["password"])
    }

    /// The role and scope, or every problem with them.
    func roleAndScope() throws(ValidationFailure) -> (Role, TerritoryScope) {
        var validator = Validator()
        let role = role.flatMap(Role.init(rawValue:))
        if role == nil {
            validator.check("role", (self.role ?? "").isEmpty ? .required : .unknownValue(allowed: Role.allCases.map(\.rawValue)))
        }
        let scope = scope.flatMap { TerritoryScope(parsing: $0.trimmingCharacters(in: .whitespaces)) }
        if scope == nil { validator.check("scope", (self.scope ?? "").isEmpty ? .required : .scopeFormat) }
        try validator.throwIfAny()
        return (role!, scope!)
    }

    /// A complete new account; a missing role or scope is reported together with every other bad field, and so
    /// are a role or scope `grantor` may not hand out.
    func newAccount(grantedBy grantor: Principal? = nil) throws(ValidationFailure) -> NewAccount {
        var errors: [FieldError] = []
        var parsed: (Role, TerritoryScope)?
        do { parsed = try roleAndScope() } catch { errors = error.errors }
        let account = NewAccount(
            username: (username ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
            displayName: (displayName ?? "").trimmingCharacters(in: .whitespaces),
            role: parsed?.0 ?? .resident, scope: parsed?.1 ?? TerritoryScope(level: .grid, code: ""),
            password: password ?? "")
        do { try account.validate(grantedBy: parsed == nil ? nil : grantor) } catch {
            // Role and scope were already judged above; keep only the other fields' problems from here.
            errors += parsed == nil ? error.errors.filter { $0.field != "scope" && $0.field != "role" } : error.errors
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        return account
    }
}

import Foundation
