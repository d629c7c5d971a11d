import Foundation
import Testing

@testable import DoorstepExchange

@Suite("CSV")
struct CSVTests {
    @Test("reads quotes, commas, line breaks, CRLF and a byte-order mark as Excel writes them; record n is Excel's row n")
    func parse() {
        let text = "\u{FEFF}姓名,备注\r\n\"王, 大明\",\"说\"\"好\"\"\"\r\n\r\n李四,\"两\n行\"\n\n\n"
        #expect(CSV.parse(text) == [["姓名", "备注"], ["王, 大明", "说\"好\""], [], ["李四", "两\n行"]])
    }

    @Test("writes fields that need quoting, and never a formula")
    func line() {
        #expect(CSV.line(["a", "b,c", "say \"hi\""]) == "a,\"b,c\",\"say \"\"hi\"\"\"\r\n")
        #expect(CSV.line(["=HYPERLINK(\"x\")", "+1", "138****8000"]) == "\"'=HYPERLINK(\"\"x\"\")\",'+1,138****8000\r\n")
        #expect(CSV.parse(CSV.line(["甲", "乙,丙"])) == [["甲", "乙,丙"]])
        // What an export guards reads back as it was; an apostrophe before anything else is the writer's own.
        let guarded = ["=HYPERLINK(\"x\")", "+1", "-张", "@李", "'引号", "'=x", "''+y", "0755-12345678-123"]
        #expect(CSV.parse(CSV.line(guarded)) == [guarded])
    }

    @Test("a file is read as XLSX or CSV by its first bytes; a CSV in GBK (Excel's on a Chinese Windows) is read; other bytes are refused")
    func detect() throws {
        let rows = [["姓名", "证件号码"], ["张三", "11010519491231002X"]]
        #expect(SheetFormat.of(Spreadsheet.file(rows, as: .xlsx, sheetName: "x")) == .xlsx)
        #expect(try Spreadsheet.rows(Spreadsheet.file(rows, as: .csv, sheetName: "x")) == rows)
        #expect(try Spreadsheet.rows(Spreadsheet.file(rows, as: .xlsx, sheetName: "x")) == rows)
        // 姓名,电话 / 张三,13800138000 as Excel saves it in GBK, and a character beyond GBK in GB 18030's four bytes.
        let gbk = Data([0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xE7, 0xBB, 0xB0, 0x0D, 0x0A, 0xD5, 0xC5, 0xC8, 0xFD, 0x2C] + Array("13800138000\r\n".utf8))
        #expect(try Spreadsheet.rows(gbk) == [["姓名", "电话"], ["张三", "13800138000"]])
        #expect(try Spreadsheet.rows(Data([0x95, 0x32, 0x82, 0x36])) == [["𠀀"]])
        #expect(throws: SpreadsheetError.notUTF8) { try Spreadsheet.rows(Data([0xD5, 0xC5, 0xFF, 0xFF])) }
        // A file marked UTF-8 with a broken byte is refused, not read as GBK nonsense.
        #expect(throws: SpreadsheetError.notUTF8) { try Spreadsheet.rows(Data([0xEF, 0xBB, 0xBF, 0xD5, 0xC5, 0xC8, 0xFD])) }
        // An Excel 97–2003 file is named as one, to be saved as .xlsx, not read as text.
        #expect(throws: SpreadsheetError.oldExcel) { try Spreadsheet.rows(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))) }
    }
}
