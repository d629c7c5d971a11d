extension Migration {
    /// A grid's households as at a day (the households figure of a grid and of a grid dashboard): counted from an
    /// index by grid and creation time instead of every household of the community.
    static let householdsByGrid = Migration(id: 26, name: "households by grid") { _ in
        ["CREATE INDEX households_grid_created ON households(grid_code, created_at)"]
    }
}
