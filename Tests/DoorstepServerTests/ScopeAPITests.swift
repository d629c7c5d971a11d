import DoorstepCore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

/// Every role against records inside and outside its scope, through the API and through the pages: outside is a
/// 404 that carries none of the record.
@Suite("Scope over HTTP")
struct ScopeAPITests {
    static let allGrids = [TestTerritory.gridA1, TestTerritory.gridA2, TestTerritory.gridB1]

    @Test("API: each role gets its grids and 404 for the others", arguments: TestEngine.available)
    func api(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for (username, visible) in TestTerritory.visibleGrids {
                let token = try await client.token(username)
                for grid in Self.allGrids {
                    let response = try await client.get("/api/v1/grids/\(grid.code)", token: token)
                    if visible.contains(grid.code) {
                        #expect(response.status == .ok, "\(username) → \(grid.code)")
                        #expect(response.text.contains(grid.name))
                    } else {
                        #expect(response.status == .notFound, "\(username) → \(grid.code)")
                        #expect(!response.text.contains(grid.name))
                        #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    }
                }
                let list = try await client.get("/api/v1/grids", token: token)
                struct Page: Decodable { var items: [Grid] }
                #expect(Set(try list.json(Page.self).items.map(\.code)) == visible, "\(username) list")
            }
        }
    }

    @Test("pages: each role opens its grids' pages and gets 404 for the others", arguments: TestEngine.available)
    func pages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for (username, visible) in TestTerritory.visibleGrids {
                var browser = Browser(client)
                let login = try await browser.login(username)
                #expect(login.status == .seeOther, "\(username) login")
                for grid in Self.allGrids {
                    let page = try await browser.get("/territory/grids/\(grid.code)")
                    if visible.contains(grid.code) {
                        #expect(page.status == .ok, "\(username) → \(grid.code)")
                        #expect(page.text.contains(grid.name))
                    } else {
                        #expect(page.status == .notFound, "\(username) → \(grid.code)")
                        #expect(!page.text.contains(grid.name))
                    }
                }
            }
        }
    }

    @Test("without a token or session the API answers 401 and pages send to the login", arguments: TestEngine.available)
    func anonymous(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let api = try await client.execute(uri: "/api/v1/grids", method: .get)
            #expect(api.status == .unauthorized)
            let page = try await client.execute(uri: "/territory", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/login") == true)
            let forged = try await client.get("/api/v1/me", token: "dst_forged")
            #expect(forged.status == .unauthorized)
        }
    }

    @Test("roles without the permission get 403 for accounts and the audit log", arguments: TestEngine.available)
    func permissions(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let resident = try await client.token("resident")
            #expect(try await client.get("/api/v1/accounts", token: resident).status == .forbidden)
            #expect(try await client.get("/api/v1/audit", token: resident).status == .forbidden)
            let auditor = try await client.token("auditor")
            #expect(try await client.get("/api/v1/audit", token: auditor).status == .ok)
            let verification = try await client.get("/api/v1/audit/verification", token: auditor)
            #expect(verification.text.contains(#""intact":true"#))
        }
    }
}
