extension Migration {
    /// Territory skeleton, accounts, sessions, tokens, login failures and the audit chain.
    static let foundation = Migration(id: 1, name: "foundation") { _ in
        [
            """
            CREATE TABLE streets (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE communities (
                code TEXT PRIMARY KEY,
                street_code TEXT NOT NULL REFERENCES streets(code),
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX communities_street ON communities(street_code)",
            """
            CREATE TABLE grids (
                code TEXT PRIMARY KEY,
                community_code TEXT NOT NULL REFERENCES communities(code),
                street_code TEXT NOT NULL REFERENCES streets(code),
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX grids_community ON grids(community_code)",
            "CREATE INDEX grids_street ON grids(street_code)",
            """
            CREATE TABLE accounts (
                id TEXT PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                scope_level TEXT NOT NULL,
                scope_code TEXT NOT NULL,
                street_code TEXT NOT NULL,
                community_code TEXT,
                grid_code TEXT,
                password_hash TEXT NOT NULL,
                language TEXT,
                totp_secret TEXT,
                totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
                totp_last_step BIGINT,
                locked_until TEXT,
                disabled BOOLEAN NOT NULL DEFAULT FALSE,
                created_at TEXT NOT NULL,
                password_changed_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX accounts_street ON accounts(street_code)",
            "CREATE INDEX accounts_community ON accounts(community_code)",
            """
            CREATE TABLE login_failures (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id),
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX login_failures_account ON login_failures(account_id, at)",
            """
            CREATE TABLE sessions (
                id_hash TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id),
                csrf_token TEXT NOT NULL,
                second_factor_pending BOOLEAN NOT NULL,
                created_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_account ON sessions(account_id)",
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id),
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT
            )
            """,
            "CREATE INDEX api_tokens_account ON api_tokens(account_id)",
            """
            CREATE TABLE audit_log (
                seq BIGINT PRIMARY KEY,
                at TEXT NOT NULL,
                actor_id TEXT,
                actor_name TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                territory_code TEXT,
                detail TEXT NOT NULL,
                reason TEXT,
                client_address TEXT,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_log_territory ON audit_log(territory_code, seq)",
            """
            CREATE TABLE audit_head (
                id BIGINT PRIMARY KEY,
                seq BIGINT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\(String(repeating: "0", count: 64))')",
        ]
    }
}
