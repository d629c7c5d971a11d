import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Testing

/// Every role against a record inside and outside its scope: outside is "not found", never the data.
@Suite("Territorial scope")
struct ScopeTests {
    @Test("each role reads the grids inside its scope and gets not-found for the rest", arguments: TestEngine.available)
    func grids(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let all = [TestTerritory.gridA1, TestTerritory.gridA2, TestTerritory.gridB1]
            for (username, visible) in TestTerritory.visibleGrids {
                let principal = territory.principal(username)
                #expect(Set(try await store.territory.grids(for: principal).map(\.code)) == visible, "\(username)")
                for grid in all {
                    if visible.contains(grid.code) {
                        #expect(try await store.territory.grid(code: grid.code, for: principal) == grid)
                    } else {
                        await #expect(throws: StoreError.notFound, "\(username) reached \(grid.code)") {
                            try await store.territory.grid(code: grid.code, for: principal)
                        }
                    }
                }
            }
        }
    }

    @Test("communities and streets follow the same rule", arguments: TestEngine.available)
    func communities(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            #expect(try await store.territory.community(code: TestTerritory.communityA.code, for: worker).name == "甲社区")
            await #expect(throws: StoreError.notFound) {
                try await store.territory.community(code: TestTerritory.communityB.code, for: worker)
            }
            // As the community, the street a grid lies in is its frame, readable as the list gives it; no other is.
            #expect(try await store.territory.street(code: TestTerritory.street.code, for: worker).name == "测试街道")
            await #expect(throws: StoreError.notFound) {
                try await store.territory.street(code: "320106006", for: worker)
            }
            let streetAdmin = territory.principal("street.admin")
            #expect(try await store.territory.communities(for: streetAdmin).count == 2)
            #expect(try await store.territory.scopeName(for: worker) == "甲社区 甲一网格")
            #expect(try await store.territory.scopeName(for: streetAdmin) == "测试街道")
            #expect(try await store.territory.scopeName(for: territory.principal("secretary")) == "甲社区")
        }
    }

    @Test("administrators see only the accounts inside their scope", arguments: TestEngine.available)
    func accounts(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let secretary = territory.principal("secretary")
            let seen = Set(try await store.accounts.list(for: secretary).map(\.username))
            #expect(seen.contains("grid.worker"))
            #expect(!seen.contains("grid.worker.b"))
            #expect(!seen.contains("street.admin"))
            let outsider = territory.byUsername["grid.worker.b"]!
            await #expect(throws: StoreError.notFound) {
                try await store.accounts.account(id: outsider.id, for: secretary)
            }
            await #expect(throws: StoreError.forbidden) {
                try await store.accounts.list(for: territory.principal("grid.worker"))
            }
            #expect(try await store.accounts.list(for: territory.principal("street.admin")).count == TestTerritory.accounts.count)
        }
    }

    @Test("auditors read the audit rows of their territory only", arguments: TestEngine.available)
    func audit(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let secretary = territory.principal("secretary")
            let rows = try await store.audit.entries(for: secretary, limit: 100)
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.territoryCode?.hasPrefix(TestTerritory.communityA.code) == true })
            await #expect(throws: StoreError.forbidden) {
                try await store.audit.entries(for: territory.principal("resident"))
            }
        }
    }
}
