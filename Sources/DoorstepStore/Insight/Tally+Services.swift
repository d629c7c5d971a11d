import DoorstepCore

extension Tally {
    /// Volunteer hours confirmed (half-hours summed), by the China day they were confirmed and the activity's
    /// community — `FigureRows.services(.volunteerHours)` in a tally. Sign-ups carry their activity's places for it
    /// (migration 29).
    static let volunteerHours = Tally(
        records: "signups", table: "volunteer_hours_tally",
        measures: [
            Measure(name: "volunteerHours", condition: "R.confirmed_half_hours IS NOT NULL", day: "confirmed_at", amount: "R.confirmed_half_hours")
        ],
        daysAreDates: false, conditionColumns: ["confirmed_half_hours"], places: ["community_code", "street_code"],
        terms: { key, _, period in key == .volunteerHours ? [.within(period, "volunteerHours")] : nil })
}
