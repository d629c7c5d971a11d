extension Migration {
    /// Two reads that went through a whole table, found on the city (issue 16): a grid's households as at a day
    /// (the households figure of a grid dashboard) read every household of the community; and every start looked
    /// for birth dates left in clear (migration 21) by reading every resident in id order — 3.5 s before the first
    /// answer with a million residents. Both are now one index seek.
    static let cityIndexes = Migration(id: 26, name: "indexes for a city") { _ in
        [
            "CREATE INDEX households_grid_created ON households(grid_code, created_at)",
            "CREATE INDEX residents_birth_date_in_clear ON residents(id) WHERE birth_date IS NOT NULL",
        ]
    }
}
