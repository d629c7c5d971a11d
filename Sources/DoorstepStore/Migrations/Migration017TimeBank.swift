extension Migration {
    /// The time bank's redemption catalogue: each community's items with their price in half-hours and the stock
    /// left (NULL when not counted, never below zero), and the redemptions made of them. A redemption keeps the
    /// item's name and the price as paid, and names the ledger transfer that paid for it, so a later change to the
    /// catalogue rewrites no history.
    static let timeBank = Migration(id: 17, name: "time bank redemptions") { _ in
        [
            """
            CREATE TABLE time_bank_items (
                id TEXT PRIMARY KEY,
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL REFERENCES communities(code),
                name TEXT NOT NULL,
                details TEXT NOT NULL,
                cost BIGINT NOT NULL CHECK (cost > 0),
                stock BIGINT CHECK (stock IS NULL OR stock >= 0),
                active BOOLEAN NOT NULL,
                created_by TEXT NOT NULL REFERENCES accounts(id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX time_bank_items_name ON time_bank_items(community_code, name)",
            """
            CREATE TABLE time_bank_redemptions (
                id TEXT PRIMARY KEY,
                community_code TEXT NOT NULL REFERENCES communities(code),
                item_id TEXT NOT NULL REFERENCES time_bank_items(id),
                item_name TEXT NOT NULL,
                volunteer_id TEXT NOT NULL REFERENCES volunteers(id),
                cost BIGINT NOT NULL CHECK (cost > 0),
                transfer_id TEXT NOT NULL UNIQUE REFERENCES time_bank_transfers(id),
                redeemed_at TEXT NOT NULL,
                handed_over_at TEXT,
                handed_over_by TEXT REFERENCES accounts(id)
            )
            """,
            "CREATE INDEX time_bank_redemptions_community ON time_bank_redemptions(community_code, redeemed_at)",
            "CREATE INDEX time_bank_redemptions_volunteer ON time_bank_redemptions(volunteer_id, redeemed_at)",
        ]
    }
}
