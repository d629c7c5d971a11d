import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Estates, grid boundaries and moving buildings")
struct TerritoryChangeTests {
    static let square = #"{"type":"Polygon","coordinates":[[[118.78,32.06],[118.79,32.06],[118.79,32.07],[118.78,32.07],[118.78,32.06]]]}"#

    @Test("a grid's boundary and household target are set by an administrator in scope and audited", arguments: TestEngine.available)
    func gridSettings(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let a1 = TestTerritory.gridA1.code
            await #expect(throws: ValidationFailure([FieldError("boundary", .boundaryFormat), FieldError("householdTarget", .tooSmall(minimum: 0))])) {
                try await store.territory.updateGrid(code: a1, name: "甲一网格", boundary: "{}", householdTarget: -1, by: secretary)
            }
            await #expect(throws: StoreError.notFound) {
                try await store.territory.updateGrid(code: TestTerritory.gridB1.code, name: "乙", boundary: nil, householdTarget: nil, by: secretary)
            }
            await #expect(throws: StoreError.forbidden) {
                try await store.territory.updateGrid(code: a1, name: "甲", boundary: nil, householdTarget: nil, by: territory.principal("grid.worker"))
            }
            _ = try await store.territory.updateGrid(code: a1, name: "甲一网格", boundary: Self.square, householdTarget: 300, by: secretary)
            let grid = try await store.territory.grid(code: a1, for: territory.principal("grid.worker"))
            #expect(grid.householdTarget == 300)
            #expect(grid.boundary?.contains(latitude: 32.065, longitude: 118.785) == true)
            let audit = try await store.audit.entries(for: territory.principal("auditor"), limit: 5)
            #expect(audit.first?.action == .gridUpdated && audit.first?.detail.contains("boundary,householdTarget") == true)
        }
    }

    @Test("estates belong to a community; a grid worker cannot make one; a building joins one of its community", arguments: TestEngine.available)
    func estates(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let estate = try await store.estates.create(
                communityCode: TestTerritory.communityA.code, name: "幸福里小区", address: "幸福路 1 号", by: secretary)
            await #expect(throws: ValidationFailure([FieldError("name", .alreadyExists)])) {
                try await store.estates.create(communityCode: TestTerritory.communityA.code, name: "幸福里小区", address: "x", by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("communityCode", .outsideYourScope)])) {
                try await store.estates.create(communityCode: TestTerritory.communityA.code, name: "新村", address: "x", by: territory.principal("grid.worker"))
            }
            #expect(try await store.estates.estates(for: territory.principal("grid.worker")).map(\.name) == ["幸福里小区"])
            #expect(try await store.estates.estates(for: territory.principal("grid.worker.b")).isEmpty)
            let building = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "幸福路 1 号", latitude: nil, longitude: nil,
                estateID: estate.id, by: territory.principal("grid.worker"))
            #expect(building.estateID == estate.id)
            await #expect(throws: ValidationFailure([FieldError("estateID", .notFound)])) {
                try await store.buildings.createBuilding(
                    gridCode: TestTerritory.gridB1.code, name: "2号楼", address: "乙路", latitude: nil, longitude: nil,
                    estateID: estate.id, by: territory.principal("street.admin", enrolled: true))
            }
        }
    }

    @Test("a moved building takes its households and residents along; counts by grid follow; the move is audited", arguments: TestEngine.available)
    func move(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let household = try await RegistryTests.household(territory)
            let resident = try await store.residents.create(try RegistryTests.input(household).validated(), by: territory.principal("grid.worker"))
            let buildingID = household.buildingID
            await #expect(throws: ValidationFailure([FieldError("gridCode", .outsideYourScope)])) {
                try await store.buildings.move(buildingID, toGrid: TestTerritory.gridA2.code, reason: "网格调整", by: territory.principal("grid.worker"))
            }
            let secretary = territory.principal("secretary", enrolled: true)
            await #expect(throws: ValidationFailure([FieldError("gridCode", .sameAsBefore)])) {
                try await store.buildings.move(buildingID, toGrid: TestTerritory.gridA1.code, reason: "网格调整", by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("reason", .required)])) {
                try await store.buildings.move(buildingID, toGrid: TestTerritory.gridA2.code, reason: " ", by: secretary)
            }
            let twin = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridA2.code, name: "1号楼", address: "另一条路", latitude: nil, longitude: nil, by: secretary)
            await #expect(throws: ValidationFailure([FieldError("gridCode", .alreadyExists)]), "two 1号楼 in one grid could not be told apart") {
                try await store.buildings.move(buildingID, toGrid: TestTerritory.gridA2.code, reason: "网格调整", by: secretary)
            }
            // The twin leaves for another community (a street administrator's move), and the way is clear.
            let across = try await store.buildings.move(
                twin.id, toGrid: TestTerritory.gridB1.code, reason: "划入乙社区", by: territory.principal("street.admin", enrolled: true))
            #expect(across.gridCode == TestTerritory.gridB1.code)
            let moved = try await store.buildings.move(buildingID, toGrid: TestTerritory.gridA2.code, reason: "网格调整", by: secretary)
            #expect(moved.gridCode == TestTerritory.gridA2.code)
            await #expect(throws: StoreError.notFound) {
                try await store.residents.resident(id: resident.id, for: territory.principal("grid.worker"))
            }
            let a2Worker = Principal(
                accountID: "x", username: "x", displayName: "x", role: .gridWorker,
                scope: TerritoryScope(level: .grid, code: TestTerritory.gridA2.code), twoFactorEnabled: false)
            #expect(try await store.residents.resident(id: resident.id, for: a2Worker).gridCode == TestTerritory.gridA2.code)
            #expect(try await store.buildings.households(buildingID: buildingID, for: a2Worker).map(\.gridCode) == [TestTerritory.gridA2.code])
            let audit = try await store.audit.entries(for: territory.principal("auditor"), limit: 1)
            #expect(audit.first?.action == .buildingMoved && audit.first?.reason == "网格调整")
        }
    }
}
