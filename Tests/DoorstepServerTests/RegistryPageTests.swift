import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Registry pages")
struct RegistryPageTests {
    @Test("masked on every page, revealed once with a reason, and 404 outside the scope", arguments: TestEngine.available)
    func pages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "5号楼", address: "甲路 5 号", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: "101", by: worker)
            let resident = try await territory.store.residents.create(
                try ResidentInput(householdID: household.id, name: "赵秀英", idNumber: "11010519491231002X", phone: "13800138000",
                                  relationToHead: "户主", residenceStatus: "registered").validated(), by: worker)

            var browser = Browser(client)
            _ = try await browser.login("grid.worker")
            let overview = try await browser.get("/registry")
            #expect(overview.text.contains("5号楼"))
            let page = try await browser.get("/registry/buildings/\(building.id)")
            #expect(page.text.contains("110105********002X") && page.text.contains("138****8000"))
            #expect(!page.text.contains("11010519491231002X") && !page.text.contains("13800138000"))
            let searchCSRF = try #require(browser.csrfToken(in: overview.text))
            let found = try await browser.post("/registry/search", ["_csrf": searchCSRF, "idNumber": "11010519491231002x", "phone": ""])
            #expect(found.text.contains("赵秀英"))
            #expect(try await browser.get("/registry/search?idNumber=11010519491231002X").status == .notFound,
                    "numbers are never searched for in an address")

            let detail = try await browser.get("/registry/residents/\(resident.id)")
            let csrf = try #require(browser.csrfToken(in: detail.text))
            let noReason = try await browser.post("/registry/residents/\(resident.id)/reveal", ["_csrf": csrf, "field": "phone", "reason": ""])
            #expect(noReason.status == .unprocessableContent)
            #expect(!noReason.text.contains("13800138000"))
            let shown = try await browser.post("/registry/residents/\(resident.id)/reveal", ["_csrf": csrf, "field": "phone", "reason": "电话通知"])
            #expect(shown.status == .ok)
            #expect(shown.text.contains("13800138000"))
            #expect(!(try await browser.get("/registry/residents/\(resident.id)")).text.contains("13800138000"), "shown once")

            var other = Browser(client)
            _ = try await other.login("grid.worker.b")
            #expect(try await other.get("/registry/residents/\(resident.id)").status == .notFound)
            #expect(try await other.get("/registry/buildings/\(building.id)").status == .notFound)
        }
    }

    @Test("the resident form names the problem under each bad field and keeps what was typed")
    func form() async throws {
        try await withTestApp(.sqlite) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "6号楼", address: "甲路 6 号", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "", room: "201", by: worker)
            var browser = Browser(client)
            _ = try await browser.login("grid.worker")
            let form = try await browser.get("/registry/residents/new?household=\(household.id)")
            let csrf = try #require(browser.csrfToken(in: form.text))
            let refused = try await browser.post("/registry/residents", [
                "_csrf": csrf, "householdID": household.id, "name": "钱多多", "idNumber": "110105194912310021",
                "phone": "12345", "relationToHead": "户主", "residenceStatus": "registered",
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"id="r-id-error">身份证号校验位不正确，请核对是否抄错。"#))
            #expect(refused.text.contains(#"id="r-phone-error">"#))
            #expect(refused.text.contains(#"value="钱多多""#))
            let saved = try await browser.post("/registry/residents", [
                "_csrf": csrf, "householdID": household.id, "name": "钱多多", "idNumber": "110105194912310021".dropLast() + "X",
                "phone": "", "relationToHead": "户主", "residenceStatus": "registered",
            ])
            #expect(saved.status == .seeOther)
        }
    }
}
