extension Migration {
    /// Mediation of dispute cases: the mediator, the parties (names sealed), the sittings and the outcome with the
    /// agreement (sealed).
    static let mediation = Migration(id: 9, name: "mediation") { _ in
        [
            """
            CREATE TABLE mediations (
                case_id TEXT PRIMARY KEY REFERENCES cases(id),
                street_code TEXT NOT NULL,
                community_code TEXT NOT NULL,
                grid_code TEXT,
                mediator_name TEXT NOT NULL,
                mediator_member_id TEXT REFERENCES party_members(id),
                outcome TEXT,
                agreement_sealed TEXT,
                concluded_at TEXT,
                started_by TEXT NOT NULL REFERENCES accounts(id),
                started_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX mediations_community ON mediations(community_code, started_at)",
            "CREATE INDEX mediations_concluded ON mediations(community_code, concluded_at)",
            """
            CREATE TABLE mediation_parties (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES mediations(case_id),
                position BIGINT NOT NULL,
                name_sealed TEXT NOT NULL,
                name_masked TEXT NOT NULL,
                side TEXT NOT NULL,
                resident_id TEXT REFERENCES residents(id)
            )
            """,
            "CREATE INDEX mediation_parties_case ON mediation_parties(case_id, position)",
            """
            CREATE TABLE mediation_sessions (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES mediations(case_id),
                held_on TEXT NOT NULL,
                place TEXT NOT NULL,
                notes TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX mediation_sessions_case ON mediation_sessions(case_id, held_on)",
        ]
    }
}
