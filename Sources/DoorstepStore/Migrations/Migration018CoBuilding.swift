extension Migration {
    /// Shared venues and their bookings, and joint meetings with the partners who attended. Micro-wishes keep the
    /// table migration 13 made; they gain the indexes their lists read by.
    static let coBuilding = Migration(id: 18, name: "venues, joint meetings") { _ in
        [
            """
            CREATE TABLE venues (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                partner_id TEXT REFERENCES partners(id),
                name TEXT NOT NULL,
                place TEXT NOT NULL,
                capacity BIGINT NOT NULL CHECK (capacity > 0),
                opening_hours TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX venues_name ON venues(community_code, name)",
            """
            CREATE TABLE venue_bookings (
                id TEXT PRIMARY KEY,
                venue_id TEXT NOT NULL REFERENCES venues(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                purpose TEXT NOT NULL,
                expected_people BIGINT NOT NULL CHECK (expected_people > 0),
                partner_id TEXT REFERENCES partners(id),
                booked_by TEXT NOT NULL REFERENCES accounts(id),
                booked_by_name TEXT NOT NULL,
                created_at TEXT NOT NULL,
                cancelled_at TEXT,
                cancelled_by TEXT REFERENCES accounts(id),
                CHECK (ends_at > starts_at)
            )
            """,
            "CREATE INDEX venue_bookings_venue ON venue_bookings(venue_id, starts_at)",
            "CREATE INDEX venue_bookings_community ON venue_bookings(community_code, starts_at)",
            """
            CREATE TABLE joint_meetings (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                agreement_id TEXT REFERENCES agreements(id),
                held_on TEXT NOT NULL,
                topic TEXT NOT NULL,
                minutes TEXT NOT NULL,
                decisions TEXT NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX joint_meetings_community ON joint_meetings(community_code, held_on)",
            """
            CREATE TABLE joint_meeting_partners (
                meeting_id TEXT NOT NULL REFERENCES joint_meetings(id),
                partner_id TEXT NOT NULL REFERENCES partners(id),
                position BIGINT NOT NULL,
                PRIMARY KEY (meeting_id, partner_id)
            )
            """,
            "CREATE INDEX joint_meeting_partners_partner ON joint_meeting_partners(partner_id)",
            "CREATE INDEX micro_wishes_grid ON micro_wishes(grid_code, posted_on)",
            "CREATE INDEX micro_wishes_claimer ON micro_wishes(claimed_by_account)",
        ]
    }
}
