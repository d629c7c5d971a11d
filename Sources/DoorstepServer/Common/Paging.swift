import Foundation
import Hummingbird

/// Which page of a long list a page shows (`?page=N`, 50 rows each), and the links to the pages either side.
/// Only lists whose addresses carry no personal data page this way; searches by name or number are forms.
struct Paging: Sendable {
    static let size = 50

    let page: Int
    let total: Int

    init(_ request: Request, total: Int) {
        let asked = request.uri.queryParameters["page"].flatMap { Int($0) } ?? 1
        self.total = total
        self.page = min(max(asked, 1), max(1, (total + Self.size - 1) / Self.size))
    }

    init(page: Int, total: Int) {
        self.total = total
        self.page = page
    }

    var offset: Int { (page - 1) * Self.size }
    var pages: Int { max(1, (total + Self.size - 1) / Self.size) }

    func slice<T>(_ items: [T]) -> [T] { Array(items.dropFirst(offset).prefix(Self.size)) }

    /// The pager's model; `query` keeps the list's other parameters in its links.
    func model(path: Link, query: [String: String] = [:], strings: Strings) -> [String: Any] {
        let kept = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.reduce(path) { $0.query([$1.key: $1.value]) }
        func link(_ page: Int) -> Link { kept.query(["page": page]) }
        var model: [String: Any] = [
            "label": strings.format("pager_label", ["page": String(page), "pages": String(pages), "total": String(total)]),
            "prev": false, "next": false,
        ]
        if page > 1 { model["prev"] = link(page - 1) }
        if page < pages { model["next"] = link(page + 1) }
        return model
    }
}

/// A list paged by "is there more?" rather than by a total (`?page=N`, 50 rows each): for lists too long to count
/// on every look — a lane of the board, the public list, the cases behind a rate. A page fetches one row more than
/// it shows, to know whether a next page exists.
struct OpenPaging: Sendable {
    let page: Int

    init(_ request: Request) {
        self.page = max(1, request.uri.queryParameters["page"].flatMap { Int($0) } ?? 1)
    }

    var offset: Int { (page - 1) * Paging.size }
    var fetch: Int { Paging.size + 1 }

    func shown<T>(_ found: [T]) -> ArraySlice<T> { found.prefix(Paging.size) }

    /// The pager's model, or false when everything fits on one page; `link` keeps the list's other parameters.
    func model(found: Int, link: Link, strings: Strings) -> Any {
        guard page > 1 || found > Paging.size else { return false }
        return [
            "label": strings.format("cases_page", ["page": String(page)]),
            "prev": page > 1 ? link.query(["page": page - 1]) : false,
            "next": found > Paging.size ? link.query(["page": page + 1]) : false,
        ] as [String: Any]
    }
}
