import SQLKit

extension [SQLQueryString] {
    /// The conditions joined with AND, for a WHERE built from optional filters; the first is the one always there.
    var allOf: SQLQueryString { dropFirst().reduce(self[0]) { "\($0) AND \($1)" } }
}
