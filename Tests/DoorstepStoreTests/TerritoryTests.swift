import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Testing

@Suite("Registering territory")
struct TerritoryTests {
    @Test("codes must nest under an existing parent, be new, and each registration is audited", arguments: TestEngine.available)
    func register(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            await #expect(throws: ValidationFailure([FieldError("parent", .notFound)])) {
                try await store.territory.create(
                    Community(code: "320106005001", streetCode: "320106005", name: "孤儿社区"), operatorName: "cli")
            }
            try await store.territory.create(Street(code: "320106005", name: "宁海路街道"), operatorName: "cli")
            await #expect(throws: ValidationFailure([FieldError("code", .alreadyExists)])) {
                try await store.territory.create(Street(code: "320106005", name: "重复"), operatorName: "cli")
            }
            await #expect(throws: ValidationFailure([FieldError("code", .codeNotUnderParent(parent: "320106005")), FieldError("name", .required)])) {
                try await store.territory.create(
                    Community(code: "320106006001", streetCode: "320106005", name: " "), operatorName: "cli")
            }
            try await store.territory.create(
                Community(code: "320106005001", streetCode: "320106005", name: "西康路社区"), operatorName: "cli")
            let rows = try await store.audit.entries(for: TestTerritory.streetAdminForAudit(store), limit: 10)
            #expect(rows.map(\.action) == [.territoryCreated, .territoryCreated])
            #expect(rows.first?.subject == "territory:320106005001")
            #expect(try await store.audit.verify() == .intact(rows: 2))
        }
    }
}
