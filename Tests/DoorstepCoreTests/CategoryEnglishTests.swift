import Testing

@testable import DoorstepCore

@Suite("Category names in English")
struct CategoryEnglishTests {
    @Test("every shipped category has an English name, and no Chinese is left in it")
    func everyShippedCategory() {
        for category in CategoryCatalog.shipped {
            let english = CategoryCatalog.name(category.name, in: .en)
            #expect(english != category.name, "\(category.code) \(category.name)")
            #expect(!english.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(english)")
        }
    }

    @Test("Chinese reads as written, and a community's own category stays as written in English")
    func asWritten() {
        #expect(CategoryCatalog.name("私搭乱建", in: .zhCN) == "私搭乱建")
        #expect(CategoryCatalog.name("私搭乱建", in: .en) == "Unauthorised building")
        #expect(CategoryCatalog.name("广场舞噪音", in: .en) == "广场舞噪音")
    }
}
