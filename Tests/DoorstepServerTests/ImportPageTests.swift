import DoorstepCore
import DoorstepExchange
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

@Suite("Importing and exporting workbooks")
struct ImportPageTests {
    static let a1 = TestTerritory.gridA1.code

    /// The planted CSV of the API test, as the workbook Excel would save.
    static func workbook(_ csv: String) -> Data {
        Spreadsheet.file(CSV.parse(csv), as: .xlsx, sheetName: "居民")
    }

    @Test("on the page: an uploaded workbook is followed to every bad row, by row and column; corrected, it goes in; the job is the uploader's alone", arguments: TestEngine.available)
    func pageUpload(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            _ = try await territory.store.buildings.createBuilding(
                gridCode: Self.a1, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: territory.principal("grid.worker"))
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("grid.worker")
            let form = try await browser.get("/registry/import")
            #expect(form.status == .ok)
            let csrf = try #require(browser.csrfToken(in: form.text))

            let refused = try await browser.upload(
                "/registry/import", file: Self.workbook(ImportTests.planted), fileName: "居民.xlsx", csrf: csrf)
            #expect(refused.status == .seeOther)
            let jobPath = try #require(refused.headers[.location])
            let result = try await finished(jobPath, browser)
            #expect(result.contains("有 6 行需要更正"))
            for expected in ["<td>3</td><td>证件号码</td>", "<td>6</td><td>联系电话</td>", "<td>7</td><td>楼栋</td>", "<td>8</td><td>网格代码</td>"] {
                #expect(result.contains(expected), "\(expected)")
            }
            #expect(try await territory.store.residents.list(for: territory.principal("grid.worker"), limit: 10).isEmpty)

            var other = Browser(client)
            _ = try await other.login("grid.worker.b")
            let unknown = try await other.get(jobPath)
            #expect(unknown.status == .notFound, "another account cannot follow the job")
            #expect(unknown.text.contains("查不到这次导入"), "and is told what a lost import means, as after a restart")

            let corrected = ImportTests.header + [
                "\(Self.a1),1号楼,1单元,101,张桂英,,11010519491231002X,13800138000,户主,户籍,独居老人",
                "\(Self.a1),1号楼,2单元,301,王小明,,110105202402294565,,户主,常住,",
            ].joined(separator: "\r\n")
            let imported = try await browser.upload("/registry/import", file: Self.workbook(corrected), fileName: "居民.xlsx", csrf: csrf)
            let done = try await finished(try #require(imported.headers[.location]), browser)
            #expect(done.contains("已导入 2 名居民，新建 2 户。"))

            let broken = try await browser.upload("/registry/import", file: Data("PK\u{3}\u{4}broken".utf8), fileName: "a.xlsx", csrf: csrf)
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("文件已损坏"))
            let old = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
            let oldExcel = try await browser.upload("/registry/import", file: old, fileName: "a.xls", csrf: csrf)
            #expect(oldExcel.status == .unprocessableContent)
            #expect(oldExcel.text.contains("这是旧版 Excel 文件（.xls）或设了密码的工作簿"))
            let noToken = try await browser.upload("/registry/import", file: Self.workbook(corrected), fileName: "a.xlsx", csrf: "wrong")
            #expect(noToken.status == .forbidden)
        }
    }

    /// Follows the job page as its meta refresh would, until the import has ended.
    private func finished(_ path: String, _ browser: Browser) async throws -> String {
        for _ in 0..<200 {
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            if !page.text.contains("http-equiv=\"refresh\"") { return page.text }
            #expect(page.text.contains("<progress"))
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestFailure("the import did not end")
    }

    @Test("through the API: an XLSX body imports like CSV; export and template come as workbooks that read back", arguments: TestEngine.available)
    func apiWorkbooks(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            _ = try await territory.store.buildings.createBuilding(
                gridCode: Self.a1, name: "1号楼", address: "甲路 1 号", latitude: nil, longitude: nil, by: territory.principal("grid.worker"))
            let token = try await client.token("grid.worker")
            let refused = try await client.execute(
                uri: "/api/v1/residents/import", method: .post, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(bytes: Self.workbook(ImportTests.planted)))
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.json(ImportTests.Problem.self).rows?.map(\.row) == [3, 4, 5, 6, 7, 8])

            let rows = ImportTests.header + "\(Self.a1),1号楼,1单元,101,张桂英,,11010519491231002X,13800138000,户主,户籍,独居老人"
            let imported = try await client.execute(
                uri: "/api/v1/residents/import", method: .post, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(bytes: Self.workbook(rows)))
            #expect(imported.status == .ok)

            let export = try await client.get("/api/v1/residents/export.xlsx", token: token)
            #expect(export.headers[.contentType] == SheetFormat.xlsx.contentType)
            let table = try XLSXReader.rows(Data(buffer: export.body))
            #expect(table.first == ResidentSheet.header)
            #expect(table.dropFirst().map { $0[6] } == ["110105********002X"])

            let template = try await client.get("/api/v1/residents/template.xlsx", token: token)
            #expect(try XLSXReader.rows(Data(buffer: template.body)) == ResidentSheet.templateRows)

            // Bytes in neither UTF-8 nor GB 18030 (a GBK file imports: tests/system/test_operations.py).
            let unreadable = try await client.execute(
                uri: "/api/v1/residents/import", method: .post, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(bytes: [0xD5, 0xC5, 0xFF, 0xFF, 0x0D, 0x0A]))
            #expect(unreadable.status == .unprocessableContent)
            #expect(unreadable.text.contains("fileNotUTF8"))
        }
    }
}
