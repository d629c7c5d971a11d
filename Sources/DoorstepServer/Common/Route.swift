import Foundation
import Hummingbird

/// The paths of one part of the server, each case a path pattern (`/volunteer/activities/:id`). The same value
/// registers its handlers (`router.get(VolunteerRoute.activity, use: activity)`), builds every link and redirect to
/// it in Swift (`VolunteerRoute.activity.path(id)`) and in templates (`{{#route.volunteer.activity}}{{id}}{{/…}}`,
/// see `RouteTable`), so a renamed path cannot leave a link behind. Every set is listed in `RouteTable.all`, and a
/// test proves each case registered, each API case described, and nothing registered that is not a case.
protocol RouteSet: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {}

/// A set of API paths, each described for the OpenAPI document beside its domain (`…+OpenAPI.swift`).
protocol APIRouteSet: RouteSet {
    /// The OpenAPI path item of this path: its operations, keyed by method, as JSON.
    var operations: String { get }
}

extension RouteSet {
    /// The pattern as the router reads it.
    var pattern: String { rawValue }

    /// The names of the pattern's parameters, in order (`["id", "volunteer", "action"]`).
    var parameters: [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// The pattern as OpenAPI writes it: `/api/v1/grids/{code}`.
    var openAPIPath: String {
        pattern.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }

    /// A regular expression matching exactly the paths of this pattern, each parameter one segment: for scripts.
    var exactPattern: String {
        "^" + pattern.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "[^/]+" : NSRegularExpression.escapedPattern(for: String($0)) }
            .joined(separator: "/") + "$"
    }

    /// This path with its parameters filled in, in order.
    func path(_ values: any CustomStringConvertible...) -> Link {
        assert(values.count == parameters.count, "\(pattern) takes \(parameters.count) values, given \(values.count)")
        var given = values.makeIterator()
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? Link.escape(given.next()?.description ?? "", allowed: .pathSegment) : String(segment)
        }
        return Link(path: segments.joined(separator: "/"))
    }
}

/// A path of this site with its query and fragment, made only by a route (`RouteSet.path(_:)`) or from a `next`
/// the site itself gave out: what every redirect goes to, so none can name a path the router does not have. A page
/// model may hold one where a template wants a link; it renders as its text.
struct Link: Sendable, Hashable, CustomStringConvertible {
    private(set) var url: String

    fileprivate init(path: String) { url = path }

    var description: String { url }

    /// The link with these query parameters added in the order written; a nil value is left out.
    func query(_ items: KeyValuePairs<String, (any CustomStringConvertible)?>) -> Link {
        adding(items.compactMap { name, value in value.map { (name, $0.description) } })
    }

    /// The link with a filter's values added, in name order so that the same filter always makes the same link.
    func query(filter values: [String: String]) -> Link {
        adding(values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    private func adding(_ items: [(String, String)]) -> Link {
        let pairs = items.map { "\(Link.escape($0.0, allowed: .queryValue))=\(Link.escape($0.1, allowed: .queryValue))" }
        guard !pairs.isEmpty else { return self }
        var link = self
        link.url += (url.contains("?") ? "&" : "?") + pairs.joined(separator: "&")
        return link
    }

    /// The link to an element of the page (`#mediation`).
    func fragment(_ id: String) -> Link {
        var link = self
        link.url += "#" + id
        return link
    }

    /// A path the browser was sent on with (`next` after signing in), kept to this site so the form cannot send anyone
    /// elsewhere; the home page otherwise.
    static func local(_ next: String?) -> Link {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return HomeRoute.show.path() }
        return Link(path: next)
    }

    fileprivate static func escape(_ text: String, allowed: CharacterSet) -> String {
        // Ids and codes, nearly every value, are letters, digits and `-._~`, which need no escaping anywhere in a URL;
        // Foundation's percent-encoding (a fourteenth of drawing an inbox's links on Linux) is for the rest.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}

extension CharacterSet {
    fileprivate static let pathSegment = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))
    fileprivate static let queryValue = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#?"))
}

/// Registering a handler by its route value rather than a string.
extension RouterMethods {
    @discardableResult func get(
        _ route: some RouteSet, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(RouterPath(route.pattern), method: .get, use: handler)
    }

    @discardableResult func post(
        _ route: some RouteSet, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(RouterPath(route.pattern), method: .post, use: handler)
    }

    @discardableResult func put(
        _ route: some RouteSet, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(RouterPath(route.pattern), method: .put, use: handler)
    }

    @discardableResult func patch(
        _ route: some RouteSet, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(RouterPath(route.pattern), method: .patch, use: handler)
    }

    @discardableResult func delete(
        _ route: some RouteSet, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(RouterPath(route.pattern), method: .delete, use: handler)
    }
}

/// A redirect after a successful form, so that reloading the page does not send it again.
func redirect(to link: Link) -> Response {
    Response(status: .seeOther, headers: [.location: link.description])
}
