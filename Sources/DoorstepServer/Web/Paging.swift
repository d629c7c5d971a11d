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
    func model(path: String, query: [String: String] = [:], strings: Strings) -> [String: Any] {
        func link(_ page: Int) -> String {
            var parts = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            }
            parts.append("page=\(page)")
            return path + "?" + parts.joined(separator: "&")
        }
        var model: [String: Any] = [
            "label": strings.format("pager_label", ["page": String(page), "pages": String(pages), "total": String(total)]),
            "prev": false, "next": false,
        ]
        if page > 1 { model["prev"] = link(page - 1) }
        if page < pages { model["next"] = link(page + 1) }
        return model
    }
}
