import PostgresNIO
import SQLiteNIO

/// Failures the store reports in domain terms rather than engine terms.
public enum StoreError: Error, Equatable, Sendable {
    /// The record does not exist, or lies outside the caller's scope: the two are not told apart, so a scope
    /// cannot be probed.
    case notFound
    /// The caller may not do this.
    case forbidden
    /// An administrator must enrol a second factor before changing anything.
    case twoFactorRequired
    /// A record with the same natural key exists.
    case conflict
    /// An audit row was to be written through a database no `Store` keyed: a programming error, refused rather
    /// than written unkeyed.
    case auditUnkeyed
    /// The database cannot be reached now (no leader during a failover, the server down); nothing was written.
    case unavailable
    /// The connection was lost while a write's `COMMIT` was on its way: it may or may not have landed. Sent again
    /// with its key, a write returns what landed; without one, look before sending again.
    case outcomeUnknown
}

/// `error` as it may be logged: for PostgreSQL its kind and SQLSTATE only, since its description carries the
/// statement with its bound values — residents' names, addresses, what they reported.
public func loggable(_ error: any Error) -> String {
    guard let error = error as? PSQLError else { return String(reflecting: error) }
    let state = error.serverInfo?[.sqlState].map { " SQLSTATE \($0)" } ?? ""
    return "PSQLError(\(error.code)\(state))"
}

/// Whether `error` is a foreign-key violation (a parent row that does not exist) on either engine.
func isForeignKeyViolation(_ error: any Error) -> Bool {
    if let error = error as? SQLiteError { return error.reason == .constraintForeignKeyFailed }
    if let error = error as? SQLiteStatementError { return error.isForeignKeyViolation }
    if let error = error as? PSQLError {
        return error.serverInfo?[.sqlState] == PostgresError.Code.foreignKeyViolation.raw
    }
    return false
}

/// Whether `error` is a unique-key violation on either engine.
func isUniqueViolation(_ error: any Error) -> Bool {
    if let error = error as? SQLiteError {
        switch error.reason {
        case .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
        default: return false
        }
    }
    if let error = error as? SQLiteStatementError { return error.isUniqueViolation }
    if let error = error as? PSQLError {
        return error.serverInfo?[.sqlState] == PostgresError.Code.uniqueViolation.raw
    }
    return false
}
