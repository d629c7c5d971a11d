import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Party organisation")
struct PartyTests {
    @Test("the four-level tree, its members and its figures, with coverage counted from records", arguments: TestEngine.available)
    func tree(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let streetAdmin = territory.principal("street.admin", enrolled: true)
            let secretary = territory.principal("secretary", enrolled: true)
            let worker = territory.principal("grid.worker")

            let committee = try await store.party.createOrg(
                kind: .workCommittee, name: "测试街道党工委", parentID: nil, territoryCode: TestTerritory.street.code, by: streetAdmin)
            await #expect(throws: ValidationFailure([FieldError("territoryCode", .outsideYourScope)])) {
                try await store.party.createOrg(
                    kind: .workCommittee, name: "越级", parentID: nil, territoryCode: TestTerritory.street.code, by: secretary)
            }
            let community = try await store.party.createOrg(
                kind: .communityCommittee, name: "甲社区党委", parentID: committee.id,
                territoryCode: TestTerritory.communityA.code, by: secretary)
            await #expect(throws: ValidationFailure([FieldError("parentID", .notFound)])) {
                try await store.party.createOrg(
                    kind: .gridBranch, name: "跳级支部", parentID: committee.id, territoryCode: TestTerritory.communityA.code,
                    gridCodes: [TestTerritory.gridA1.code], by: secretary)
            }
            let branch = try await store.party.createOrg(
                kind: .gridBranch, name: "甲一网格党支部", parentID: community.id, territoryCode: TestTerritory.communityA.code,
                gridCodes: [TestTerritory.gridA1.code], by: secretary)
            let building = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridA2.code, name: "2号楼", address: "甲路 2 号", latitude: nil, longitude: nil, by: secretary)
            _ = try await store.party.createOrg(
                kind: .buildingGroup, name: "2号楼党小组", parentID: branch.id, territoryCode: TestTerritory.communityA.code,
                buildingIDs: [building.id], by: secretary)
            await #expect(throws: StoreError.forbidden) {
                try await store.party.createOrg(
                    kind: .buildingGroup, name: "x", parentID: branch.id, territoryCode: TestTerritory.communityA.code,
                    buildingIDs: [building.id], by: worker)
            }

            let household = try await store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: "101", by: secretary)
            let resident = try await store.residents.create(
                try ResidentInput(householdID: household.id, name: "周德华", idNumber: "11010519491231002X",
                                  relationToHead: "户主", residenceStatus: "registered").validated(), by: secretary)
            _ = try await store.party.addMember(
                orgID: branch.id, name: "周德华", residentID: resident.id, dualCheckIn: false, status: .full,
                employment: .retired, joinedOn: "1972-07-01", by: secretary)
            _ = try await store.party.addMember(
                orgID: branch.id, name: "吴晓", residentID: nil, dualCheckIn: true, status: .full, employment: .employed,
                joinedOn: "2015-06-30", by: secretary)
            _ = try await store.party.addMember(
                orgID: branch.id, name: "郑一", residentID: nil, dualCheckIn: false, status: .probationary,
                employment: .employed, joinedOn: "2026-05-04", by: secretary)
            await #expect(throws: ValidationFailure([FieldError("residentID", .alreadyExists)])) {
                try await store.party.addMember(
                    orgID: branch.id, name: "周德华", residentID: resident.id, dualCheckIn: false, status: .full,
                    employment: .retired, joinedOn: "1972-07-01", by: secretary)
            }

            let street = try await store.party.figures(for: streetAdmin)
            #expect(street == PartyFigures(
                members: 3, fullMembers: 2, probationaryMembers: 1, communityCommittees: 1, gridBranches: 1,
                buildingGroups: 1, grids: 3, uncoveredGrids: [TestTerritory.gridB1.code]))
            let communityFigures = try await store.party.figures(for: secretary)
            #expect(communityFigures.grids == 2 && communityFigures.uncoveredGrids.isEmpty && communityFigures.coverage == 1)
            let grid = try await store.party.figures(for: worker)
            #expect(grid.members == 2, "the two members placed in grid A1 by their branch")
            #expect(grid.gridBranches == 1 && grid.buildingGroups == 0)
            #expect(try await store.party.orgs(for: worker).count == 4)
            #expect(try await store.party.members(for: secretary).map(\.name) == ["周德华", "吴晓", "郑一"])
            await #expect(throws: StoreError.forbidden) { try await store.party.members(for: worker) }
        }
    }
}
