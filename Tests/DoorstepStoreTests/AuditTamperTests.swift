import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import SQLKit
import Testing

/// The audit log is changed here the way an intruder would: with SQL, around the product.
@Suite("Audit tampering")
struct AuditTamperTests {
    @Test("an edited, a deleted and a truncated row are each named by verify", arguments: TestEngine.available)
    func tampering(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            _ = try await TestTerritory.make(in: store)
            let rows = try await database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_log").first()!.decode(column: "n", as: Int.self)
            }
            #expect(try await store.audit.verify(pageSize: 3) == .intact(rows: rows))

            try await database.write { sql in
                try await sql.raw("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = 4").run()
            }
            #expect(try await store.audit.verify(pageSize: 3) == .changed(sequence: 4))
            try await database.write { sql in
                try await sql.raw("UPDATE audit_log SET actor_name = 'test' WHERE seq = 4").run()
            }
            #expect(try await store.audit.verify() == .intact(rows: rows))

            try await database.write { sql in try await sql.raw("DELETE FROM audit_log WHERE seq = 6").run() }
            #expect(try await store.audit.verify() == .removed(sequence: 6))
        }
    }

    @Test("removing the newest row is found through the chain's head", arguments: TestEngine.available)
    func truncation(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            _ = try await TestTerritory.make(in: store)
            let last = try await database.read { sql in
                try await sql.raw("SELECT MAX(seq) AS n FROM audit_log").first()!.decode(column: "n", as: Int.self)
            }
            try await database.write { sql in try await sql.raw("DELETE FROM audit_log WHERE seq = \(bind: last)").run() }
            #expect(try await store.audit.verify() == .removed(sequence: last))
        }
    }

    @Test("rows cut from the end with the head rewound to match pass without an anchor and are found with one; a row rewritten by SQL with a plain hash is named",
          arguments: TestEngine.available)
    func anchoredAndKeyed(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            _ = try await TestTerritory.make(in: store)
            let anchor = try #require(try await store.audit.anchor())
            #expect(anchor.hash.hasPrefix("hmac:"))
            #expect(try await store.audit.verify(anchor: anchor).isIntact)
            // The intruder removes the newest two rows and points the head at the row before them.
            let keep = anchor.sequence - 2
            try await database.write { sql in
                try await sql.raw("DELETE FROM audit_log WHERE seq > \(bind: keep)").run()
                let hash = try await sql.raw("SELECT hash FROM audit_log WHERE seq = \(bind: keep)").first()!.decode(column: "hash", as: String.self)
                try await sql.raw("UPDATE audit_head SET seq = \(bind: keep), hash = \(bind: hash) WHERE id = 1").run()
            }
            #expect(try await store.audit.verify().isIntact, "a shorter log looks whole from inside the database")
            #expect(try await store.audit.verify(anchor: anchor) == .removed(sequence: keep + 1))

            // Rewriting a row needs the key: a row edited and hashed again the old way is named, not its neighbour.
            try await database.write { sql in
                try await sql.raw("UPDATE audit_log SET actor_name = 'mallory', hash = 'deadbeef' WHERE seq = 3").run()
            }
            #expect(try await store.audit.verify() == .changed(sequence: 3))
        }
    }
}
