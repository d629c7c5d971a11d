extension Migration {
    /// Triggers that refuse every UPDATE and DELETE on `table`, named `<prefix>_…`: on PostgreSQL through
    /// `doorstep_append_only()` (migration 11), on SQLite one trigger for each.
    static func appendOnly(_ table: String, prefix: String, on engine: Engine) -> [String] {
        engine == .postgres
            ? [
                """
                CREATE TRIGGER \(prefix)_append_only BEFORE UPDATE OR DELETE ON \(table)
                FOR EACH ROW EXECUTE FUNCTION doorstep_append_only()
                """
            ]
            : ["UPDATE", "DELETE"].map { statement in
                """
                CREATE TRIGGER \(prefix)_no_\(statement.lowercased()) BEFORE \(statement) ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END
                """
            }
    }
}
