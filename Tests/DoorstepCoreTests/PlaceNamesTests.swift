import DoorstepCore
import Testing

@Suite("Places named for their reader")
struct PlaceNamesTests {
    let names = PlaceNames(
        communities: ["510107012001": "幸福里社区", "510107012002": "光华社区"],
        grids: ["510107012001001": "第一网格", "510107012001002": "第二网格", "510107012002001": "第一网格"])
    let street = TerritoryScope(level: .street, code: "510107012")
    let community = TerritoryScope(level: .community, code: "510107012001")
    let worker = TerritoryScope(level: .grid, code: "510107012001001")

    @Test("the parents that are not the reader's own, then the address; a place with no address names its grid")
    func named() {
        let grid = "510107012001001", home = "510107012001", room = "4号楼1单元101"
        #expect(names.name(community: home, grid: grid, address: room, for: worker) == "4号楼1单元101")
        #expect(names.name(community: home, grid: grid, address: room, for: community) == "第一网格 · 4号楼1单元101")
        #expect(names.name(community: home, grid: grid, address: room, for: street) == "幸福里社区 · 第一网格 · 4号楼1单元101")
        #expect(names.name(community: home, grid: grid, for: worker) == "第一网格")
        #expect(names.name(community: home, grid: grid, for: street) == "幸福里社区 · 第一网格")
        #expect(names.name(community: home, grid: nil, for: community) == "幸福里社区")
        // A case of the next grid, dispatched to this grid's worker, says which grid.
        #expect(names.name(community: home, grid: "510107012001002", address: room, for: worker) == "第二网格 · 4号楼1单元101")
        // Two communities' 第一网格 are told apart at the street, and another community's place names its community.
        #expect(names.name(community: "510107012002", grid: "510107012002001", for: street) == "光华社区 · 第一网格")
        #expect(names.name(community: "510107012002", grid: "510107012002001", address: room, for: community) == "光华社区 · 第一网格 · 4号楼1单元101")
        #expect(names.name(community: "510107012009", grid: "510107012009001", for: street) == "510107012009 · 510107012009001")
    }
}
