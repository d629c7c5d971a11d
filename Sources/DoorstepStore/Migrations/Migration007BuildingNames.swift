extension Migration {
    /// A building's name is unique within its grid: imports and the residents' sheet find buildings by it.
    static let buildingNames = Migration(id: 7, name: "building names unique within a grid") { _ in
        ["CREATE UNIQUE INDEX buildings_grid_name ON buildings(grid_code, name)"]
    }
}
