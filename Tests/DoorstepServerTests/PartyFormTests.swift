import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Building the Party organisation on its pages")
struct PartyFormTests {
    @Test("a street administrator sets up the tree, records a resident member by ID number, makes a hub and links neighbours; bad forms name their fields", arguments: TestEngine.available)
    func forms(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路", latitude: nil, longitude: nil, by: worker)
            var households: [Household] = []
            for room in ["101", "102", "201"] {
                households.append(try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: room, by: worker))
            }
            _ = try await territory.store.residents.create(
                try ResidentInput(householdID: households[0].id, name: "周德华", idNumber: "11010519491231002X",
                                  relationToHead: "户主", residenceStatus: "registered").validated(), by: worker)

            // Signing in with the second factor, as an administrator must before changing anything.
            let totp = try await territory.enrolTwoFactor("street.admin", clock: clock)
            var admin = Browser(client, language: "zh-CN")
            _ = try await admin.login("street.admin")
            let codePage = try await admin.get("/login/code")
            let right = try await admin.post("/login/code", ["_csrf": try #require(admin.csrfToken(in: codePage.text)), "oneTimeCode": totp.code(step: TOTP.stepNumber(at: clock.now)), "next": "/"])
            let session = try #require(right.cookieValue("doorstep_session"))
            admin.session = session
            let party = try await admin.get("/party")
            let csrf = try #require(admin.csrfToken(in: party.text))
            #expect(party.text.contains("新建党组织"))

            let noName = try await admin.post("/party/orgs", ["_csrf": csrf, "kind": "workCommittee", "name": ""])
            #expect(noName.status == .unprocessableContent && noName.text.contains("必填"))
            #expect(try await admin.post("/party/orgs", ["_csrf": csrf, "kind": "workCommittee", "name": "测试街道党工委"]).status == .seeOther)
            let orgs = { try await territory.store.party.orgs(for: territory.principal("street.admin", enrolled: true)) }
            let committee = try #require(try await orgs().first)
            _ = try await admin.post("/party/orgs", ["_csrf": csrf, "kind": "communityCommittee", "name": "甲社区党委", "parentID": committee.id, "communityCode": TestTerritory.communityA.code])
            let community = try #require(try await orgs().first { $0.kind == .communityCommittee })
            let noGrid = try await admin.post("/party/orgs", ["_csrf": csrf, "kind": "gridBranch", "name": "甲一网格党支部", "parentID": community.id])
            #expect(noGrid.status == .unprocessableContent && noGrid.text.contains("负责的网格"))
            _ = try await admin.post("/party/orgs", ["_csrf": csrf, "kind": "gridBranch", "name": "甲一网格党支部", "parentID": community.id, "grid_\(TestTerritory.gridA1.code)": "1"])
            let branch = try #require(try await orgs().first { $0.kind == .gridBranch })
            #expect(branch.gridCodes == [TestTerritory.gridA1.code])

            let unknown = try await admin.post("/party/members", ["_csrf": csrf, "orgID": branch.id, "name": "周德华", "idNumber": "320106198802290033", "status": "full", "employment": "retired", "joinedOn": "1972-07-01"])
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("身份证号: 不存在。"))
            let added = try await admin.post("/party/members", ["_csrf": csrf, "orgID": branch.id, "name": "周德华", "idNumber": "11010519491231002X", "status": "full", "employment": "retired", "joinedOn": "1972-07-01"])
            #expect(added.status == .seeOther)
            let member = try #require(try await territory.store.party.members(for: territory.principal("street.admin", enrolled: true)).first)
            #expect(member.residentID != nil)

            let profile = try await admin.get("/party/members/\(member.id)")
            #expect(profile.text.contains("设为党员中心户"))
            #expect(try await admin.post("/party/members/\(member.id)/hub", ["_csrf": csrf]).status == .seeOther)
            let hubPage = try await admin.get("/party/members/\(member.id)")
            #expect(hubPage.text.contains("1单元 102") && hubPage.text.contains("1单元 201") && !hubPage.text.contains("1单元 101<"))
            let hub = try #require(try await territory.store.hubs.hubs(for: territory.principal("street.admin", enrolled: true)).first)
            let linked = try await admin.post("/party/hubs/\(hub.id)/households", ["_csrf": csrf, "household_\(households[1].id)": "1"])
            #expect(linked.status == .seeOther)
            #expect(try await territory.store.hubs.hubs(for: territory.principal("street.admin", enrolled: true)).first?.linkedHouseholdIDs == [households[1].id])

            let workerForm = try await admin.post("/territory/grids/\(TestTerritory.gridA1.code)/workers", ["_csrf": csrf, "name": "王网格", "fullTime": "1", "isLeader": "1"])
            #expect(workerForm.text.contains("网格员已添加") && workerForm.text.contains("王网格"))
            #expect(workerForm.text.contains("1号楼 1单元 101 · 周德华"), "the grid page says where each hub is")

            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary")
            let page = try await secretary.get("/party")
            let refused = try await secretary.post("/party/orgs", ["_csrf": try #require(secretary.csrfToken(in: page.text)), "kind": "communityCommittee", "name": "x", "parentID": committee.id, "communityCode": TestTerritory.communityA.code])
            #expect(refused.status == .forbidden, "an administrator without the second factor changes nothing")
        }
    }
}
