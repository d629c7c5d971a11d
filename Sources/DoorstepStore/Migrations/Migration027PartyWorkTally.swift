extension Migration {
    /// Visits and opinions kept counted by day and place (`Tally.visits`, `Tally.opinions`, decision 48), counted
    /// once from the records already there.
    static let partyWorkTally = Migration(id: 27, name: "visits and opinions tally") { engine in
        [Tally.visits, Tally.opinions].flatMap { tally in
            [tally.creation(on: engine)] + tally.triggers(on: engine) + tally.recount(on: engine)
        }
    }
}
