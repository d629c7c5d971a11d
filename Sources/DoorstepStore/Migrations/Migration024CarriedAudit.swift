extension Migration {
    /// Audit rows carried in from a street's own database (`doorstep migrate-to`): each row joins this database's
    /// chain at a new place, and keeps here the place and links it had, so the street's old chain — and the anchors
    /// kept outside it — can still be checked with its old key file. Append-only, as the chain is.
    static let carriedAudit = Migration(id: 24, name: "carried audit rows") { engine in
        [
            """
            CREATE TABLE carried_audit_rows (
                seq BIGINT PRIMARY KEY REFERENCES audit_log(seq),
                carry_id TEXT NOT NULL,
                source_seq BIGINT NOT NULL,
                source_prev_hash TEXT NOT NULL,
                source_hash TEXT NOT NULL,
                UNIQUE (carry_id, source_seq)
            )
            """
        ] + appendOnly("carried_audit_rows", prefix: "carried_audit_rows", on: engine)
    }
}
