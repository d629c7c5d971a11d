import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteKit
import SQLiteNIO
import ServiceLifecycle

/// SQLite held as one writer connection and a few reader connections. WAL lets readers work while the writer
/// commits; the single writer runs the writes waiting together, one after another, in one transaction
/// (`GroupCommit`). Short reads by key run in place on readers of our own (`InPlaceReaders`), the rest on
/// SQLiteNIO's.
final class SQLiteBackend: DatabaseBackend {
    static let readerCount = 4

    let readers: ConnectionPool<SQLiteConnection>
    let lookups: InPlaceReaders
    let writes: GroupCommit
    let logger: Logger

    private init(writer: InPlaceConnection, readers: [SQLiteConnection], lookups: InPlaceReaders, logger: Logger) {
        self.readers = ConnectionPool(readers)
        self.lookups = lookups
        self.writes = GroupCommit(writer: writer, logger: logger)
        self.logger = logger
    }

    static func open(path: String, logger: Logger) async throws -> SQLiteBackend {
        createPrivately(path)
        // The writer sets WAL on the file before any reader opens.
        let writer = try InPlaceConnection.open(path: path, role: .writer, logger: logger)
        var readers: [SQLiteConnection] = []
        do {
            for _ in 0..<readerCount {
                readers.append(try await openConnection(path: path, logger: logger))
            }
            let lookups = try InPlaceReaders.open(path: path, logger: logger)
            return SQLiteBackend(writer: writer, readers: readers, lookups: lookups, logger: logger)
        } catch {
            for reader in readers { try? await reader.close().get() }
            writer.close()
            throw error
        }
    }

    /// Creates a new database file readable by its owner only: it holds names and addresses in clear beside the
    /// sealed fields. SQLite gives the `-wal` and `-shm` files it makes the database file's mode, so they follow.
    /// An existing file keeps the mode its operator gave it.
    static func createPrivately(_ path: String) {
        guard path != ":memory:", !FileManager.default.fileExists(atPath: path) else { return }
        // Empty until SQLite opens it, so nothing is readable before the mode is set; if this fails, SQLite's own
        // open names the problem.
        _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
    }

    /// What every connection to the file sets, the writer and the readers alike. The busy timeout comes first:
    /// another process may hold the file's lock meanwhile. FULL syncs the WAL on every commit: an answered write
    /// survives a power cut, not just a crash.
    static let connectionPragmas = ["PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"]

    private static func openConnection(path: String, logger: Logger) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger).get()
        for pragma in connectionPragmas {
            _ = try await connection.query(pragma)
        }
        return connection
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await readers.withConnection { connection in
            try await body(connection.sql())
        }
    }

    func lookup<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let found = try await lookups.withIdleConnection(body) { return found }
        return try await read(body)
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await writes.write(body)
    }

    func run() async throws {
        try? await gracefulShutdown()
        await close()
    }

    func close() async {
        await writes.close()
        lookups.close()
        for connection in await readers.drain() {
            try? await connection.close().get()
        }
    }
}
