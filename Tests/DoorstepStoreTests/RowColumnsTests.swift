import DoorstepTestSupport
import SQLKit
import Testing

@testable import DoorstepStore

@Suite("Reading a row's columns")
struct RowColumnsTests {
    @Test("an optional column reads a null as nil and a value as itself, and a column the row lacks is an error",
          arguments: TestEngine.available)
    func optionalColumns(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            for lookup in [false, true] {
                let row = try await (lookup ? database.lookup : database.read) { sql in
                    try await sql.raw("SELECT 'x' AS t, CAST(NULL AS TEXT) AS n, 7 AS i, CAST(2.5 AS DOUBLE PRECISION) AS d").first()
                }
                let found = try #require(row)
                #expect(try found.optionalString("t") == "x")
                #expect(try found.optionalString("n") == nil)
                #expect(try found.optionalInt("i") == 7)
                #expect(try found.optional("n", as: Int.self) == nil)
                #expect(try found.optional("d", as: Double.self) == 2.5)
                #expect(throws: (any Error).self) { try found.optionalString("missing") }
                #expect(throws: (any Error).self) { try found.optional("missing", as: Double.self) }
            }
        }
    }
}
