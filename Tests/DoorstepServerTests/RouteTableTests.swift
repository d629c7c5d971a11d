import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@testable import DoorstepServer

@Suite("Typed routes and the server's layout")
struct RouteTableTests {
    /// Every method and pattern the router has, as `get /cases/:id`.
    static func registered() async throws -> [(method: String, pattern: String)] {
        try await withTestDatabase(.sqlite) { database in
            let router = buildRouter(store: Store(database: database), configuration: AppConfiguration())
            return router.routes.map { route in
                // The router writes a parameter as `{id}`; the route values as `:id`.
                let segments = route.path.description.split(separator: "/").map { segment in
                    segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
                }
                return (route.method.rawValue.lowercased(), "/" + segments.joined(separator: "/"))
            }
        }
    }

    @Test("every route value is registered, and nothing is registered but a route value")
    func registeredExactly() async throws {
        let registered = Set(try await Self.registered().map(\.pattern))
        let declared = RouteTable.all.map(\.pattern)
        #expect(declared.count == Set(declared).count, "a pattern is declared twice")
        #expect(registered.subtracting(declared).sorted() == [], "registered with a string instead of a route value")
        #expect(Set(declared).subtracting(registered).sorted() == [], "route values nothing is registered for")
        #expect(declared.count > 300)
    }

    @Test("every API route value is described, method by method, and the API lives only in API sets")
    func described() async throws {
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as! [String: Any]
        let paths = document["paths"] as! [String: [String: Any]]
        let apiPatterns = Set(RouteTable.apiSets.flatMap { Self.patterns($0) })
        var methods: [String: Set<String>] = [:]
        for route in try await Self.registered() where apiPatterns.contains(route.pattern) {
            methods[route.pattern, default: []].insert(route.method)
        }
        for pattern in apiPatterns.sorted() {
            let path = pattern.split(separator: "/", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            #expect(Set(paths[path]?.keys.map { $0 } ?? []) == methods[pattern] ?? [], "\(path): described methods differ from the router's")
        }
        #expect(paths.count == apiPatterns.count)
        let pagePatterns = RouteTable.pageSets.flatMap { Self.patterns($0) }
        #expect(pagePatterns.filter { $0.hasPrefix("/api/") } == [])
        #expect(apiPatterns.filter { !$0.hasPrefix("/api/v1/") }.sorted() == ["/api/openapi.json", "/healthz", "/metrics"])
    }

    static func patterns<Set: RouteSet>(_ set: Set.Type) -> [String] { Set.allCases.map(\.pattern) }

    @Test("a path is built from its route with every value in place, escaped, with its query and fragment")
    func links() {
        #expect(VolunteerRoute.organise.path("a1", "v2", "checkin").description == "/volunteer/activities/a1/signups/v2/checkin")
        #expect(HomeRoute.show.path().description == "/")
        #expect(CaseRoute.detail.path("a b/c").description == "/cases/a%20b%2Fc")
        #expect(CaseRoute.detail.path("0193-aB_c.~9").description == "/cases/0193-aB_c.~9")
        #expect(CaseRoute.detail.path("a+b:c").description == "/cases/a+b:c")
        #expect(HomeRoute.show.path().query(["q": "a+b=c"]).description == "/?q=a%2Bb%3Dc")
        let link = PartyWorkRoute.records.path().query(["measure": "visits", "member": nil, "note": "一&二"]).fragment("list")
        #expect(link.description == "/party/work/records?measure=visits&note=%E4%B8%80%26%E4%BA%8C#list")
        #expect(TimeBankRoute.page.path().query(["community": "5101"]).query(["done": "item"]).description == "/volunteer/time-bank?community=5101&done=item")
        #expect(Link.local("//elsewhere.example/x").description == "/")
        #expect(Link.local("/cases/1?x=2").description == "/cases/1?x=2")
        #expect(Link.local(nil).description == "/")
    }

    /// `{{route.set.name}}` and `{{#route.set.name}}arguments{{/route.set.name}}` in a template.
    static var templateLinks: Regex<(Substring, Substring, Substring, Substring, Substring?)> { /\{\{(#?)route\.(\w+)\.(\w+)\}\}(?:(.*?)\{\{\/route\.\2\.\3\}\})?/ }

    @Test("templates link only through route values, each named route existing and given as many values as it takes")
    func templates() throws {
        let routes = Dictionary(RouteTable.all.map { ("\($0.set).\($0.name)", $0.pattern) }) { first, _ in first }
        var checked = 0
        for (name, text) in Templates.all {
            #expect(text.firstMatch(of: /(href|action|src|formaction)="\//) == nil, "\(name) names a path in a string")
            for match in text.matches(of: Self.templateLinks) {
                let key = "\(match.output.2).\(match.output.3)"
                guard let pattern = routes[key] else {
                    Issue.record("\(name) links to route.\(key), which does not exist")
                    continue
                }
                let takes = pattern.split(separator: "/").filter { $0.hasPrefix(":") }.count
                let given = match.output.1.isEmpty ? 0 : RouteTable.arguments(String(match.output.4 ?? "")).count
                #expect(given == takes, "\(name): route.\(key) takes \(takes) values, given \(given)")
                checked += 1
            }
        }
        #expect(checked > 250)
    }

    @Test("a route link in a template renders as the path with its values")
    func rendering() {
        var library = PageRenderer().library
        try? library.register(
            "{{#route.volunteer.organise}}{{activity.id}} {{volunteerID}} confirm{{/route.volunteer.organise}}|{{route.volunteer.mine}}",
            named: "probe")
        let probe = library.render(
            ["route": RouteTable.templateValues, "activity": ["id": "a<1"], "volunteerID": "v2"], withTemplate: "probe")
        #expect(probe == "/volunteer/activities/a&lt;1/signups/v2/confirm|/volunteer")
    }

    /// The server's source folder, found from this file.
    static let serverSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    @Test("every file of the server lives in its domain's folder (named as in Core or Store) or in Common")
    func layout() throws {
        let fileManager = FileManager.default
        func folders(_ target: String) throws -> Set<String> {
            Set(try fileManager.contentsOfDirectory(atPath: Self.serverSources.appendingPathComponent(target).path))
        }
        let domains = try folders("DoorstepCore").union(folders("DoorstepStore")).union(["Common", "Insight"])
        let server = Self.serverSources.appendingPathComponent("DoorstepServer")
        var orphans: [String] = []
        for entry in try fileManager.contentsOfDirectory(atPath: server.path) {
            var isFolder: ObjCBool = false
            fileManager.fileExists(atPath: server.appendingPathComponent(entry).path, isDirectory: &isFolder)
            guard isFolder.boolValue, domains.contains(entry) else { orphans.append(entry); continue }
            for file in try fileManager.contentsOfDirectory(atPath: server.appendingPathComponent(entry).path) where !file.hasSuffix(".swift") {
                orphans.append("\(entry)/\(file)")
            }
        }
        #expect(orphans == [])
    }

    @Test("no Swift file of the server writes a route's path as a string outside its route set")
    func noStringPaths() throws {
        let server = Self.serverSources.appendingPathComponent("DoorstepServer")
        let patterns = RouteTable.all.map { $0.pattern.split(separator: "/", omittingEmptySubsequences: false) }
        let literal = /"(\/(?:[a-z0-9]|\\\()[^"\\]*(?:\\\([^)]*\)[^"\\]*)*)"/
        var found: [String] = []
        let files = FileManager.default.enumerator(atPath: server.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasSuffix("Routes.swift") {
            let text = try String(contentsOf: server.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: literal) {
                let path = match.output.1.split(separator: "?")[0].split(separator: "#").first ?? ""
                guard path != "/" else { continue }  // a separator or a prefix test, not a link
                let segments = path.split(separator: "/", omittingEmptySubsequences: false)
                let named = patterns.contains { pattern in
                    pattern.count == segments.count
                        && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 || $1.contains("\\(") }
                }
                if named { found.append("\(file): \(match.output.1)") }
            }
        }
        #expect(found == [])
    }
}
