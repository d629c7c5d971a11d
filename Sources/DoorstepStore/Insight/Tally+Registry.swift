import DoorstepCore

extension Tally {
    /// Households registered as at a day (`FigureRows` counts those made before the period's end), by the China day
    /// they were made and by month, so a count sums whole months and the last month's days.
    static let households = Tally(
        records: "households", table: "household_tally",
        measures: [Measure(name: "households", condition: "TRUE", day: "created_at", byMonth: true)],
        daysAreDates: false, conditionColumns: [],
        terms: { key, _, period in key == .households ? Term.asAtEnd(of: period, "households") : nil })
}
