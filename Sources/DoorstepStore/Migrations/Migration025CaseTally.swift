extension Migration {
    /// The closed loop's figures kept counted by day and place (`Tally.cases`, decision 46), counted once from the
    /// cases already there. Its statements come from `Tally`: a later change to the measures is a new migration
    /// that drops the triggers, creates them again and recounts.
    static let caseTally = Migration(id: 25, name: "case tally") { engine in
        [Tally.cases.creation(on: engine)] + Tally.cases.triggers(on: engine) + Tally.cases.recount(on: engine)
    }
}
