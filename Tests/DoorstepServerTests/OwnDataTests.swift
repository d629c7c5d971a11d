import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Residents' own data on the pages and the API")
struct OwnDataTests {
    /// A resident of grid A1, registered by the grid worker; the resident's account is not linked yet.
    static func registered(_ territory: TestTerritory) async throws -> Resident {
        let household = try await territory.store.buildings.createHousehold(
            buildingID: try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil,
                by: territory.principal("grid.worker")).id,
            unit: "1单元", room: "101", by: territory.principal("grid.worker"))
        return try await territory.store.residents.create(
            try ResidentInput(householdID: household.id, name: "张桂英", idNumber: "11010519491231002X", phone: "13800138000",
                              relationToHead: "户主", residenceStatus: "registered").validated(),
            by: territory.principal("grid.worker"))
    }

    @Test("staff link the account; the resident sees their record, asks for a correction, staff carry it out; deletion closes the account", arguments: TestEngine.available)
    func pages(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let resident = try await Self.registered(territory)
            var me = Browser(client, language: "zh-CN")
            _ = try await me.login("resident")
            #expect(try await me.get("/me").text.contains("还没有关联"))

            var worker = Browser(client, language: "zh-CN")
            _ = try await worker.login("grid.worker")
            let detail = try await worker.get("/registry/residents/\(resident.id)")
            let csrf = try #require(worker.csrfToken(in: detail.text))
            let wrongRole = try await worker.post("/registry/residents/\(resident.id)/account", ["_csrf": csrf, "username": "volunteer", "idNumber": "11010519491231002X"])
            #expect(wrongRole.status == .unprocessableContent)
            let wrongPerson = try await worker.post("/registry/residents/\(resident.id)/account", ["_csrf": csrf, "username": "resident", "idNumber": "320106198802290033"])
            #expect(wrongPerson.status == .unprocessableContent && wrongPerson.text.contains("不正确"), "the ID number must be the record's")
            let linked = try await worker.post("/registry/residents/\(resident.id)/account", ["_csrf": csrf, "username": "resident", "idNumber": "11010519491231002x"])
            #expect(linked.text.contains("账号已关联"))

            let mine = try await me.get("/me")
            #expect(mine.text.contains("11010519491231002X") && mine.text.contains("13800138000"))
            let myCSRF = try #require(me.csrfToken(in: mine.text))
            let bad = try await me.post("/me/requests", ["_csrf": myCSRF, "kind": "correction", "field": "phone", "value": "12345"])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("不是有效的手机号"))
            let asked = try await me.post("/me/requests", ["_csrf": myCSRF, "kind": "correction", "field": "phone", "value": "13912345678", "note": "换号了"])
            #expect(asked.status == .seeOther)
            #expect(try await me.get("/me").text.contains("待处理"))

            let list = try await worker.get("/registry/requests")
            #expect(list.text.contains("139****5678") && !list.text.contains("13912345678"))
            let requestID = try #require(try await territory.store.residents.dataRequests(for: territory.principal("grid.worker")).first?.id)
            let done = try await worker.post("/registry/requests/\(requestID)/decision", ["_csrf": csrf, "decision": "carryOut"])
            #expect(done.status == .seeOther)
            let after = try await me.get("/me")
            #expect(after.text.contains("13912345678") && after.text.contains("已办理"))
            let file = try await me.get("/me/record.json")
            #expect(file.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(file.text.contains("\"idNumber\":\"11010519491231002X\""))

            let unconfirmed = try await me.post("/me/requests", ["_csrf": myCSRF, "kind": "deletion", "note": "搬走了"])
            #expect(unconfirmed.status == .unprocessableContent)
            _ = try await me.post("/me/requests", ["_csrf": myCSRF, "kind": "deletion", "note": "搬走了", "confirm": "1"])
            let deletion = try #require(try await territory.store.residents.dataRequests(for: territory.principal("grid.worker")).first)
            #expect(deletion.kind == .deletion)
            _ = try await worker.post("/registry/requests/\(deletion.id)/decision", ["_csrf": csrf, "decision": "carryOut"])
            #expect(try await me.get("/me").status == .seeOther, "the closed account's session ends")
            #expect(try await worker.get("/registry/residents/\(resident.id)").text.contains(ResidentStore.anonymisedName))
        }
    }

    @Test("through the API: the own record, a request, staff's list, a direct correction and a refusal that needs a reason", arguments: TestEngine.available)
    func api(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let resident = try await Self.registered(territory)
            let worker = try await client.token("grid.worker")
            let me = try await client.token("resident")
            #expect(try await client.get("/api/v1/me/record", token: me).status == .notFound)
            #expect(try await client.send(.post, "/api/v1/residents/\(resident.id)/account", token: worker, json: #"{"username":"resident","idNumber":"11010519491231002X"}"#).status == .noContent)
            #expect(try await client.get("/api/v1/me/record", token: me).text.contains("\"phone\":\"13800138000\""))
            let made = try await client.send(.post, "/api/v1/me/requests", token: me, json: #"{"kind":"correction","field":"name","value":"张贵英"}"#)
            #expect(made.status == .created)
            let unknown = try await client.send(.post, "/api/v1/me/requests", token: me, json: #"{"kind":"rename","field":"nickname"}"#)
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("\"kind\"") && unknown.text.contains("\"field\""))
            let open = try await client.get("/api/v1/data-requests", token: worker)
            #expect(open.text.contains("张贵英"))
            #expect(try await client.get("/api/v1/data-requests", token: try await client.token("grid.worker.b")).text.contains(#""items":[]"#))
            let id = try #require(try await territory.store.residents.dataRequests(for: territory.principal("grid.worker")).first?.id)
            let noReason = try await client.send(.post, "/api/v1/data-requests/\(id)/decision", token: worker, json: #"{"carryOut":false}"#)
            #expect(noReason.status == .unprocessableContent)
            #expect(try await client.send(.post, "/api/v1/data-requests/\(id)/decision", token: worker, json: #"{"carryOut":false,"note":"请带户口本核对"}"#).status == .ok)

            let corrected = try await client.send(.patch, "/api/v1/residents/\(resident.id)", token: worker, json: #"{"idNumber":"320106198802290033","reason":"户口本核对"}"#)
            #expect(corrected.status == .ok)
            #expect(corrected.text.contains("320106********0033") && corrected.text.contains("\"ageBand\":\"30-39\""))
            #expect(!corrected.text.contains("1988"), "the birth date is sealed, shown only through a reveal")
            let badID = try await client.send(.patch, "/api/v1/residents/\(resident.id)", token: worker, json: #"{"idNumber":"320106198802290034"}"#)
            #expect(badID.status == .unprocessableContent && badID.text.contains("idNumberCheckCharacter"))
        }
    }
}
