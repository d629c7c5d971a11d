extension Migration {
    /// Days of the work calendar set by hand over the shipped years: a new year from the State Council's notice, or
    /// a local change. One row per day; the latest setting wins.
    static let workCalendar = Migration(id: 10, name: "work calendar") { _ in
        [
            """
            CREATE TABLE calendar_days (
                day TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                set_by TEXT NOT NULL REFERENCES accounts(id),
                set_at TEXT NOT NULL
            )
            """
        ]
    }
}
