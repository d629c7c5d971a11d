import Testing

@testable import DoorstepServer

@Suite("Sentences with values")
struct StringsTests {
    @Test("each placeholder named is filled, every time it appears; others and lone braces stay as written")
    func fill() {
        #expect(Strings.fill("{case}已派给{level}：{case}", ["case": "乱停车", "level": "社区"]) == "乱停车已派给社区：乱停车")
        #expect(Strings.fill("{n} of {m} {unknown}", ["n": "3", "m": "5"]) == "3 of 5 {unknown}")
        #expect(Strings.fill("a { b } {{n}} {", ["n": "1"]) == "a { b } {1} {")
        #expect(Strings.fill("", ["n": "1"]) == "")
        #expect(Strings.fill("no placeholders", [:]) == "no placeholders")
    }

    @Test("a value is put in as it is, never read for placeholders of its own")
    func valuesAsTheyAre() {
        #expect(Strings.fill("{a}{b}", ["a": "{b}", "b": "x"]) == "{b}x")
        #expect(Strings(.zhCN).format("inbox_mine_all", ["shown": "20", "count": "{shown}"]).contains("{shown}"))
    }
}
