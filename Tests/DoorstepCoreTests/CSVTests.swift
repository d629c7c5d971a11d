import Testing

@testable import DoorstepCore

@Suite("CSV")
struct CSVTests {
    @Test("reads quotes, commas, line breaks, CRLF and a byte-order mark as Excel writes them")
    func parse() {
        let text = "\u{FEFF}姓名,备注\r\n\"王, 大明\",\"说\"\"好\"\"\"\r\n\r\n李四,\"两\n行\"\n"
        #expect(CSV.parse(text) == [["姓名", "备注"], ["王, 大明", "说\"好\""], ["李四", "两\n行"]])
    }

    @Test("writes fields that need quoting, and never a formula")
    func line() {
        #expect(CSV.line(["a", "b,c", "say \"hi\""]) == "a,\"b,c\",\"say \"\"hi\"\"\"\r\n")
        #expect(CSV.line(["=HYPERLINK(\"x\")", "+1", "138****8000"]) == "\"'=HYPERLINK(\"\"x\"\")\",'+1,138****8000\r\n")
        #expect(CSV.parse(CSV.line(["甲", "乙,丙"])) == [["甲", "乙,丙"]])
    }

    @Test("a residents' sheet is read by header, and missing columns are named")
    func sheet() throws {
        let table = CSV.parse(ResidentSheet.template)
        let rows = try ResidentSheet.rows(table)
        #expect(rows.count == 1)
        #expect(rows[0].number == 2)
        #expect(rows[0].input.residenceStatus == "registered")
        #expect(rows[0].input.careCategories == ["elderlyLivingAlone"])
        #expect(throws: RowValidationFailure([RowError(1, "idNumber", .required)])) {
            try ResidentSheet.rows([["网格代码", "楼栋", "房号", "姓名", "与户主关系", "居住类型"]])
        }
    }
}
