import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Sessions and API tokens")
struct SessionTokenTests {
    @Test("a session ends after 30 idle minutes and lives while used", arguments: TestEngine.available)
    func idle(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let token = try await store.sessions.open(for: territory.byUsername["volunteer"]!)
            for _ in 0..<3 {
                clock.advance(by: 20 * 60)
                #expect(try await store.sessions.session(token: token)?.principal.username == "volunteer")
            }
            clock.advance(by: 31 * 60)
            #expect(try await store.sessions.session(token: token) == nil)
            #expect(try await store.sessions.session(token: "made-up") == nil)
        }
    }

    @Test("a second factor replaces the session token", arguments: TestEngine.available)
    func secondFactor(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            let territory = try await TestTerritory.make(in: store)
            var account = territory.byUsername["secretary"]!
            account.twoFactorEnabled = true
            let token = try await store.sessions.open(for: account)
            #expect(try await store.sessions.session(token: token)?.secondFactorPending == true)
            let fresh = try await store.sessions.completeSecondFactor(token: token)
            #expect(try await store.sessions.session(token: token) == nil)
            #expect(try await store.sessions.session(token: fresh)?.secondFactorPending == false)
        }
    }

    @Test("tokens authenticate until revoked or expired", arguments: TestEngine.available)
    func tokens(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let account = territory.byUsername["partner"]!
            let (first, secret) = try await store.tokens.create(for: account, name: "报表脚本", clientAddress: nil)
            #expect(try await store.tokens.principal(bearer: secret)?.username == "partner")
            #expect(try await store.tokens.list(for: account.principal).map(\.name) == ["报表脚本"])
            try await store.tokens.revoke(id: first.id, for: account.principal, clientAddress: nil)
            #expect(try await store.tokens.principal(bearer: secret) == nil)
            await #expect(throws: StoreError.notFound) {
                try await store.tokens.revoke(id: first.id, for: territory.principal("resident"), clientAddress: nil)
            }
            let (_, second) = try await store.tokens.create(for: account, name: "second", clientAddress: nil)
            clock.advance(by: 91 * 24 * 3600)
            #expect(try await store.tokens.principal(bearer: second) == nil)
        }
    }
}
