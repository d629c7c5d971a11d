import SQLKit

/// A larger page cache for SQLite's writer while an import runs. A large import inserts into several indexes keyed by
/// random values (ids, keyed hashes), so it touches pages all over them; with the writer's usual two megabytes the
/// pages it changed are spilled to the log and read back again and again (a fifth of a 200,000-row import's time).
/// Sixty-four megabytes took most of that away for a bounded cost in memory.
struct ImportPageCache {
    static let kibibytes = 65_536
    private let before: Int?

    init(engine: Engine, in sql: any SQLDatabase) async throws {
        guard engine == .sqlite else {
            before = nil
            return
        }
        before = try await sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self)
        try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.kibibytes))").run()
    }

    /// Back to the size the writer had: the cache stays with the connection.
    func restore(in sql: any SQLDatabase) async throws {
        guard let before else { return }
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(before))").run()
    }
}
