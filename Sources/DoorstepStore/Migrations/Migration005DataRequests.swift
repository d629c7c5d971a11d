extension Migration {
    /// Residents' own data: the account a resident signs in with, their requests to correct or delete, and the
    /// mark an anonymised record carries.
    static let dataRequests = Migration(id: 5, name: "residents' data requests") { _ in
        [
            "ALTER TABLE accounts ADD COLUMN resident_id TEXT REFERENCES residents(id)",
            "CREATE UNIQUE INDEX accounts_resident ON accounts(resident_id)",
            "ALTER TABLE residents ADD COLUMN anonymised_at TEXT",
            """
            CREATE TABLE data_requests (
                id TEXT PRIMARY KEY,
                resident_id TEXT NOT NULL REFERENCES residents(id),
                account_id TEXT NOT NULL REFERENCES accounts(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                field TEXT,
                proposed_sealed TEXT,
                proposed_shown TEXT,
                note TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at TEXT NOT NULL,
                decided_by TEXT REFERENCES accounts(id),
                decided_at TEXT,
                decision_note TEXT
            )
            """,
            "CREATE INDEX data_requests_grid ON data_requests(grid_code, status, created_at)",
            "CREATE INDEX data_requests_community ON data_requests(community_code, status, created_at)",
            "CREATE INDEX data_requests_street ON data_requests(street_code, status, created_at)",
            "CREATE INDEX data_requests_resident ON data_requests(resident_id, created_at)",
        ]
    }
}
