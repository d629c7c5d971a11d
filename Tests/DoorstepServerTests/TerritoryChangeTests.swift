import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Grid settings, estates and moving buildings through the API and pages")
struct TerritoryChangePageTests {
    static let square = #"{"type":"Polygon","coordinates":[[[118.78,32.06],[118.79,32.06],[118.79,32.07],[118.78,32.07],[118.78,32.06]]]}"#

    @Test("a street administrator draws a grid and sets its target; the grid page shows the map, buildings and hubs", arguments: TestEngine.available)
    func gridSettings(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let admin = try await ProblemTests.enrolledToken(client, territory, clock: clock)
            let a1 = TestTerritory.gridA1.code
            let bad = try await client.send(.put, "/api/v1/grids/\(a1)", token: admin, json: #"{"name":"甲一网格","boundary":{"type":"Point"},"householdTarget":-3}"#)
            #expect(bad.status == .unprocessableContent && bad.text.contains("boundaryFormat") && bad.text.contains("tooSmall"))
            let notANumber = try await client.send(.put, "/api/v1/grids/\(a1)", token: admin, json: #"{"name":"甲一网格","householdTarget":true}"#)
            #expect(notANumber.status == .unprocessableContent && notANumber.text.contains("notANumber"))
            let worker = try await client.token("grid.worker")
            #expect(try await client.send(.put, "/api/v1/grids/\(a1)", token: worker, json: #"{"name":"x"}"#).status == .forbidden)
            let saved = try await client.send(.put, "/api/v1/grids/\(a1)", token: admin, json: #"{"name":"甲一网格","boundary":\#(Self.square),"householdTarget":4}"#)
            #expect(saved.status == .ok && saved.text.contains(#""householdTarget":4"#) && saved.text.contains(#""type":"Polygon""#))

            _ = try await territory.store.buildings.createBuilding(
                gridCode: a1, name: "1号楼", address: "甲路 1 号", latitude: 32.065, longitude: 118.785, by: territory.principal("grid.worker"))
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("grid.worker")
            let page = try await browser.get("/territory/grids/\(a1)")
            #expect(page.text.contains("<svg class=\"map\"") && page.text.contains("<circle"))
            #expect(page.text.contains("4 户（已登记 0%）"))
            #expect(page.text.contains("1号楼") && page.text.contains("党员中心户"))
            #expect(!page.text.contains("grid-boundary"), "a grid worker does not get the settings form")
        }
    }

    @Test("estates through the API; a building moves to another grid and out of its worker's sight; a move that changes nothing is refused", arguments: TestEngine.available)
    func estatesAndMove(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let admin = try await ProblemTests.enrolledToken(client, territory, clock: clock)
            let worker = try await client.token("grid.worker")
            let refused = try await client.send(.post, "/api/v1/estates", token: worker, json: #"{"communityCode":"\#(TestTerritory.communityA.code)","name":"幸福里","address":"幸福路"}"#)
            #expect(refused.status == .unprocessableContent && refused.text.contains("outsideYourScope"))
            let estate = try await client.send(.post, "/api/v1/estates", token: admin, json: #"{"communityCode":"\#(TestTerritory.communityA.code)","name":"幸福里","address":"幸福路"}"#)
            #expect(estate.status == .created)
            #expect(try await client.get("/api/v1/estates", token: worker).text.contains("幸福里"))

            let worker1 = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "西康路 1 号", latitude: nil, longitude: nil, by: worker1)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "2单元", room: "301", by: worker1)
            let moved = try await client.send(.post, "/api/v1/buildings/\(household.buildingID)/move", token: admin, json: #"{"gridCode":"\#(TestTerritory.gridA2.code)","reason":"网格调整"}"#)
            #expect(moved.status == .ok && moved.text.contains(TestTerritory.gridA2.code))
            #expect(try await client.get("/api/v1/buildings/\(household.buildingID)", token: worker).status == .notFound)
            let again = try await client.send(.post, "/api/v1/buildings/\(household.buildingID)/move", token: admin, json: #"{"gridCode":"\#(TestTerritory.gridA2.code)","reason":"网格调整"}"#)
            #expect(again.status == .unprocessableContent && again.text.contains("sameAsBefore"))
        }
    }
}

@Suite("Registering buildings and households on the pages")
struct BuildingFormTests {
    @Test("a grid worker registers a building on the grid page and a household on the building page; a bad form names its fields", arguments: TestEngine.available)
    func forms(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("grid.worker")
            let a1 = TestTerritory.gridA1.code
            let page = try await browser.get("/territory/grids/\(a1)")
            #expect(page.text.contains("登记楼栋"))
            #expect(page.text.contains("id=\"b-name\" name=\"name\" required maxlength=\"50\" value=\"\""), "the building form is not filled with the grid's name")
            let csrf = try #require(browser.csrfToken(in: page.text))
            let bad = try await browser.post("/territory/grids/\(a1)/buildings", ["_csrf": csrf, "name": "1号楼", "address": "", "latitude": "北"])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("地址: 必填。") && bad.text.contains("纬度: ") && bad.text.contains("value=\"1号楼\""))
            let made = try await browser.post("/territory/grids/\(a1)/buildings", ["_csrf": csrf, "name": "1号楼", "address": "甲路 1 号", "latitude": "32.06", "longitude": "118.78"])
            #expect(made.status == .seeOther)
            let buildingPath = try #require(made.headers[.location])
            let again = try await browser.post("/territory/grids/\(a1)/buildings", ["_csrf": csrf, "name": "1号楼", "address": "甲路 1 号"])
            #expect(again.text.contains("已存在"))
            let household = try await browser.post("\(buildingPath)/households", ["_csrf": csrf, "unit": "2单元", "room": "301"])
            #expect(household.text.contains("已登记 2单元 301。"))
            let noRoom = try await browser.post("\(buildingPath)/households", ["_csrf": csrf, "unit": "2单元", "room": ""])
            #expect(noRoom.status == .unprocessableContent && noRoom.text.contains("必填"))
        }
    }
}
