extension Migration {
    /// A key for every create that is not a case (cases keep `idempotency_keys`): a visit a grid worker made offline
    /// and the phone sends again when the signal returns, a form tapped twice.
    static let formKeys = Migration(id: 23, name: "form keys") { _ in
        [
            """
            CREATE TABLE form_keys (
                owner TEXT NOT NULL,
                key TEXT NOT NULL,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (owner, key)
            )
            """
        ]
    }
}
