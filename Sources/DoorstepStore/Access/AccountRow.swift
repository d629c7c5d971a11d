import DoorstepCore
import SQLKit

/// Reading accounts from rows, shared by the stores that need them.
enum AccountRow {
    static let names = ["id", "username", "display_name", "role", "scope_level", "scope_code", "language", "totp_enabled", "disabled", "created_at"]
    static let columns = columns(of: nil)

    /// The columns `account` reads, of the table named `alias` in a join.
    static func columns(of alias: String?) -> SQLQueryString {
        "\(unsafeRaw: names.map { (alias.map { "\($0)." } ?? "") + $0 }.joined(separator: ", "))"
    }

    static func account(_ row: any SQLRow) throws -> Account {
        guard let role = Role(rawValue: try row.string("role")),
            let level = ScopeLevel(rawValue: try row.string("scope_level"))
        else {
            throw StoreError.notFound
        }
        return Account(
            id: try row.string("id"), username: try row.string("username"),
            displayName: try row.string("display_name"), role: role,
            scope: TerritoryScope(level: level, code: try row.string("scope_code")),
            language: try row.optionalString("language").flatMap(Language.init(rawValue:)),
            twoFactorEnabled: try row.bool("totp_enabled"),
            disabled: try row.bool("disabled"), createdAt: try row.date("created_at"))
    }

    static func load(id: String, in sql: any SQLDatabase) async throws -> Account? {
        try await sql.raw("SELECT \(columns) FROM accounts WHERE id = \(bind: id)").first().map(account)
    }
}
