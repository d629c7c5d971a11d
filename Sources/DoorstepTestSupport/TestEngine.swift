import DoorstepCore
import DoorstepStore
import Foundation
import Logging
import SQLKit

/// The engines the Store and Server suites run on: SQLite always, PostgreSQL when `DOORSTEP_TEST_POSTGRES_URL`
/// names a server (the test script starts one). With `DOORSTEP_REQUIRE_POSTGRES=1` a missing server is a failure,
/// so CI cannot pass by quietly skipping PostgreSQL. `DOORSTEP_TEST_ENGINE=sqlite` (or `postgres`) runs on that one
/// engine only, for working on one of them.
public enum TestEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["DOORSTEP_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether PostgreSQL must be part of the run.
    public static var postgresRequired: Bool {
        ProcessInfo.processInfo.environment["DOORSTEP_REQUIRE_POSTGRES"] == "1"
    }

    /// The engines available to this run.
    public static var available: [TestEngine] {
        let configured: [TestEngine] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
        guard let only = ProcessInfo.processInfo.environment["DOORSTEP_TEST_ENGINE"].flatMap(TestEngine.init(rawValue:)) else {
            return configured
        }
        return configured.filter { $0 == only }
    }
}

/// A settable clock, so time-dependent rules (lockouts, idle sessions, token expiry) are tested without waiting.
public final class TestClock: Sendable {
    private let current: LockedValue<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        self.current = LockedValue(start)
    }

    public var now: Date { current.value }

    public func advance(by seconds: TimeInterval) {
        current.update { $0 = $0.addingTimeInterval(seconds) }
    }

    public var closure: @Sendable () -> Date { { self.now } }
}

/// A value behind a lock.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { self.stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

/// Store settings for tests: bcrypt at its lowest cost so suites stay fast; everything else as in production.
public func testSettings() -> Store.Settings {
    Store.Settings(passwordHasher: PasswordHasher(cost: 4))
}

/// Runs `body` with a migrated, empty database of its own on `engine`, removed afterwards.
public func withTestDatabase<T: Sendable>(
    _ engine: TestEngine, _ body: @Sendable (Database) async throws -> T
) async throws -> T {
    try await withTestDatabaseLocation(engine) { location in
        try await Database.withOpened(location, logger: testLogger) { database in
            try await Migrator.migrate(database)
            return try await body(database)
        }
    }
}

/// Runs `body` with the location of a new, empty database on `engine`, removed afterwards. For tests that open
/// the database themselves, as the server does.
public func withTestDatabaseLocation<T: Sendable>(
    _ engine: TestEngine, _ body: @Sendable (DatabaseLocation) async throws -> T
) async throws -> T {
    switch engine {
    case .sqlite:
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doorstep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(.sqlite(path: directory.appendingPathComponent("test.sqlite").path))
    case .postgres:
        guard let url = TestEngine.postgresURL else { throw TestDatabaseError.postgresNotConfigured }
        let admin = try DatabaseLocation(parsing: url)
        guard case .postgres(var settings) = admin else { throw TestDatabaseError.postgresNotConfigured }
        let name = "doorstep_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
        try await Database.withOpened(admin, logger: testLogger) { database in
            try await database.read { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
        }
        settings.database = name
        // Tests run in parallel, each with a database of its own: small pools stay under the server's limit.
        settings.maximumConnections = 3
        // Such a pool, shared by a test's concurrent tasks on a loaded machine, can keep a task waiting longer than
        // a server would; the wait for a server that does not answer is tested on its own (UnavailableTests).
        settings.connectTimeout = 120
        do {
            let result = try await body(.postgres(settings))
            try await dropDatabase(name, admin: admin)
            return result
        } catch {
            try? await dropDatabase(name, admin: admin)
            throw error
        }
    }
}

/// Quiet logs for tests: only warnings and worse.
public let testLogger: Logger = {
    var logger = Logger(label: "doorstep.test")
    logger.logLevel = .warning
    return logger
}()

private func dropDatabase(_ name: String, admin: DatabaseLocation) async throws {
    try await Database.withOpened(admin, logger: testLogger) { database in
        try await database.read { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run() }
    }
}

public enum TestDatabaseError: Error {
    case postgresNotConfigured
}
