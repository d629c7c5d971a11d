extension Migration {
    /// Tries counted by username, address and public route instead of a lock on the account (issue 17): a lock
    /// anyone could set on any administrator, answered only for real accounts, is gone with its table and column.
    static let attempts = Migration(id: 22, name: "tries counted, locks gone") { _ in
        [
            """
            CREATE TABLE attempts (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                at TEXT NOT NULL
            )
            """,
            "CREATE INDEX attempts_key ON attempts(kind, key, at)",
            "DROP TABLE login_failures",
            "ALTER TABLE accounts DROP COLUMN locked_until",
        ]
    }
}
