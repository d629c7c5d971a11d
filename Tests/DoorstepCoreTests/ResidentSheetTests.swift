import Testing

@testable import DoorstepCore

@Suite("Residents' sheet")
struct ResidentSheetTests {
    @Test("a sheet is read by header; rows keep the spreadsheet's numbers past blank rows; missing columns are named")
    func sheet() throws {
        var table = ResidentSheet.templateRows
        table.insert([], at: 1)
        let rows = try ResidentSheet.rows(table)
        #expect(rows.count == 1)
        #expect(rows[0].number == 3)
        #expect(rows[0].input.residenceStatus == "registered")
        #expect(rows[0].input.careCategories == ["elderlyLivingAlone"])
        #expect(throws: RowValidationFailure([RowError(1, "header", .missingColumns(["证件号码"]))])) {
            try ResidentSheet.rows([["网格代码", "楼栋", "房号", "姓名", "与户主关系", "居住类型"]])
        }
        // Every missing column in one message, named as the template names it.
        #expect(throws: RowValidationFailure([RowError(1, "header", .missingColumns(["房号", "证件号码"]))])) {
            try ResidentSheet.rows([["网格代码", "楼栋", "姓名", "与户主关系", "居住类型"]])
        }
    }
}

@Suite("Members' sheet")
struct MemberSheetTests {
    @Test("dates as people and Excel write them; impossible ones are nil")
    func dates() {
        #expect(MemberSheet.date("2001-07-01") == "2001-07-01")
        #expect(MemberSheet.date("2001/7/1") == "2001-07-01")
        #expect(MemberSheet.date("2001年7月1日") == "2001-07-01")
        #expect(MemberSheet.date("36708") == "2000-07-01")
        #expect(MemberSheet.date("2001-02-29") == nil)
        #expect(MemberSheet.date("七一") == nil)
    }
}
