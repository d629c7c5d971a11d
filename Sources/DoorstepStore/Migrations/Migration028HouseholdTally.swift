extension Migration {
    /// Households kept counted by the day they were made, for counts as at a day (`Tally.households`), counted once
    /// from the households already there.
    static let householdTally = Migration(id: 28, name: "household tally") { engine in
        [Tally.households.creation(on: engine)] + Tally.households.triggers(on: engine) + Tally.households.recount(on: engine)
    }
}
