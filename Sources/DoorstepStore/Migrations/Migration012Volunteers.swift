extension Migration {
    /// Volunteers (phones sealed, found again by a keyed hash), volunteer teams, activities with places and a waiting
    /// line, sign-ups with check-in, check-out and confirmed hours, and the time bank: a double-entry ledger of
    /// transfers between accounts that the database keeps append-only, and each community's star thresholds.
    static let volunteers = Migration(id: 12, name: "volunteers") { engine in
        [
            """
            CREATE TABLE volunteers (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                phone_sealed TEXT NOT NULL,
                phone_masked TEXT NOT NULL,
                phone_hash TEXT NOT NULL,
                skills TEXT NOT NULL,
                availability TEXT NOT NULL,
                resident_id TEXT REFERENCES residents(id),
                account_id TEXT REFERENCES accounts(id),
                registered_on TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX volunteers_phone ON volunteers(community_code, phone_hash)",
            "CREATE UNIQUE INDEX volunteers_account ON volunteers(account_id)",
            "CREATE INDEX volunteers_community ON volunteers(community_code, registered_on)",
            """
            CREATE TABLE volunteer_teams (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX volunteer_teams_name ON volunteer_teams(community_code, name)",
            """
            CREATE TABLE volunteer_team_members (
                team_id TEXT NOT NULL REFERENCES volunteer_teams(id),
                volunteer_id TEXT NOT NULL REFERENCES volunteers(id),
                PRIMARY KEY (team_id, volunteer_id)
            )
            """,
            """
            CREATE TABLE volunteer_activities (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                team_id TEXT REFERENCES volunteer_teams(id),
                title TEXT NOT NULL,
                place TEXT NOT NULL,
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                capacity BIGINT NOT NULL,
                organiser_account_id TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX volunteer_activities_community ON volunteer_activities(community_code, starts_at)",
            """
            CREATE TABLE signups (
                id TEXT PRIMARY KEY,
                activity_id TEXT NOT NULL REFERENCES volunteer_activities(id),
                volunteer_id TEXT NOT NULL REFERENCES volunteers(id),
                status TEXT NOT NULL,
                position BIGINT NOT NULL,
                checked_in_at TEXT,
                checked_out_at TEXT,
                confirmed_half_hours BIGINT,
                confirmed_by TEXT REFERENCES accounts(id),
                confirmed_at TEXT,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX signups_once ON signups(activity_id, volunteer_id)",
            "CREATE INDEX signups_volunteer ON signups(volunteer_id, confirmed_at)",
            """
            CREATE TABLE time_bank_transfers (
                id TEXT PRIMARY KEY,
                community_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                from_account TEXT NOT NULL,
                to_account TEXT NOT NULL,
                amount BIGINT NOT NULL CHECK (amount > 0),
                reason TEXT NOT NULL,
                source TEXT UNIQUE,
                day TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX time_bank_from ON time_bank_transfers(from_account)",
            "CREATE INDEX time_bank_to ON time_bank_transfers(to_account)",
            """
            CREATE TABLE volunteer_settings (
                community_code TEXT PRIMARY KEY REFERENCES communities(code),
                star_hours TEXT NOT NULL,
                updated_by TEXT NOT NULL REFERENCES accounts(id),
                updated_at TEXT NOT NULL
            )
            """,
        ] + appendOnly("time_bank_transfers", prefix: "time_bank", on: engine)
    }
}
