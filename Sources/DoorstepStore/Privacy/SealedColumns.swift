/// Every column that holds a sealed value, so a key rotation reaches all of them. A migration that adds one adds
/// it here too.
struct SealedColumn: Sendable {
    let table: String
    let idColumn: String
    let column: String

    /// The context bound into each seal: the value opens only in this column.
    var context: String { "\(table).\(column)" }

    static let all: [SealedColumn] = [
        SealedColumn(table: "accounts", idColumn: "id", column: "totp_secret"),
    ]

    static let totpSecret = all[0]
}
