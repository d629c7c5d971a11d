import SQLKit

/// The plain secondary indexes of some SQLite tables, set aside while millions of rows go in and built again
/// after: building an index sorts once, where keeping twenty indexes up to date inserts into each at random.
/// Unique indexes stay, since they are rules the rows must keep.
struct BulkIndexes: Sendable {
    let definitions: [(name: String, sql: String)]

    static func setAside(on tables: [String], in sql: any SQLDatabase) async throws -> BulkIndexes {
        let names = tables.map { "'\($0)'" }.joined(separator: ", ")
        let rows = try await sql.raw(
            """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (\(unsafeRaw: names)) ORDER BY name
            """
        ).all()
        let definitions = try rows.map { (name: try $0.string("name"), sql: try $0.string("sql")) }
        for index in definitions { try await sql.raw("DROP INDEX \(ident: index.name)").run() }
        return BulkIndexes(definitions: definitions)
    }

    func rebuild(in sql: any SQLDatabase) async throws {
        for index in definitions { try await sql.raw("\(unsafeRaw: index.sql)").run() }
    }
}
