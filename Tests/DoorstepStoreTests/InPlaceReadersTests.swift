import DoorstepTestSupport
import Foundation
import SQLKit
import Synchronization
import Testing

@testable import DoorstepStore

/// Short reads by key run in place on SQLite readers of our own (`InPlaceReaders`), the rest on SQLiteNIO's.
@Suite("Short reads in place", .timeLimit(.minutes(1)))
struct InPlaceReadersTests {
    @Test("a lookup sees every write answered before it, and cannot write")
    func seesWritesCannotWrite() async throws {
        try await withTable { database in
            for n in 1...3 {
                try await database.write { sql in try await sql.raw("INSERT INTO t (n) VALUES (\(bind: n))").run() }
                let seen = try await database.lookup { sql in
                    #expect(sql is InPlaceConnection)
                    return try await sql.raw("SELECT COUNT(*) AS c FROM t").first()?.int("c")
                }
                #expect(seen == n)
            }
            await #expect(throws: SQLiteStatementError.self) {
                try await database.lookup { sql in try await sql.raw("INSERT INTO t (n) VALUES (9)").run() }
            }
            #expect(try await database.read { sql in try await sql.raw("SELECT MAX(n) AS m FROM t").first()?.int("m") } == 3)
        }
    }

    @Test("with every reader of our own lent, a lookup is answered by another reader without waiting")
    func fallsBack() async throws {
        try await withTable { database in
            let held = Locked(0)
            let release = Locked(false)
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                for _ in 0..<InPlaceReaders.count {
                    tasks.addTask {
                        try await database.lookup { sql in
                            #expect(sql is InPlaceConnection)
                            held.withLock { $0 += 1 }
                            while !release.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(1)) }
                        }
                    }
                }
                while held.withLock({ $0 }) < InPlaceReaders.count { try await Task.sleep(for: .milliseconds(1)) }
                let answered = try await database.lookup { sql in
                    #expect(!(sql is InPlaceConnection))
                    return try await sql.raw("SELECT COUNT(*) AS c FROM t").first()?.int("c")
                }
                #expect(answered == 0)
                release.withLock { $0 = true }
                try await tasks.waitForAll()
            }
            // Given back: the next lookup runs in place again.
            try await database.lookup { sql in #expect(sql is InPlaceConnection) }
        }
    }

    @Test("a kept statement answers for each run's values and is not compiled again for them")
    func keptStatements() async throws {
        try await withTable { database in
            try await database.write { sql in try await sql.raw("INSERT INTO t (n) VALUES (2), (3), (3), (4)").run() }
            try await database.lookup { sql in
                let connection = try #require(sql as? InPlaceConnection)
                // A bound value beside an ORDER BY is one SQLite weighs when it plans: clearing the bindings after each
                // run would recompile it every time. (It recompiles anyway when a 0 or 1 is bound over, by design.)
                func rows(_ n: Int) -> SQLQueryString { "SELECT n FROM t WHERE n = \(bind: n) ORDER BY n" }
                for n in [3, 2, 4, 3, 5, 2] {
                    let found = try await sql.raw(rows(n)).all().map { try $0.int("n") }
                    #expect(found == Array(repeating: n, count: n == 3 ? 2 : n == 5 ? 0 : 1))
                }
                #expect(connection.recompilations(of: rows(0)) == 0)
            }
        }
    }
}

private func withTable(_ body: @Sendable (Database) async throws -> Void) async throws {
    try await withTestDatabaseLocation(.sqlite) { location in
        try await Database.withOpened(location, logger: testLogger) { database in
            try await database.write { sql in try await sql.raw("CREATE TABLE t (n INTEGER NOT NULL)").run() }
            try await body(database)
        }
    }
}
