import DoorstepCore
import DoorstepExchange
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

@Suite("Lists that page and export; buildings from a sheet")
struct ListsTests {
    @Test("buildings import from a workbook all or none, with every bad row named; the export reads back as the template's columns", arguments: TestEngine.available)
    func buildingsImport(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let admin = try await ProblemTests.enrolledToken(client, territory, clock: clock)
            _ = try await client.send(.post, "/api/v1/estates", token: admin, json: #"{"communityCode":"\#(TestTerritory.communityA.code)","name":"幸福里","address":"幸福路"}"#)
            let a1 = TestTerritory.gridA1.code
            let header = BuildingSheet.header
            let planted = [
                header,
                [a1, "1号楼", "幸福路 1 号", "幸福里", "32.06", "118.79"],
                [a1, "1号楼", "幸福路 1 号", "", "", ""],
                [a1, "2号楼", "", "", "", ""],
                [a1, "3号楼", "幸福路 3 号", "不存在小区", "", ""],
                [a1, "4号楼", "幸福路 4 号", "", "北纬", ""],
                [TestTerritory.gridB1.code, "5号楼", "乙路", "", "", ""],
            ]
            let worker = try await client.token("grid.worker")
            let refused = try await client.execute(
                uri: "/api/v1/buildings/import", method: .post, headers: [.authorization: "Bearer \(worker)"],
                body: ByteBuffer(bytes: Spreadsheet.file(planted, as: .xlsx, sheetName: "楼栋")))
            #expect(refused.status == .unprocessableContent)
            let rows = try refused.json(ImportTests.Problem.self).rows ?? []
            #expect(rows.map { "\($0.row) \($0.field) \($0.code)" } == [
                "3 name duplicateInFile", "4 address required", "5 estateID notFound", "6 latitude unknownValue",
                "7 gridCode outsideYourScope",
            ])
            #expect(try await client.get("/api/v1/buildings", token: worker).text.contains(#""items":[]"#))
            let good = [header, [a1, "1号楼", "幸福路 1 号", "幸福里", "32.06", "118.79"], [a1, "2号楼", "幸福路 2 号", "", "", ""]]
            let imported = try await client.execute(
                uri: "/api/v1/buildings/import", method: .post, headers: [.authorization: "Bearer \(worker)"],
                body: ByteBuffer(bytes: Spreadsheet.file(good, as: .csv, sheetName: "楼栋")))
            #expect(imported.status == .ok && imported.text.contains(#""buildings":2"#))
            let again = try await client.execute(
                uri: "/api/v1/buildings/import", method: .post, headers: [.authorization: "Bearer \(worker)"],
                body: ByteBuffer(bytes: Spreadsheet.file(good, as: .csv, sheetName: "楼栋")))
            #expect(try again.json(ImportTests.Problem.self).rows?.map(\.code) == ["alreadyExists", "alreadyExists"])
            let export = try await client.get("/api/v1/buildings/export.xlsx", token: worker)
            // Empty cells are not written, so a row read back ends at its last filled cell.
            let trimmed = good.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
            #expect(try XLSXReader.rows(Data(buffer: export.body)) == trimmed)
        }
    }

    @Test("residents page fifty at a time and are found by part of a name; members have a list, a profile and a logged export", arguments: TestEngine.available)
    func paging(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "甲路", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: "101", by: worker)
            let people = try (0..<61).map { index in
                let seventeen = String(format: "11010519800101%03d", index)
                return try ResidentInput(
                    householdID: household.id, name: index == 60 ? "欧阳修" : "居民\(index)",
                    idNumber: seventeen + String(IDNumber.checkCharacter(for: seventeen)), relationToHead: "家人",
                    residenceStatus: "permanent").validated()
            }
            _ = try await territory.store.residents.createAll(people, by: worker)
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("grid.worker")
            let first = try await browser.get("/registry/residents")
            #expect(first.text.contains("第 1 / 2 页，共 61 条") && first.text.contains("rel=\"next\""))
            #expect(first.text.components(separatedBy: "/registry/residents/").count - 1 == 50)
            let second = try await browser.get("/registry/residents?page=2")
            #expect(second.text.contains("第 2 / 2 页") && second.text.contains("rel=\"prev\""))
            #expect(second.text.components(separatedBy: "/registry/residents/").count - 1 == 11)

            let page = try await browser.get("/registry")
            let csrf = try #require(browser.csrfToken(in: page.text))
            let found = try await browser.post("/registry/search", ["_csrf": csrf, "name": "阳修"])
            #expect(found.text.contains("欧阳修") && !found.text.contains("居民1<"))
            let many = try await browser.post("/registry/search", ["_csrf": csrf, "name": "居民"])
            #expect(many.text.contains("只显示前 50 条"))

            // Exporting personal data needs the second factor.
            let totp = try await territory.enrolTwoFactor("secretary", clock: clock)
            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary", code: totp.code(step: TOTP.stepNumber(at: clock.now)))
            let members = try await secretary.get("/party/members")
            #expect(members.status == .ok)
            let export = try await secretary.get("/party/members/export.csv")
            #expect(export.text.hasPrefix("\u{FEFF}姓名,所在党组织"))
            let audit = try await territory.store.audit.entries(for: territory.principal("auditor"), limit: 3)
            #expect(audit.contains { $0.action == .personalDataExported && $0.subject == "partyMembers" })
        }
    }

    @Test("accounts and the audit log export as files of what the page shows, in scope", arguments: TestEngine.available)
    func accountsAndAudit(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary")
            let accounts = try await secretary.get("/accounts/export.csv")
            #expect(accounts.text.hasPrefix("\u{FEFF}用户名,姓名,角色,辖区范围,状态"))
            #expect(accounts.text.contains("grid.worker,") && !accounts.text.contains("grid.worker.b,"), "only the community's accounts")
            var auditor = Browser(client, language: "zh-CN")
            _ = try await auditor.login("auditor")
            let log = try await auditor.get("/audit/export.xlsx")
            let rows = try XLSXReader.rows(Data(buffer: log.body))
            #expect(rows.first == [
                "序号", "时间", "操作人", "操作", "对象", "详情", "理由", "原始：操作人", "原始：操作", "原始：对象", "原始：详情", "原始：时间（UTC）",
            ])
            // The words of the page, and beside them the fields as stored.
            let secretaryID = territory.principal("secretary").accountID
            let signIn = try #require(rows.first { $0.count == 12 && $0[7] == "secretary" && $0[8] == "loginSucceeded" })
            #expect(signIn[2] == "secretary（社区书记/工作人员）")
            #expect(signIn[3] == "登录成功" && signIn[4] == "账号 secretary" && signIn[9] == "account:\(secretaryID)")
            #expect(signIn[5] == "两步验证：未开启" && signIn[10] == #"{"secondFactor":"none"}"#)
            // The file follows the page's filter.
            let filtered = try XLSXReader.rows(Data(buffer: try await auditor.get("/audit/export.xlsx?actor=secretary&action=loginSucceeded").body))
            #expect(filtered.count > 1 && filtered.dropFirst().allSatisfy { $0[7] == "secretary" && $0[8] == "loginSucceeded" })
        }
    }
}
