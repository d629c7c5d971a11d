import Hummingbird

/// A list as the API returns it: items in a stable order and the cursor of the next page (null on the last).
struct ListPage<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    var items: [Item]
    var nextCursor: String?

    init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    /// A list given whole, on one page.
    init(_ items: [Item]) {
        self.init(items: items, nextCursor: nil)
    }

    /// A page of a list read after a key (the last row's, which is the next cursor while pages come back full).
    init(keyed rows: [Item], asked: ListQuery, key: (Item) -> String) {
        self.init(items: rows, nextCursor: rows.count == asked.limit ? rows.last.map(key) : nil)
    }

    /// A page of a list read from an offset with one row more than it shows, to know whether another follows.
    init(counted rows: [Item], asked: ListQuery) {
        self.init(
            items: Array(rows.prefix(asked.limit)), nextCursor: rows.count > asked.limit ? String(asked.offset + asked.limit) : nil)
    }
}

/// Which page of a list a request asks for: `cursor`, where the last page ended, and `limit`.
struct ListQuery: Sendable {
    let cursor: String?
    let limit: Int

    /// `limit` as asked, from 1 to 500, 50 when not asked.
    init(_ request: Request) {
        let query = request.uri.queryParameters
        cursor = query["cursor"].map(String.init)
        limit = min(max(query["limit"].flatMap { Int($0) } ?? 50, 1), 500)
    }

    /// Pages of a fixed size.
    init(_ request: Request, limit: Int) {
        cursor = request.uri.queryParameters["cursor"].map(String.init)
        self.limit = limit
    }

    /// The cursor of a list read by offset.
    var offset: Int { max(0, cursor.flatMap { Int($0) } ?? 0) }

    /// What a counted page fetches: one row more than it shows.
    var fetch: Int { limit + 1 }
}
