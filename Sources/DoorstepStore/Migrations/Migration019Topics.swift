extension Migration {
    /// Topics taken up for work at the source (每月一题): a kind of problem at a place, from the day the office took it
    /// up, so the cases of that kind and place before and after can be compared.
    static let topics = Migration(id: 19, name: "topics for work at the source") { _ in
        [
            """
            CREATE TABLE proactive_topics (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                grid_code TEXT NOT NULL REFERENCES grids(code),
                building_id TEXT REFERENCES buildings(id),
                category_code TEXT NOT NULL,
                category_name TEXT NOT NULL,
                title TEXT NOT NULL,
                started_on TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX proactive_topics_community ON proactive_topics(community_code, started_on)",
            "CREATE INDEX cases_place_category ON cases(grid_code, category_code, created_at)",
            // The registry counts what was registered by a day (as at the period's end) from these alone.
            "CREATE INDEX residents_community_created ON residents(community_code, created_at)",
            "CREATE INDEX households_community_created ON households(community_code, created_at)",
        ]
    }
}
