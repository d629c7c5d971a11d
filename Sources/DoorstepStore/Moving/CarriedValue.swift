import Foundation
import SQLKit

/// One column's value on its way from one engine to the other, typed by the column as the target declares it, so a
/// NULL is bound with its type and SQLite's 0/1 arrives as a boolean.
enum CarriedValue: Sendable, Equatable {
    case text(String?)
    case integer(Int?)
    case real(Double?)
    case boolean(Bool?)
    case bytes(Data?)

    /// How a column's values are read and bound, from its type in PostgreSQL's `information_schema`.
    enum Kind: Sendable, Equatable {
        case text, integer, real, boolean, bytes

        init?(postgresType: String) {
            switch postgresType {
            case "text", "character varying": self = .text
            case "bigint", "integer", "smallint": self = .integer
            case "double precision", "real", "numeric": self = .real
            case "boolean": self = .boolean
            case "bytea": self = .bytes
            default: return nil
            }
        }
    }

    init(_ row: any SQLRow, column: String, kind: Kind) throws {
        switch kind {
        case .text: self = .text(try row.optional(column, as: String.self))
        case .integer: self = .integer(try row.optional(column, as: Int.self))
        case .real: self = .real(try row.optional(column, as: Double.self))
        case .boolean: self = .boolean(try row.optional(column, as: Bool.self))
        case .bytes: self = .bytes(try row.optional(column, as: Data.self))
        }
    }

    var text: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// Inserts `rows` in as few statements as PostgreSQL's limit of bound values per statement allows.
    static func insert(into table: String, columns: [String], rows: [[CarriedValue]], in sql: any SQLDatabase) async throws {
        let perStatement = max(1, min(500, 30_000 / max(1, columns.count)))
        let names = columns.joined(separator: ", ")
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + perStatement, rows.endIndex)
            var statement: SQLQueryString = "INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: names)) VALUES "
            for (index, row) in rows[start..<end].enumerated() {
                statement.appendLiteral(index == 0 ? "(" : ", (")
                for (position, value) in row.enumerated() {
                    if position > 0 { statement.appendLiteral(", ") }
                    value.bind(into: &statement)
                }
                statement.appendLiteral(")")
            }
            try await sql.raw(statement).run()
            start = end
        }
    }

    private func bind(into statement: inout SQLQueryString) {
        switch self {
        case .text(let value): statement.appendInterpolation(bind: value)
        case .integer(let value): statement.appendInterpolation(bind: value)
        case .real(let value): statement.appendInterpolation(bind: value)
        case .boolean(let value): statement.appendInterpolation(bind: value)
        case .bytes(let value): statement.appendInterpolation(bind: value)
        }
    }
}
