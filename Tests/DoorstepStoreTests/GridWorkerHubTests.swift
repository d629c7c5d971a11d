import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Grid workers and Party-member hubs")
struct GridWorkerHubTests {
    @Test("workers bind to grids in scope; naming a leader replaces the last", arguments: TestEngine.available)
    func workers(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let account = territory.byUsername["grid.worker"]!
            _ = try await store.gridWorkers.add(
                gridCode: TestTerritory.gridA1.code, name: "李娟", accountID: account.id, fullTime: true, isLeader: true, by: secretary)
            _ = try await store.gridWorkers.add(
                gridCode: TestTerritory.gridA1.code, name: "楼长老王", accountID: nil, fullTime: false, isLeader: false, by: secretary)
            _ = try await store.gridWorkers.add(
                gridCode: TestTerritory.gridA1.code, name: "新网格长", accountID: nil, fullTime: true, isLeader: true, by: secretary)
            await #expect(throws: ValidationFailure([FieldError("gridCode", .outsideYourScope)])) {
                try await store.gridWorkers.add(
                    gridCode: TestTerritory.gridB1.code, name: "越界", accountID: nil, fullTime: true, isLeader: false, by: secretary)
            }
            let workers = try await store.gridWorkers.workers(for: territory.principal("grid.worker"))
            #expect(workers.map(\.name) == ["新网格长", "李娟", "楼长老王"])
            #expect(workers.filter(\.isLeader).count == 1)
            #expect(try await auditSubjects(.personRegistered, in: store).filter { $0.hasPrefix("gridWorker:") }.count == 3)
            #expect(try await store.gridWorkers.workers(for: territory.principal("grid.worker.b")).isEmpty)
        }
    }

    @Test("a hub leads up to the limit, and a household follows one hub only", arguments: TestEngine.available)
    func hubs(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            var settings = testSettings()
            settings.linkedHouseholdsPerHub = 3
            let territory = try await TestTerritory.make(in: Store(database: database, settings: settings))
            let store = territory.store
            let admin = territory.principal("secretary", enrolled: true)
            let building = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: admin)
            var households: [Household] = []
            for room in ["101", "102", "201", "202", "301"] {
                households.append(try await store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: room, by: admin))
            }
            func member(in household: Household, id: String, name: String, org: String) async throws -> PartyMember {
                let resident = try await store.residents.create(
                    try ResidentInput(householdID: household.id, name: name, idNumber: id, relationToHead: "户主",
                                      residenceStatus: "registered").validated(), by: admin)
                return try await store.party.addMember(
                    orgID: org, name: name, residentID: resident.id, dualCheckIn: false, status: .full, employment: .retired,
                    joinedOn: "1975-07-01", by: admin)
            }
            let streetAdmin = territory.principal("street.admin", enrolled: true)
            let committee = try await store.party.createOrg(
                kind: .workCommittee, name: "党工委", parentID: nil, territoryCode: TestTerritory.street.code, by: streetAdmin)
            let community = try await store.party.createOrg(
                kind: .communityCommittee, name: "社区党委", parentID: committee.id, territoryCode: TestTerritory.communityA.code, by: admin)
            let branch = try await store.party.createOrg(
                kind: .gridBranch, name: "支部", parentID: community.id, territoryCode: TestTerritory.communityA.code,
                gridCodes: [TestTerritory.gridA1.code], by: admin)
            let first = try await member(in: households[0], id: "11010519491231002X", name: "周德华", org: branch.id)
            let second = try await member(in: households[4], id: "320106198802290033", name: "吴晓", org: branch.id)
            let hub = try await store.hubs.createHub(memberID: first.id, by: admin)
            #expect(hub.householdID == households[0].id && hub.gridCode == TestTerritory.gridA1.code)
            await #expect(throws: ValidationFailure([FieldError("memberID", .alreadyExists)])) {
                try await store.hubs.createHub(memberID: first.id, by: admin)
            }
            try await store.hubs.link(householdIDs: households[1...3].map(\.id), to: hub.id, by: admin)
            await #expect(throws: ValidationFailure([FieldError("householdIDs", .tooLong(maximum: 0))])) {
                try await store.hubs.link(householdIDs: [households[4].id], to: hub.id, by: admin)
            }
            let other = try await store.hubs.createHub(memberID: second.id, by: admin)
            await #expect(throws: ValidationFailure([FieldError("householdIDs", .alreadyExists)])) {
                try await store.hubs.link(householdIDs: [households[1].id], to: other.id, by: admin)
            }
            let hubs = try await store.hubs.hubs(for: territory.principal("grid.worker"))
            #expect(hubs.map(\.linkedHouseholdIDs.count).sorted() == [0, 3])
            // Two hubs set up and one link that held: refused links leave no row.
            #expect(try await auditSubjects(.hubChanged, in: store) == ["hub:\(hub.id)", "hub:\(hub.id)", "hub:\(other.id)"])
        }
    }
}
