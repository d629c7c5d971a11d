import Logging
import SQLKit
import ServiceLifecycle

/// The one door to the database. Reads run on a reader; writes run in a transaction that commits before the
/// caller answers, so every change a user is told succeeded is durable. On SQLite the writes waiting together
/// share one transaction, each in a savepoint of its own (`GroupCommit`); on PostgreSQL each has its own.
public struct Database: Sendable, Service {
    public let engine: Engine
    let backend: any DatabaseBackend
    /// The keys the audit chain is keyed with, for every transaction this database runs (`Store` sets them).
    private(set) var auditKeys: KeySource?

    init(engine: Engine, backend: any DatabaseBackend) {
        self.engine = engine
        self.backend = backend
    }

    /// The same database, keying the audit rows its transactions write with `keys`.
    func keyingAudit(with keys: KeySource) -> Database {
        var keyed = self
        keyed.auditKeys = keys
        return keyed
    }

    /// Opens the database at `location`. For PostgreSQL the connection pool works only while `run()` runs.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Database {
        switch location {
        case .sqlite(let path):
            Database(engine: .sqlite, backend: try await SQLiteBackend.open(path: path, logger: logger))
        case .postgres(let settings):
            Database(engine: .postgres, backend: PostgresBackend(settings: settings, logger: logger))
        }
    }

    /// Opens the database, runs `body` with it, and closes it: for commands that start, work and exit.
    public static func withOpened<T: Sendable>(
        _ location: DatabaseLocation, logger: Logger, _ body: @Sendable (Database) async throws -> T
    ) async throws -> T {
        let database = try await open(location, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await database.backend.run() }
            defer { group.cancelAll() }
            return try await body(database)
        }
    }

    /// Reads outside a transaction.
    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.read(body)
    }

    /// A short read by key — a token, a session, an account, a capped count, the first page of a list read in an
    /// index's order — outside a transaction. On SQLite it runs in place on a connection of our own when one is
    /// idle, holding the caller's thread meanwhile: never a query that scans.
    public func lookup<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await backend.lookup(body)
    }

    /// Runs `body` in one transaction: all of its writes land, or none do. It returns after they are committed.
    public func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        // Bound inside the body: SQLite's writer runs it in a task of its own (`GroupCommit`).
        try await backend.write { [auditKeys] sql in
            try await AuditStore.$transactionKeys.withValue(auditKeys) { try await body(sql) }
        }
    }

    /// Whether the database answers a trivial query.
    public func ping() async -> Bool {
        do {
            return try await read { sql in try await sql.raw("SELECT 1 AS ok").first() != nil }
        } catch {
            return false
        }
    }

    /// Keeps the connections open until shutdown, then closes them.
    public func run() async throws {
        try await backend.run()
    }
}

/// Runs `body` between `begin` and `COMMIT` on one connection, rolling back when it throws.
func inTransaction<T: Sendable>(
    _ sql: any SQLDatabase, begin: SQLQueryString, _ body: @Sendable (any SQLDatabase) async throws -> T
) async throws -> T {
    try await sql.raw(begin).run()
    do {
        let result = try await body(sql)
        try await sql.raw("COMMIT").run()
        return result
    } catch {
        try? await sql.raw("ROLLBACK").run()
        throw error
    }
}

/// What each engine provides to `Database`.
protocol DatabaseBackend: Sendable {
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func lookup<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func run() async throws
}
