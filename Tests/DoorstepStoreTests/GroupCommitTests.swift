import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@testable import DoorstepStore

/// SQLite's writes share a transaction when they wait together (`GroupCommit`). Each test holds the writer in a
/// first write until the others are queued behind it, so that they meet in one batch whatever the timing.
@Suite("SQLite's writes committed together", .timeLimit(.minutes(1)))
struct GroupCommitTests {
    @Test("writes waiting together share one commit; each caller hears after it, and gets its own value back")
    func shared() async throws {
        try await withWriter { database, writes in
            let seen = Locked<[Int]>([])  // for each write: the rows it sees minus the rows committed
            try await whileHeld(database, writes, (1...20).map { n -> @Sendable () async throws -> Void in
                {
                    let answer = try await database.write { sql in
                        try await sql.raw("INSERT INTO t (n) VALUES (\(bind: n))").run()
                        let own = try await count(sql)
                        let committed = try await database.read { try await count($0) }
                        seen.withLock { $0.append(own - committed) }
                        return "write \(n)"
                    }
                    #expect(answer == "write \(n)")
                    // Answered only after the commit: another connection sees the row.
                    #expect(try await values(database).contains(n))
                }
            })
            #expect(try await values(database) == Array(0...20))
            // One transaction per write would always see exactly its own row uncommitted.
            #expect(seen.withLock { $0.max() ?? 0 } > 1)
        }
    }

    @Test("a write that throws rolls back its own work only, and only its caller hears of it")
    func oneFails() async throws {
        struct Boom: Error {}
        try await withWriter { database, writes in
            try await whileHeld(database, writes, [
                { try await insert(1, database) },
                { try await insert(2, database) },
                {
                    await #expect(throws: Boom.self) {
                        try await database.write { sql in
                            try await sql.raw("INSERT INTO t (n) VALUES (99)").run()
                            throw Boom()
                        }
                    }
                },
                {
                    // SQLite's own refusal, half-way through the write: its first row goes with it.
                    await #expect(throws: SQLiteStatementError.self) {
                        try await database.write { sql in
                            try await sql.raw("INSERT INTO t (n) VALUES (98)").run()
                            try await sql.raw("INSERT INTO t (n) VALUES (NULL)").run()
                        }
                    }
                },
            ])
            #expect(try await values(database) == [0, 1, 2])
        }
    }

    @Test("a write that ends the shared transaction fails every write in it, none of them lands, and writing goes on")
    func transactionLost() async throws {
        try await withWriter { database, writes in
            let failed = Locked(0)
            let counted: (@escaping @Sendable () async throws -> Void) -> @Sendable () async -> Void = { write in
                {
                    do { try await write() } catch { failed.withLock { $0 += 1 } }
                }
            }
            try await whileHeld(database, writes, [
                counted { try await insert(1, database) },
                counted { try await insert(2, database) },
                // As SQLite does on some errors (a full disk, an I/O error): the transaction is gone under the writer;
                // the write's next statement must not commit on its own.
                counted {
                    try await database.write { sql in
                        try await sql.raw("ROLLBACK").run()
                        try await sql.raw("INSERT INTO t (n) VALUES (9)").run()
                    }
                },
            ])
            #expect(failed.withLock { $0 } == 3)
            #expect(try await values(database) == [0])
            try await insert(3, database)
            #expect(try await values(database) == [0, 3])
        }
    }
}

@Test("once the database closes, a write is refused as unavailable and nothing is written")
func closed() async throws {
    try await withWriter { database, writes in
        try await insert(1, database)
        await writes.close()
        await #expect(throws: StoreError.unavailable) { try await insert(2, database) }
    }
}

/// A fresh SQLite file with a table `t (n)`, and the group commit behind its writes.
private func withWriter(_ body: @Sendable (Database, GroupCommit) async throws -> Void) async throws {
    try await withTestDatabaseLocation(.sqlite) { location in
        try await Database.withOpened(location, logger: testLogger) { database in
            try await database.write { sql in try await sql.raw("CREATE TABLE t (n INTEGER NOT NULL)").run() }
            let writes = try #require(database.backend as? SQLiteBackend).writes
            try await body(database, writes)
        }
    }
}

/// Runs `writes` at once while a first write (row 0) holds the writer, until all of them wait behind it: they meet
/// in the next batch. They start only once the first write holds the writer, so none can join its batch.
private func whileHeld(
    _ database: Database, _ group: GroupCommit, _ writes: [@Sendable () async throws -> Void]
) async throws {
    let holding = Locked(false)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask {
            try await database.write { sql in
                try await sql.raw("INSERT INTO t (n) VALUES (0)").run()
                holding.withLock { $0 = true }
                while group.waitingCount < writes.count {
                    try await Task.sleep(for: .milliseconds(1))
                }
            }
        }
        while !holding.withLock({ $0 }) {
            try await Task.sleep(for: .milliseconds(1))
        }
        for write in writes { tasks.addTask(operation: write) }
        try await tasks.waitForAll()
    }
}

private func insert(_ n: Int, _ database: Database) async throws {
    try await database.write { sql in try await sql.raw("INSERT INTO t (n) VALUES (\(bind: n))").run() }
}

private func count(_ sql: any SQLDatabase) async throws -> Int {
    try await sql.raw("SELECT COUNT(*) AS n FROM t").first()?.decode(column: "n", as: Int.self) ?? 0
}

private func values(_ database: Database) async throws -> [Int] {
    try await database.read { sql in
        try await sql.raw("SELECT n FROM t ORDER BY n").all().map { try $0.decode(column: "n", as: Int.self) }
    }
}
