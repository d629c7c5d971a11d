import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Engines and migrations")
struct EngineTests {
    @Test("PostgreSQL is part of the run whenever the test script requires it")
    func postgresPresent() {
        if TestEngine.postgresRequired {
            #expect(TestEngine.available.contains(.postgres))
        }
    }

    @Test("migrations apply once and record themselves", arguments: TestEngine.available)
    func migrations(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database async throws in
            #expect(database.engine.rawValue == engine.rawValue)
            #expect(try await Migrator.migrate(database).isEmpty)
            #expect(try await Migrator.appliedIDs(database) == Array(1...31))
            #expect(await database.ping())
        }
    }

    @Test("a new SQLite file, its write-ahead log and its shared memory are readable by their owner only")
    func ownerOnly() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doorstep-mode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("doorstep.sqlite").path
        try await Database.withOpened(.sqlite(path: path), logger: testLogger) { database in
            _ = try await Migrator.migrate(database)
            for file in [path, path + "-wal", path + "-shm"] {
                let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
                #expect(mode == 0o600, "\(file)")
            }
        }
    }

    @Test("a failed write leaves nothing behind", arguments: TestEngine.available)
    func rollback(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await database.write { sql in
                    try await sql.raw("INSERT INTO streets (code, name, created_at) VALUES ('320106005', 'x', 'y')").run()
                    throw Boom()
                }
            }
            let count = try await database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM streets").first()?.decode(column: "n", as: Int.self)
            }
            #expect(count == 0)
        }
    }

    @Test("concurrent writers each land once and keep the audit chain whole", arguments: TestEngine.available)
    func concurrentWrites(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            try await store.territory.create(TestTerritory.street, operatorName: "test")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await store.audit.record(
                            AuditEvent(
                                actorID: nil, actorName: "writer\(index)", action: .loginFailed, subject: "account:x",
                                territoryCode: TestTerritory.street.code))
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.audit.verify() == .intact(rows: 41), "40 rows and the street's registration")
        }
    }
}
