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
/// fresh connection. A write cut off at its commit is never repeated: whether it landed is unknown, and only the
/// client, resending with its key, can make that safe.
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

    /// Runs `attempt` again once when its connection was lost before anything could have been committed; a lost
    /// connection that remains lost, or one lost at the commit, is `StoreError.unavailable`.
    private func retryingOnce<T: Sendable>(
        _ attempt: (CommitMark) async throws -> T
    ) async throws -> T {
        for round in 1...2 {
            let committing = CommitMark()
            do {
                return try await attempt(committing)
            } catch where isConnectionLost(error) {
                let atCommit = committing.isMarked
                logger.warning("database connection lost\(atCommit ? " at commit" : ""): \(String(reflecting: error))")
                if atCommit || round == 2 { throw StoreError.unavailable }
            }
        }
        throw StoreError.unavailable
    }

    /// `client.withConnection`, giving up after `connectTimeout` while the lease is still waiting. The pool has
    /// no lease timeout of its own, and its lease waits for as long as no server answers. The timer cancels only
    /// a lease not yet granted: once the body starts it runs to its end, never cut mid-transaction.
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
                    try await Task.sleep(for: self.connectTimeout)
                    return nil
                }
                do {
                    while let finished = try await group.next() {
                        if let result = finished {
                            group.cancelAll()
                            return result
                        }
                        if lease.expire() {
                            group.cancelAll()
                            throw StoreError.unavailable
                        }
                    }
                } catch where !lease.isGranted {
                    // No connection was ever granted (the pool shut, its circuit breaker open, or the wait over).
                    group.cancelAll()
                    throw StoreError.unavailable
                } catch {
                    group.cancelAll()
                    throw error
                }
                throw StoreError.unavailable
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
    var isGranted: Bool { state.withLock { $0 == .granted } }

    private func decide(_ outcome: State) -> Bool {
        state.withLock { state in
            if state == .waiting { state = outcome }
            return state == outcome
        }
    }
}

/// Whether `error` means the connection to PostgreSQL went away or its server cannot take work (shutting down,
/// starting, demoted to a replica), rather than that the statement was wrong.
func isConnectionLost(_ error: any Error) -> Bool {
    guard let error = error as? PSQLError else { return false }
    switch error.code {
    case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown: return true
    case .server:
        let state = error.serverInfo?[.sqlState] ?? ""
        // 08: connection exceptions; 57P01–03: admin or crash shutdown, cannot connect now; 25006: read-only
        // transaction (the node was demoted, so nothing was written).
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "25006"].contains(state)
    default: return false
    }
}
