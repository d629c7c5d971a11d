extension Migration {
    /// Buildings, households and residents, with sealed personal fields and their keyed-hash indexes.
    static let registry = Migration(id: 2, name: "registry") { _ in
        [
            """
            CREATE TABLE buildings (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL REFERENCES grids(code),
                name TEXT NOT NULL,
                address TEXT NOT NULL,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX buildings_grid ON buildings(grid_code)",
            "CREATE INDEX buildings_community ON buildings(community_code)",
            """
            CREATE TABLE households (
                id TEXT PRIMARY KEY,
                building_id TEXT NOT NULL REFERENCES buildings(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL,
                unit TEXT NOT NULL,
                room TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX households_building ON households(building_id)",
            "CREATE UNIQUE INDEX households_place ON households(building_id, unit, room)",
            """
            CREATE TABLE residents (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL REFERENCES households(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL,
                name TEXT NOT NULL,
                id_type TEXT NOT NULL,
                id_number_sealed TEXT NOT NULL,
                id_number_index TEXT NOT NULL UNIQUE,
                id_number_masked TEXT NOT NULL,
                phone_sealed TEXT,
                phone_index TEXT,
                phone_masked TEXT,
                sex TEXT,
                birth_date TEXT,
                relation_to_head TEXT NOT NULL,
                residence_status TEXT NOT NULL,
                care_sealed TEXT,
                has_care BOOLEAN NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX residents_grid ON residents(grid_code, id)",
            "CREATE INDEX residents_community ON residents(community_code, id)",
            "CREATE INDEX residents_street ON residents(street_code, id)",
            "CREATE INDEX residents_household ON residents(household_id)",
            "CREATE INDEX residents_phone ON residents(phone_index)",
        ]
    }
}
