import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Testing

/// The audit log as an auditor reads it: narrowed by person, action, record and day, and its ids named.
@Suite("Audit log: filters and names")
struct AuditReadingTests {
    @Test("each filter keeps exactly its rows; ids are named, people masked", arguments: TestEngine.available)
    func filtersAndNames(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let worker = territory.principal("grid.worker")
            let resident = try await store.residents.create(
                try RegistryTests.input(try await RegistryTests.household(territory)).validated(), by: worker)
            _ = try await store.residents.reveal(.phone, of: resident.id, reason: "电话回访独居老人", by: worker)
            let secretary = territory.principal("secretary", enrolled: true)
            _ = try await store.residents.reveal(.idNumber, of: resident.id, reason: "办理低保核对", by: secretary)
            let auditor = territory.principal("auditor")
            let all = try await store.audit.entries(for: auditor, limit: 1_000)

            func rows(_ filter: AuditFilter) async throws -> [AuditEntry] {
                try await store.audit.entries(for: auditor, filter: filter, limit: 1_000)
            }
            let reveals = try await rows(AuditFilter(action: .personalDataRevealed))
            #expect(reveals.map(\.reason) == ["办理低保核对", "电话回访独居老人"])
            #expect(reveals == all.filter { $0.action == .personalDataRevealed })
            let byWorker = try await rows(AuditFilter(actor: "grid.worker"))
            #expect(!byWorker.isEmpty && byWorker == all.filter { $0.actorName == "grid.worker" })
            #expect(try await rows(AuditFilter(actor: "grid.worker", action: .personalDataRevealed)).map(\.reason) == ["电话回访独居老人"])
            let aboutResident = try await rows(AuditFilter(subject: "resident:\(resident.id)"))
            #expect(aboutResident.count == 3 && aboutResident.allSatisfy { $0.subject == "resident:\(resident.id)" }, "created and revealed twice")
            let accounts = try await rows(AuditFilter(subject: "account"))
            #expect(!accounts.isEmpty && accounts == all.filter { $0.subject.hasPrefix("account:") })

            func day(_ entry: AuditEntry) throws -> CalendarDay { CalendarDay(containing: try #require(entry.at)) }
            let today = try day(try #require(all.first))
            #expect(try await rows(AuditFilter(from: today, to: today)) == (try all.filter { try day($0) == today }))
            #expect(try await rows(AuditFilter(from: today.adding(days: 1))).isEmpty)
            #expect(try await rows(AuditFilter(to: today.adding(days: -1))) == (try all.filter { try day($0) < today }))

            let names = try await store.audit.names(for: reveals, by: auditor)
            #expect(names.subjects["resident:\(resident.id)"] == Masking.name("张桂英"))
            #expect(names.subjects["resident:\(resident.id)"] != "张桂英")
            #expect(names.actors[worker.accountID] == AuditNames.Actor(displayName: "grid.worker", role: .gridWorker))
            #expect(names.actors[secretary.accountID]?.role == .communityAdmin)
            // Read by the other community's auditor, the resident keeps no name: it is not theirs.
            let elsewhere = Principal(
                accountID: "auditor-b", username: "auditor.b", displayName: "auditor.b", role: .auditor,
                scope: TerritoryScope(level: .community, code: TestTerritory.communityB.code), twoFactorEnabled: false)
            #expect(try await store.audit.names(for: reveals, by: elsewhere).subjects["resident:\(resident.id)"] == nil)
            await #expect(throws: StoreError.forbidden) { try await store.audit.names(for: reveals, by: worker) }
        }
    }
}
