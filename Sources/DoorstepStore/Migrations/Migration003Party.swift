extension Migration {
    /// The Party organisation tree, what each organisation covers, and its members.
    static let party = Migration(id: 3, name: "party") { _ in
        [
            """
            CREATE TABLE party_orgs (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                parent_id TEXT REFERENCES party_orgs(id),
                street_code TEXT NOT NULL,
                community_code TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX party_orgs_street ON party_orgs(street_code)",
            "CREATE INDEX party_orgs_community ON party_orgs(community_code)",
            """
            CREATE TABLE party_org_grids (
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                grid_code TEXT NOT NULL REFERENCES grids(code),
                PRIMARY KEY (org_id, grid_code)
            )
            """,
            "CREATE INDEX party_org_grids_grid ON party_org_grids(grid_code)",
            """
            CREATE TABLE party_org_buildings (
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                building_id TEXT NOT NULL REFERENCES buildings(id),
                PRIMARY KEY (org_id, building_id)
            )
            """,
            """
            CREATE TABLE party_members (
                id TEXT PRIMARY KEY,
                org_id TEXT NOT NULL REFERENCES party_orgs(id),
                street_code TEXT NOT NULL,
                community_code TEXT,
                grid_code TEXT,
                name TEXT NOT NULL,
                resident_id TEXT REFERENCES residents(id),
                dual_check_in BOOLEAN NOT NULL,
                status TEXT NOT NULL,
                employment TEXT NOT NULL,
                joined_on TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX party_members_org ON party_members(org_id)",
            "CREATE INDEX party_members_community ON party_members(community_code)",
            "CREATE UNIQUE INDEX party_members_resident ON party_members(resident_id)",
        ]
    }
}
