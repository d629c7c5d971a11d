import SQLKit

extension Database {
    /// Writes a consistent copy of an SQLite database to `path` while it keeps serving (`VACUUM INTO` reads one
    /// snapshot and blocks no writer). The file must not exist or be empty; it is what the caller created, so its
    /// mode is theirs. Sealed values stay sealed: the copy opens only with the same key file.
    public func backUp(to path: String) async throws {
        precondition(engine == .sqlite, "PostgreSQL is backed up with pg_dump")
        try await read { sql in try await sql.raw("VACUUM INTO \(bind: path)").run() }
    }

    /// SQLite's own check of every page and index: `["ok"]` when the file is sound.
    public func integrityCheck() async throws -> [String] {
        precondition(engine == .sqlite, "only SQLite files are checked this way")
        return try await read { sql in
            try await sql.raw("PRAGMA integrity_check").all().map { try $0.decode(column: "integrity_check", as: String.self) }
        }
    }
}
