import Testing

@testable import DoorstepCore

@Suite("Territory scopes and codes")
struct TerritoryScopeTests {
    @Test("parses level:code and bare codes")
    func parsing() {
        #expect(TerritoryScope(parsing: "street:320106005") == TerritoryScope(level: .street, code: "320106005"))
        #expect(TerritoryScope(parsing: "320106005001") == TerritoryScope(level: .community, code: "320106005001"))
        #expect(TerritoryScope(parsing: "grid:320106005001001")?.gridCode == "320106005001001")
        #expect(TerritoryScope(parsing: "grid:320106005") == nil)
        #expect(TerritoryScope(parsing: "community:32010600500A") == nil)
        #expect(TerritoryScope(parsing: "town:320106005") == nil)
    }

    @Test("a scope contains exactly the territory beneath it")
    func containment() {
        let community = TerritoryScope(level: .community, code: "320106005001")
        #expect(community.contains(TerritoryScope(level: .grid, code: "320106005001003")))
        #expect(!community.contains(TerritoryScope(level: .grid, code: "320106005002001")))
        #expect(!community.contains(TerritoryScope(level: .street, code: "320106005")))
        #expect(community.streetCode == "320106005")
        #expect(community.communityCode == "320106005001")
        #expect(community.gridCode == nil)
    }

    @Test("a child code must begin with its parent's")
    func childCodes() {
        #expect(TerritoryCode.problem(with: "320106005001", at: .community, under: "320106005") == nil)
        #expect(
            TerritoryCode.problem(with: "320106006001", at: .community, under: "320106005")
                == .codeNotUnderParent(parent: "320106005"))
        #expect(TerritoryCode.problem(with: "3201", at: .street) == .codeFormat(digits: 9))
    }
}
