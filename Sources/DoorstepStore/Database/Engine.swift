/// The SQL engine behind a database. Queries are written once for both; the few places that differ ask this.
public enum Engine: String, Sendable, CaseIterable {
    case sqlite
    case postgres
}
