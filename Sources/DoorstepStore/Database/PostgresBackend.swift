import Logging
import PostgresKit
import PostgresNIO
import SQLKit
import ServiceLifecycle
import Synchronization

/// PostgreSQL through PostgresNIO's client pool. The pool works only while `run()` runs.
///
/// On a cluster the server behind the URL can vanish (a failover): a request waits at most `connectTimeout` for a
/// connection, then fails as `StoreError.unavailable` (503 with `Retry-After`) instead of hanging; a read, or a
/// write whose connection was lost before its `COMMIT` was sent (so nothing of it landed), is tried once more on a
/// fresh connection. A write cut off at its commit is never repeated: whether it landed is unknown
/// (`StoreError.outcomeUnknown`), and only the client, resending with its key, can make that safe.
final class PostgresBackend: DatabaseBackend {
    let client: PostgresClient
    let logger: Logger
    let connectTimeout: Duration

    init(settings: PostgresSettings, logger: Logger) {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = settings.maximumConnections
        configuration.options.connectTimeout = .seconds(settings.connectTimeout)
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        self.connectTimeout = .seconds(settings.connectTimeout)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await retryingOnce { _ in
            try await self.withConnection { connection in
                try await body(connection.sql(queryLogLevel: .trace, logger: self.logger))
            }
        }
    }

    func lookup<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await read(body)
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await retryingOnce { committing in
            try await self.withConnection { connection in
                try await inTransaction(connection.sql(queryLogLevel: .trace, logger: self.logger), begin: "BEGIN") { sql in
                    let result = try await body(sql)
                    committing.mark()
                    return result
                }
            }
        }
    }

    func run() async throws {
        // The client runs until cancelled; end it when the server is asked to stop, after the HTTP server.
        await cancelWhenGracefulShutdown { await self.client.run() }
    }

    /// Runs `attempt` again once when it failed before anything could have been committed (its connection lost,
    /// its server unable to take work); one that fails so again, or one cut off at its commit, is
    /// `StoreError.unavailable`.
    private func retryingOnce<T: Sendable>(
        _ attempt: (CommitMark) async throws -> T
    ) async throws -> T {
        for round in 1...2 {
            let committing = CommitMark()
            do {
                return try await attempt(committing)
            } catch where isRetryable(error) {
                let atCommit = committing.isMarked
                logger.warning("database statement failed\(atCommit ? " at commit" : ""): \(loggable(error))")
                if atCommit { throw StoreError.outcomeUnknown }
                if round == 2 { throw StoreError.unavailable }
            }
        }
        throw StoreError.unavailable
    }

    /// `client.withConnection`, giving up after `connectTimeout` while the lease is still waiting. The pool has
    /// no lease timeout of its own, and its lease waits for as long as no server answers. The timer settles only a
    /// lease not yet granted: once the body has its connection it runs to its end, never cut mid-transaction, and
    /// its result is returned even if the caller was cancelled meanwhile (a write it made is not reported lost).
    private func withConnection<T: Sendable>(
        _ body: @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let lease = Lease()
        return try await withoutActuallyEscaping(body) { body in
            try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await self.client.withConnection { connection in
                        guard lease.grant() else { throw StoreError.unavailable }
                        return try await body(connection)
                    }
                }
                group.addTask {
                    // Ends when the time is up or when the caller is cancelled; either way the lease is settled below.
                    try? await Task.sleep(for: self.connectTimeout)
                    return nil
                }
                // Gives up a lease still waiting: the caller's cancellation stays a cancellation, the time up is
                // `unavailable`. Does nothing once the connection was granted.
                func giveUp() throws {
                    guard lease.expire() else { return }
                    group.cancelAll()
                    throw Task.isCancelled ? CancellationError() : StoreError.unavailable
                }
                while true {
                    let finished: T??
                    do {
                        finished = try await group.next()
                    } catch {
                        // Before a grant: the pool failed the lease (shut, its circuit breaker open). After: the body's.
                        try giveUp()
                        group.cancelAll()
                        throw error
                    }
                    guard let finished else { throw StoreError.unavailable }  // both ended: cannot happen
                    if let result = finished {
                        group.cancelAll()
                        return result
                    }
                    // The timer ended; a granted body is still running and is waited for.
                    try giveUp()
                }
            }
        }
    }
}

/// Set once the body of a write has returned, so its `COMMIT` is on its way: a connection lost after that leaves
/// the write's fate unknown.
private final class CommitMark: Sendable {
    private let marked = Mutex(false)
    func mark() { marked.withLock { $0 = true } }
    var isMarked: Bool { marked.withLock { $0 } }
}

/// A connection lease racing its timer: whichever comes first wins, the other finds it decided.
private final class Lease: Sendable {
    private enum State { case waiting, granted, expired }
    private let state = Mutex(State.waiting)

    /// The connection arrived: true unless the timer already gave up.
    func grant() -> Bool { decide(.granted) }
    /// The timer ran out: true unless the connection already arrived.
    func expire() -> Bool { decide(.expired) }

    private func decide(_ outcome: State) -> Bool {
        state.withLock { state in
            if state == .waiting { state = outcome }
            return state == outcome
        }
    }
}

/// Whether `error` means the statement could not run through no fault of its own, so that nothing of its
/// transaction can have been committed: the connection went away, its server cannot take work (shutting down,
/// starting, demoted to a replica — HAProxy then closes the old sessions, so a retry gets the new leader), or a
/// replica cancelled it in a conflict with recovery.
func isRetryable(_ error: any Error) -> Bool {
    guard let error = error as? PSQLError else { return false }
    switch error.code {
    case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown: return true
    case .server:
        let state = error.serverInfo?[.sqlState] ?? ""
        // 08: connection exceptions; 57P01–03: admin or crash shutdown, cannot connect now; 25006: read-only
        // transaction; 40001: serialization failure, as a hot standby cancels a query in a conflict with recovery.
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "25006", "40001"].contains(state)
    default: return false
    }
}
