import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Party over HTTP")
struct PartyAPITests {
    @Test("the page and the API show the same S1 figures, and the uncovered grids", arguments: TestEngine.available)
    func figures(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let admin = territory.principal("street.admin", enrolled: true)
            let store = territory.store
            let committee = try await store.party.createOrg(
                kind: .workCommittee, name: "测试街道党工委", parentID: nil, territoryCode: TestTerritory.street.code, by: admin)
            let community = try await store.party.createOrg(
                kind: .communityCommittee, name: "甲社区党委", parentID: committee.id, territoryCode: TestTerritory.communityA.code, by: admin)
            let branch = try await store.party.createOrg(
                kind: .gridBranch, name: "甲一网格党支部", parentID: community.id, territoryCode: TestTerritory.communityA.code,
                gridCodes: [TestTerritory.gridA1.code, TestTerritory.gridA2.code], by: admin)
            for name in ["甲", "乙"] {
                _ = try await store.party.addMember(
                    orgID: branch.id, name: "党员\(name)", residentID: nil, dualCheckIn: false, status: .full,
                    employment: .retired, joinedOn: "1980-07-01", by: admin)
            }
            let token = try await client.token("street.admin")
            let figures = try await client.get("/api/v1/party/figures", token: token).json(PartyFigures.self)
            #expect(figures.members == 2 && figures.gridBranches == 1 && figures.uncoveredGrids == [TestTerritory.gridB1.code])

            var browser = Browser(client)
            _ = try await browser.login("street.admin")
            let page = try await browser.get("/party")
            #expect(page.text.contains("共有党员 2 名，下设 1 个党支部、0 个党小组。"))
            #expect(page.text.contains("乙一网格 (\(TestTerritory.gridB1.code))"))
            #expect(try await browser.get("/party/members").text.contains("党员甲"))

            var worker = Browser(client)
            _ = try await worker.login("grid.worker")
            let workerPage = try await worker.get("/party")
            #expect(workerPage.status == .ok)
            #expect(!workerPage.text.contains("党员甲"), "grid workers see the tree and counts, not the roll")
            let resident = try await client.token("resident")
            #expect(try await client.get("/api/v1/party/figures", token: resident).status == .forbidden)
        }
    }
}

@Suite("Grid page")
struct GridPageTests {
    @Test("the grid page shows its workers, branch and counts from the records")
    func gridPage() async throws {
        try await withTestApp(.sqlite) { client, territory in
            let admin = territory.principal("secretary", enrolled: true)
            let store = territory.store
            _ = try await store.gridWorkers.add(
                gridCode: TestTerritory.gridA1.code, name: "刘网格长", accountID: nil, fullTime: true, isLeader: true, by: admin)
            _ = try await store.gridWorkers.add(
                gridCode: TestTerritory.gridA1.code, name: "楼长老陈", accountID: nil, fullTime: false, isLeader: false, by: admin)
            let building = try await store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: admin)
            _ = try await store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: "101", by: admin)
            var browser = Browser(client)
            _ = try await browser.login("grid.worker")
            let page = try await browser.get("/territory/grids/\(TestTerritory.gridA1.code)")
            #expect(page.text.contains("刘网格长 <span class=\"code\">专职 · 网格长</span>"))
            #expect(page.text.contains("楼长老陈 <span class=\"code\">兼职</span>"))
            #expect(page.text.contains(#"<span class="figure-value">1</span><span class="figure-label">住户</span>"#))
        }
    }
}
