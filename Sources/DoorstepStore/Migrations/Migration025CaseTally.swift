extension Migration {
    /// The closed loop's figures kept counted by day and place (`CaseTally`, decision 46), counted once from the
    /// cases already there. Its statements come from `CaseTally`: a later change to the measures is a new migration
    /// that drops the triggers, creates them again and recounts.
    static let caseTally = Migration(id: 25, name: "case tally") { engine in
        [
            """
            CREATE TABLE case_tally (
                place TEXT NOT NULL,
                measure TEXT NOT NULL,
                day TEXT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (place, measure, day)
            )\(engine == .sqlite ? " WITHOUT ROWID" : "")
            """
        ] + CaseTally.triggers(on: engine) + CaseTally.recount(on: engine)
    }
}
