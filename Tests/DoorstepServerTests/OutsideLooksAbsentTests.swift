import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

/// The authorization matrix's second half, on real records: the demo's year of work in two communities, every API
/// route that names a record, asked by every demo role. A record outside the role's territory must answer exactly as
/// a made-up id of the same shape does (status and problem type), so no answer tells that it exists; and what a role
/// finds in a list it can open. Nothing here is a list of routes: the routes come from the router, the records from
/// the lists the API itself gives (all pages), so a new route or a new list is probed without being named.
@Suite("Outside one's territory looks absent")
struct OutsideLooksAbsentTests {
    static let roles = ["secretary", "grid.worker", "party.member", "volunteer", "partner", "resident"]
    static let street = "street.admin"

    /// One demo street per engine (it takes a while to write), asked three ways.
    @Test("on the demo street: outside looks absent on every route that names a record, what is listed opens, and the member is who the account says",
          arguments: TestEngine.available)
    func onTheDemoStreet(engine: TestEngine) async throws {
        try await withDemoApp(engine) { client, tokens, store in
            let routes = try await RouteTableTests.registered().filter { $0.pattern.hasPrefix("/api/v1/") }
            let found = try await Self.found(routes, client, tokens)
            try await Self.outsideLooksAbsent(routes, found, client, tokens)
            try await Self.listedOpens(routes, found, client, tokens)
            try await Self.memberIsTheAccountsOwn(store)
        }
    }

    /// Every record each role finds in each list that a route names records of (`[list: [role: keys]]`, nil where
    /// the role may not read the list), read once, before any probe writes.
    static func found(
        _ routes: [(method: String, pattern: String)], _ client: any TestClientProtocol, _ tokens: [String: String]
    ) async throws -> [String: [String: [String]]] {
        let lists = Set(routes.filter { $0.method == "get" }.map(\.pattern))
        var found: [String: [String: [String]]] = [:]
        for pattern in Set(routes.map(\.pattern)) {
            guard let collection = collection(of: pattern), lists.contains(collection), found[collection] == nil else { continue }
            for role in [street, "auditor"] + roles {
                found[collection, default: [:]][role] = try await every(key(of: pattern), in: collection, client: client, token: tokens[role]!)
            }
        }
        return found
    }

    /// A record outside the role's territory answers as a made-up id, on every route that names one.
    static func outsideLooksAbsent(
        _ routes: [(method: String, pattern: String)], _ found: [String: [String: [String]]], _ client: any TestClientProtocol,
        _ tokens: [String: String]
    ) async throws {
        let named = routes.filter { $0.pattern.contains("/:") }.sorted { ($0.pattern, $0.method) < ($1.pattern, $1.method) }

        var leaks: [String] = []
        var probed = 0
        for route in named {
            guard let collection = Self.collection(of: route.pattern), let byRole = found[collection],
                let everywhere = byRole[Self.street], !everywhere.isEmpty
            else { continue }
            let communityOnly = byRole["secretary"].map(Set.init)
            for role in Self.roles {
                // Outside: what the street finds and the role's own list does not; for a role that cannot list,
                // what is outside the first community, where every one of these roles works.
                let inside = byRole[role].map(Set.init) ?? communityOnly
                guard let inside, let outside = everywhere.first(where: { !inside.contains($0) }) else { continue }
                let method = HTTPRequest.Method(rawValue: route.method.uppercased())!
                let real = try await Self.ask(client, method, Self.fill(route.pattern, with: outside), token: tokens[role]!)
                let madeUp = try await Self.ask(client, method, Self.fill(route.pattern, with: Self.madeUp(like: outside)), token: tokens[role]!)
                probed += 1
                if real != madeUp {
                    leaks.append("\(route.method.uppercased()) \(route.pattern) as \(role): a record outside answers \(real), a made-up id \(madeUp)")
                }
            }
        }
        #expect(leaks == [], "outside must look exactly like absent:\n\(leaks.joined(separator: "\n"))")
        // The demo holds records outside every role on most routes; a probe count near zero means the lists broke.
        #expect(probed > 150, "only \(probed) probes: the demo's lists no longer give records to probe with")
    }

    /// What a role finds in a list it can open.
    static func listedOpens(
        _ routes: [(method: String, pattern: String)], _ found: [String: [String: [String]]], _ client: any TestClientProtocol,
        _ tokens: [String: String]
    ) async throws {
        let patterns = Set(routes.filter { $0.method == "get" }.map(\.pattern))
        var unopened: [String] = []
        var opened = 0
        for pattern in patterns.sorted() {
            guard let collection = Self.collection(of: pattern), pattern == collection + "/:" + Self.key(of: pattern),
                patterns.contains(collection)
            else { continue }
            for role in [Self.street, "auditor"] + Self.roles {
                guard let one = found[collection]?[role]?.first else { continue }
                let answer = try await Self.ask(client, .get, Self.fill(pattern, with: one), token: tokens[role]!)
                opened += 1
                if answer != "200" { unopened.append("GET \(pattern) as \(role): \(answer) for \(one), listed by GET \(collection)") }
            }
        }
        #expect(unopened == [], "listed but not opened:\n\(unopened.joined(separator: "\n"))")
        #expect(opened > 50, "only \(opened) records opened")
    }

    /// The demo's Party-member account is linked to the member whose name it bears, so its pages are its own.
    static func memberIsTheAccountsOwn(_ store: Store) async throws {
        let account = try #require(try await store.accounts.account(username: "party.member"))
        let member = try #require(try await store.party.signedInMember(account.principal))
        #expect(member.name == account.displayName)
    }

    /// The list a pattern names records of: the path before its first parameter (`/api/v1/meetings` for
    /// `/api/v1/meetings/:id/minutes`).
    static func collection(of pattern: String) -> String? {
        guard let range = pattern.range(of: "/:") else { return nil }
        return String(pattern[..<range.lowerBound])
    }

    /// The name of a pattern's first parameter, which is also the field its list's items carry it in (`id`, `code`).
    static func key(of pattern: String) -> String {
        String(pattern.split(separator: "/").first { $0.hasPrefix(":") }!.dropFirst())
    }

    /// The pattern with its first parameter filled in and any other made up.
    static func fill(_ pattern: String, with value: String) -> String {
        var first = true
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard segment.hasPrefix(":") else { return String(segment) }
            defer { first = false }
            return first ? value : "none"
        }.joined(separator: "/")
    }

    /// An id of the same shape that names nothing: digits become 9, letters f.
    static func madeUp(like id: String) -> String {
        String(id.map { $0.isNumber ? "9" : $0.isLetter ? ($0.isUppercase ? "F" : "f") : $0 })
    }

    /// Every value of `key` in a list, page after page; nil when the role may not read the list.
    static func every(_ key: String, in collection: String, client: any TestClientProtocol, token: String) async throws -> [String]? {
        var values: [String] = []
        var cursor: String?
        repeat {
            let query = "limit=500" + (cursor.map { "&cursor=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? "")
            let response = try await client.get(collection + "?" + query, token: token)
            guard response.status == .ok,
                let page = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
                let items = page["items"] as? [[String: Any]]
            else { return nil }
            values += items.compactMap { $0[key] as? String }
            cursor = page["nextCursor"] as? String
        } while cursor != nil && values.count < 20_000
        return values
    }

    /// The answer's status, with the problem's type when it is one: what a caller can tell from it.
    static func ask(_ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String) async throws -> String {
        let response = try await client.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: method == .get ? nil : ByteBuffer(string: "{}"))
        #expect(response.status.code < 500, "\(method) \(uri): \(response.status) \(String(buffer: response.body).prefix(300))")
        guard response.status.code >= 400,
            let problem = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
            let type = problem["type"] as? String
        else { return "\(response.status.code)" }
        let fields = (problem["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }.sorted() ?? []
        return "\(response.status.code) \(type)" + (fields.isEmpty ? "" : " " + fields.joined(separator: ","))
    }
}

/// The application on a database holding the demo street with its year of work, and a token for each demo account
/// this suite asks as (administrators enrolled in two-step verification, as they must be to change anything).
func withDemoApp(
    _ engine: TestEngine, _ test: @escaping @Sendable (any TestClientProtocol, [String: String], Store) async throws -> Void
) async throws {
    try await withTestDatabaseLocation(engine) { location in
        let clock = TestClock(Date())
        let database = try await Database.open(location, logger: testLogger)
        let store = Store(database: database, settings: testSettings(), clock: clock.closure)
        let password = TestTerritory.password
        var configuration = AppConfiguration()
        configuration.database = location
        let app = buildApplication(configuration: configuration, store: store, logger: testLogger)
        try await app.test(.router) { client in
            // Written once the application runs, which closes the database however the test ends.
            _ = try await DemoSeeder(store: store).seedIfEmpty(password: password)
            var tokens: [String: String] = [:]
            for username in [OutsideLooksAbsentTests.street, "auditor"] + OutsideLooksAbsentTests.roles {
                guard let account = try await store.accounts.account(username: username) else { throw TestFailure("no demo \(username)") }
                var code: String?
                if account.role.requiresTwoFactor {
                    let totp = try await store.accounts.beginTwoFactor(for: account.principal)
                    try await store.accounts.confirmTwoFactor(code: totp.code(step: TOTP.stepNumber(at: clock.now)), for: account.principal)
                    clock.advance(by: 30)
                    code = totp.code(step: TOTP.stepNumber(at: clock.now))
                }
                let body = #"{"username":"\#(username)","password":"\#(password)","name":"probe""# + (code.map { #","oneTimeCode":"\#($0)"}"# } ?? "}")
                let response = try await client.execute(
                    uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
                guard response.status == .created else { throw TestFailure("token for \(username): \(response.status) \(response.text)") }
                tokens[username] = try response.json(TokenBody.self).token
            }
            try await test(client, tokens, store)
        }
    }
}
