import SQLKit

/// A carried table's rows read from the source, a page at a time in its order.
extension CarriedTable {
    /// The rows after `position`, with the position of the last one to read on from; empty at the end.
    func page(after position: Int, in source: Database) async throws -> (rows: [[CarriedValue]], last: Int) {
        let names = columns.joined(separator: ", ")
        let only: SQLQueryString = only.map { " AND (\($0))" as SQLQueryString } ?? ""
        let table = self
        let rows = try await source.read { sql in
            try await sql.raw(
                """
                SELECT \(unsafeRaw: table.order) AS carry_position, \(unsafeRaw: names) FROM \(unsafeRaw: table.name)
                WHERE \(unsafeRaw: table.order) > \(bind: position)\(only) ORDER BY \(unsafeRaw: table.order) LIMIT \(bind: table.pageSize)
                """
            ).all()
        }
        var page: [[CarriedValue]] = []
        page.reserveCapacity(rows.count)
        for row in rows {
            page.append(try zip(columns, kinds).map { try CarriedValue(row, column: $0, kind: $1) })
        }
        return (page, try rows.last?.int("carry_position") ?? position)
    }

    /// Every row, page by page.
    func each(in source: Database, _ body: ([[CarriedValue]]) async throws -> Void) async throws {
        var after = 0
        while true {
            let (rows, last) = try await page(after: after, in: source)
            guard !rows.isEmpty else { return }
            try await body(rows)
            after = last
        }
    }

    func count(in source: Database) async throws -> Int {
        let only: SQLQueryString = only.map { " WHERE \($0)" as SQLQueryString } ?? ""
        let name = self.name
        return try await source.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: name)\(only)").first()?.int("n") ?? 0
        }
    }
}
