extension Migration {
    /// Estates (小区) between grid and building, and a grid's boundary and household target.
    static let estatesAndBoundaries = Migration(id: 6, name: "estates and grid boundaries") { _ in
        [
            """
            CREATE TABLE estates (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                address TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (community_code, name)
            )
            """,
            "CREATE INDEX estates_street ON estates(street_code)",
            "ALTER TABLE buildings ADD COLUMN estate_id TEXT REFERENCES estates(id)",
            "CREATE INDEX buildings_estate ON buildings(estate_id)",
            "ALTER TABLE grids ADD COLUMN boundary TEXT",
            "ALTER TABLE grids ADD COLUMN household_target BIGINT",
        ]
    }
}
