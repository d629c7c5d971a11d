import Foundation
import Testing
import ZIPFoundation

@testable import DoorstepExchange

@Suite("XLSX")
struct XLSXTests {
    @Test("what we write reads back the same: Chinese text, markup characters, formulas kept as text, wide rows")
    func roundTrip() throws {
        var wide = (0..<30).map { "列\($0)" }
        wide[27] = "AB"
        let rows = [
            ["姓名", "证件号码", "备注"],
            ["张桂英", "11010519491231002X", "a < b & \"c\" > d"],
            ["=HYPERLINK(\"http://x\")", "", "两\n行"],
            [],
            wide,
        ]
        let data = XLSXWriter.workbook(rows, sheetName: "居民/名单")
        #expect(try XLSXReader.rows(data) == rows)
    }

    @Test("reads what other writers produce: shared strings with rich-text runs and phonetic guides, namespace prefixes, numbers, skipped rows and cells")
    func foreignWorkbook() throws {
        let data = try workbook(
            sheetPath: "xl/worksheets/data.xml",
            sheet: """
                <?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>\
                <x:row r="3"><x:c r="A3"><x:v>1.3800138E10</x:v></x:c><x:c r="B3"><x:v>101</x:v></x:c>\
                <x:c r="C3"><x:v>2.5</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c>\
                <x:c r="E3" t="str"><x:v>&#x5F20;&amp;</x:v></x:c><x:c r="F3" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row>\
                </x:sheetData></x:worksheet>
                """,
            sharedStrings: """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\
                <si><r><rPr><b/></rPr><t>姓</t></r><r><t xml:space="preserve">名 </t></r><rPh sb="0" eb="1"><t>xing</t></rPh></si>\
                <si><t><![CDATA[电话]]></t></si></sst>
                """)
        #expect(try XLSXReader.rows(data) == [["姓名 ", "", "电话"], [], ["13800138000", "101", "2.5", "TRUE", "张&", "内联"]])
    }

    @Test("an .xls, a broken sheet or a shared string that is not there is refused, not half-read")
    func refusals() throws {
        // It starts as a ZIP but does not open as one: damaged, not "not a workbook".
        #expect(throws: XLSXError.malformed("zip")) { try XLSXReader.rows(Data("PK\u{3}\u{4}not a zip".utf8)) }
        let whole = XLSXWriter.workbook([["姓名"], ["张三"]], sheetName: "x")
        #expect(throws: XLSXError.malformed("zip"), "a workbook cut short") { try XLSXReader.rows(whole.prefix(whole.count / 2)) }
        #expect(throws: XLSXError.self) {
            try XLSXReader.rows(try workbook(sheet: "<worksheet><sheetData><row><c t=\"s\"><v>7</v></c></row></sheetData></worksheet>"))
        }
        #expect(throws: XLSXError.self) {
            try XLSXReader.rows(try workbook(sheet: "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</c>"))
        }
        // A few bytes must not make the reader allocate a billion cells, or overflow.
        for sheet in [
            #"<worksheet><sheetData><row r="2000000000"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#,
            #"<worksheet><sheetData><row r="1"><c r="ZZZZZZ1"><v>1</v></c></row></sheetData></worksheet>"#,
            #"<worksheet><sheetData><row r="1"><c r="AAAAAAAAAAAAAAAAAAAA1"><v>1</v></c></row></sheetData></worksheet>"#,
            #"<worksheet><sheetData><row r="9223372036854775807"/><row><c><v>1</v></c></row></sheetData></worksheet>"#,
        ] {
            #expect(throws: XLSXError.self) { try XLSXReader.rows(try workbook(sheet: sheet)) }
        }
    }

    @Test("column letters both ways")
    func columns() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(27) == "AB")
        #expect(XLSXReader.columnIndex("AB12") == 27)
        #expect(XLSXReader.columnIndex("12") == nil)
    }

    /// A minimal workbook as another program might write it.
    private func workbook(sheetPath: String = "xl/worksheets/sheet1.xml", sheet: String, sharedStrings: String? = nil) throws -> Data {
        let archive = try Archive(accessMode: .create)
        var parts = [
            ("xl/workbook.xml", "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels",
             "<Relationships><Relationship Id=\"rId7\" Target=\"/\(sheetPath)\"/></Relationships>"),
            (sheetPath, sheet),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        return archive.data!
    }
}
