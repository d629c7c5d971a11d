import DoorstepCore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Registry over the API")
struct RegistryAPITests {
    struct Created: Decodable { var id: String }
    struct Page<Item: Decodable>: Decodable { var items: [Item] }
    struct ResidentBody: Decodable { var id: String; var idNumberMasked: String; var phoneMasked: String? }
    struct Problem: Decodable {
        struct Field: Decodable { var field: String; var code: String; var message: String }
        var errors: [Field]?
    }

    @Test("a grid worker registers a resident; others search, read, and reveal within their scope and rights", arguments: TestEngine.available)
    func flow(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let worker = try await client.token("grid.worker")
            let outside = try await client.send(.post, "/api/v1/buildings", token: worker,
                json: #"{"gridCode":"\#(TestTerritory.gridB1.code)","name":"9号楼","address":"乙路 9 号"}"#)
            #expect(outside.status == .unprocessableContent)
            #expect(outside.text.contains("outsideYourScope"))

            let building = try await client.send(.post, "/api/v1/buildings", token: worker,
                json: #"{"gridCode":"\#(TestTerritory.gridA1.code)","name":"3号楼","address":"甲路 3 号","latitude":32.05,"longitude":118.77}"#)
            #expect(building.status == .created)
            let buildingID = try building.json(Created.self).id
            let household = try await client.send(.post, "/api/v1/households", token: worker,
                json: #"{"buildingID":"\#(buildingID)","unit":"1单元","room":"502"}"#)
            let householdID = try household.json(Created.self).id
            let created = try await client.send(.post, "/api/v1/residents", token: worker, json: """
                {"householdID":"\(householdID)","name":"李建国","idNumber":"320106198802290033","phone":"13912345678",
                 "relationToHead":"户主","residenceStatus":"permanent"}
                """)
            #expect(created.status == .created)
            #expect(!created.text.contains("320106198802290033") && !created.text.contains("13912345678"))
            let resident = try created.json(ResidentBody.self)
            #expect(resident.idNumberMasked == "320106********0033")
            #expect(resident.phoneMasked == "139****5678")

            // Revealing needs the second factor (issue 17): the secretary has enrolled.
            let secretary = try await ProblemTests.enrolledToken(client, territory, clock: clock, username: "secretary")
            let found = try await client.get("/api/v1/residents?idNumber=320106198802290033", token: secretary)
            #expect(try found.json(Page<ResidentBody>.self).items.map(\.id) == [resident.id])
            let other = try await client.token("grid.worker.b")
            #expect(try await client.get("/api/v1/residents/\(resident.id)", token: other).status == .notFound)
            #expect(try await client.get("/api/v1/residents?phone=13912345678", token: other).json(Page<ResidentBody>.self).items.isEmpty)
            let member = try await client.token("party.member")
            #expect(try await client.get("/api/v1/residents", token: member).status == .forbidden)

            let phone = try await client.send(.post, "/api/v1/residents/\(resident.id)/reveal", token: worker,
                json: #"{"field":"phone","reason":"通知疫苗接种"}"#)
            #expect(phone.text.contains("13912345678"))
            let denied = try await client.send(.post, "/api/v1/residents/\(resident.id)/reveal", token: worker,
                json: #"{"field":"idNumber","reason":"想看看"}"#)
            #expect(denied.status == .forbidden)
            let id = try await client.send(.post, "/api/v1/residents/\(resident.id)/reveal", token: secretary,
                json: #"{"field":"idNumber","reason":"核对低保申请"}"#)
            #expect(id.text.contains("320106198802290033"))
            let audit = try await client.get("/api/v1/audit?limit=10", token: secretary)
            #expect(audit.text.contains("核对低保申请") && audit.text.contains("通知疫苗接种"))
            #expect(!audit.text.contains("想看看"), "a refused reveal shows nothing and records no reveal")
            let registered = try await client.get("/api/v1/audit?limit=50", token: secretary)
            #expect(registered.text.contains(#""subject":"resident:\#(resident.id)""#) && registered.text.contains(#""action":"personRegistered""#),
                    "registering a resident is audited")
        }
    }

    @Test("a bad resident lists every field in the user's language", arguments: TestEngine.available)
    func problems(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let worker = try await client.token("grid.worker")
            let json = #"{"householdID":"x","name":"王","idNumber":"110105194912310021","phone":"123","relationToHead":"户主","residenceStatus":"tourist"}"#
            let response = try await client.send(.post, "/api/v1/residents", token: worker, json: json)
            #expect(response.status == .unprocessableContent)
            let fields = try response.json(Problem.self).errors ?? []
            #expect(fields.map(\.field) == ["idNumber", "phone", "residenceStatus"])
            #expect(fields[0].message == "身份证号: 身份证号校验位不正确，请核对是否抄错。")
            let english = try await client.send(.post, "/api/v1/residents", token: worker, json: json, language: "en")
            #expect(try english.json(Problem.self).errors?[1].message.hasSuffix("Not a valid mobile number (11 digits) or landline with its area code.") == true)
        }
    }
}
