import DoorstepCore

extension Tally {
    /// Households visited (S10), by the day of the visit — `PartyWorkFigures.rows(.visits)` in a tally.
    static let visits = Tally(
        records: "visits", table: "visit_tally", measures: [Measure(name: "visits", condition: "TRUE", day: "visited_on")],
        daysAreDates: true, conditionColumns: [], terms: { key, _, period in key == .visits ? [.within(period, "visits")] : nil })

    /// Opinions collected (S10), by the day they were collected — `PartyWorkFigures.rows(.opinions)` in a tally.
    static let opinions = Tally(
        records: "opinions", table: "opinion_tally",
        measures: [Measure(name: "opinions", condition: "TRUE", day: "collected_on")],
        daysAreDates: true, conditionColumns: [], terms: { key, _, period in key == .opinions ? [.within(period, "opinions")] : nil })
}
