extension Migration {
    /// Grid workers and their leaders; Party-member hubs and the households linked to them.
    static let gridWorkersAndHubs = Migration(id: 4, name: "grid workers and hubs") { _ in
        [
            """
            CREATE TABLE grid_workers (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL REFERENCES grids(code),
                name TEXT NOT NULL,
                account_id TEXT REFERENCES accounts(id),
                full_time BOOLEAN NOT NULL,
                is_leader BOOLEAN NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX grid_workers_grid ON grid_workers(grid_code)",
            "CREATE INDEX grid_workers_community ON grid_workers(community_code)",
            """
            CREATE TABLE party_member_hubs (
                id TEXT PRIMARY KEY,
                member_id TEXT NOT NULL UNIQUE REFERENCES party_members(id),
                household_id TEXT NOT NULL UNIQUE REFERENCES households(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX party_member_hubs_grid ON party_member_hubs(grid_code)",
            """
            CREATE TABLE linked_households (
                household_id TEXT PRIMARY KEY REFERENCES households(id),
                hub_id TEXT NOT NULL REFERENCES party_member_hubs(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX linked_households_hub ON linked_households(hub_id)",
        ]
    }
}
