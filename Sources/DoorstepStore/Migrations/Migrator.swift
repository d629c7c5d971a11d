import Foundation
import DoorstepCore
import SQLKit

/// Applies the migrations a database has not seen yet, each in its own transaction, and records them.
public enum Migrator {
    /// Applies pending migrations and returns the names of those applied.
    @discardableResult
    public static func migrate(_ database: Database) async throws -> [String] {
        try await database.write { sql in
            try await sql.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (id BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            ).run()
        }
        var applied: [String] = []
        for migration in Migrations.all {
            let didApply = try await database.write { sql in
                if database.engine == .postgres {
                    // Several servers may start at once against one PostgreSQL; only one migrates at a time.
                    try await sql.raw("SELECT pg_advisory_xact_lock(4242001)").run()
                }
                let done = try await sql.raw("SELECT id FROM schema_migrations WHERE id = \(bind: migration.id)")
                    .first()
                guard done == nil else { return false }
                for statement in migration.statements(database.engine) {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
                try await sql.raw(
                    """
                    INSERT INTO schema_migrations (id, name, applied_at)
                    VALUES (\(bind: migration.id), \(bind: migration.name), \(bind: Timestamp.format(Date())))
                    """
                ).run()
                return true
            }
            if didApply { applied.append("\(migration.id) \(migration.name)") }
        }
        return applied
    }

    /// The ids of the migrations recorded as applied.
    public static func appliedIDs(_ database: Database) async throws -> [Int] {
        try await database.read { sql in
            try await sql.raw("SELECT id FROM schema_migrations ORDER BY id").all().map {
                try $0.decode(column: "id", as: Int.self)
            }
        }
    }
}
