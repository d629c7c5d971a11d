import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Importing residents")
struct ImportTests {
    struct Problem: Decodable {
        struct Row: Decodable { var row: Int; var field: String; var code: String; var message: String }
        var rows: [Row]?
    }
    struct Summary: Decodable { var residents: Int; var householdsCreated: Int }

    static let header = "网格代码,楼栋,单元,房号,姓名,证件类型,证件号码,联系电话,与户主关系,居住类型,关爱类别\r\n"
    static let a1 = TestTerritory.gridA1.code

    /// Eight rows, six of them wrong in the ways people get them wrong.
    static var planted: String {
        header + [
            "\(a1),1号楼,1单元,101,张桂英,,11010519491231002X,13800138000,户主,户籍,独居老人",
            "\(a1),1号楼,1单元,101,错校验,,110105194912310021,,配偶,户籍,",
            "\(a1),1号楼,1单元,102,不存在,,\(withCheck("11010519890229001")),,户主,常住,",
            "\(a1),1号楼,1单元,102,重复,,11010519491231002X,,子女,常住,",
            "\(a1),1号楼,1单元,201,坏电话,,320106198802290033,12345,户主,流动,",
            "\(a1),9号楼,1单元,101,无楼,,440304200001010017,,户主,户籍,",
            "\(TestTerritory.gridB1.code),1号楼,,101,越界,,510107201010111232,,户主,户籍,",
            "\(a1),1号楼,2单元,301,正常,,110105202402294565,,户主,户籍,",
        ].joined(separator: "\r\n")
    }

    static func withCheck(_ seventeen: String) -> String { seventeen + String(IDNumber.checkCharacter(for: seventeen)) }

    @Test("a file with planted errors is refused with exactly those rows; corrected, it goes in whole", arguments: TestEngine.available)
    func plantedErrors(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            _ = try await territory.store.buildings.createBuilding(
                gridCode: Self.a1, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: territory.principal("grid.worker"))
            let token = try await client.token("grid.worker")
            let refused = try await client.execute(
                uri: "/api/v1/residents/import", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "text/csv", .acceptLanguage: "zh-CN"],
                body: ByteBuffer(string: Self.planted))
            #expect(refused.status == .unprocessableContent)
            let rows = try refused.json(Problem.self).rows ?? []
            #expect(rows.map { "\($0.row) \($0.field) \($0.code)" } == [
                "3 idNumber idNumberCheckCharacter",
                "4 idNumber idNumberBirthDate",
                "5 idNumber duplicateInFile",
                "6 phone phoneFormat",
                "7 building notFound",
                "8 gridCode outsideYourScope",
            ])
            // The column as the template's header names it, not the API's word for the field.
            #expect(rows.first?.message == "第 3 行「证件号码」：身份证号校验位不正确，请核对是否抄错。")
            #expect(rows.map(\.message)[3].hasPrefix("第 6 行「联系电话」"))
            let headless = try await client.execute(
                uri: "/api/v1/residents/import", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "text/csv", .acceptLanguage: "zh-CN"],
                body: ByteBuffer(string: "网格代码,楼栋,姓名,与户主关系,居住类型\r\n"))
            let missing = try headless.json(Problem.self).rows ?? []
            #expect(missing.map(\.code) == ["missingColumns"] && missing.first?.message.contains("房号、证件号码") == true, "\(missing)")
            #expect(try await client.get("/api/v1/residents", token: token).text.contains(#""items":[]"#), "nothing went in")

            let corrected = Self.header + [
                "\(Self.a1),1号楼,1单元,101,张桂英,,11010519491231002X,13800138000,户主,户籍,独居老人",
                "\(Self.a1),1号楼,1单元,101,李建国,居民身份证,320106198802290033,139 1234 5678,配偶,户籍,",
                "\(Self.a1),1号楼,2单元,301,王小明,,110105202402294565,,户主,常住,",
            ].joined(separator: "\r\n")
            let imported = try await client.execute(
                uri: "/api/v1/residents/import", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"], body: ByteBuffer(string: corrected))
            #expect(imported.status == .ok)
            let summary = try imported.json(Summary.self)
            #expect(summary.residents == 3 && summary.householdsCreated == 2)
            let template = try await client.get("/api/v1/residents/template.csv", token: token)
            #expect(template.text.hasPrefix("\u{FEFF}网格代码,楼栋,单元,房号,姓名"))
        }
    }
}

@Suite("Exporting residents")
struct ExportTests {
    @Test("masked by default; in full only for a role that may, with a reason; every export is logged", arguments: TestEngine.available)
    func export(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: "101", by: worker)
            _ = try await territory.store.residents.create(
                try ResidentInput(householdID: household.id, name: "=危险", idNumber: "11010519491231002X", phone: "13800138000",
                                  relationToHead: "户主", residenceStatus: "registered", careCategories: ["disabled"]).validated(), by: worker)
            let workerToken = try await client.token("grid.worker")
            let masked = try await client.get("/api/v1/residents/export.csv", token: workerToken)
            #expect(masked.text.contains("110105********002X,138****8000"))
            #expect(!masked.text.contains("11010519491231002X"))
            #expect(masked.text.contains("'=危险"), "a name cannot become a formula in Excel")
            let refused = try await client.send(.post, "/api/v1/residents/export.csv", token: workerToken, json: #"{"reason":"想要"}"#)
            #expect(refused.status == .forbidden)

            let secretary = try await ProblemTests.enrolledToken(client, territory, clock: clock, username: "secretary")
            let noReason = try await client.send(.post, "/api/v1/residents/export.csv", token: secretary, json: #"{}"#)
            #expect(noReason.status == .unprocessableContent)
            let full = try await client.send(.post, "/api/v1/residents/export.csv", token: secretary, json: #"{"reason":"报送街道核对"}"#)
            #expect(full.text.contains("11010519491231002X,13800138000,户主,户籍,残疾人"))
            let audit = try await client.get("/api/v1/audit?limit=20", token: secretary)
            #expect(audit.text.contains("报送街道核对"))
            #expect(audit.text.components(separatedBy: #""action":"personalDataExported""#).count - 1 == 2)
        }
    }
}
