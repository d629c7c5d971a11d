import DoorstepCore

extension Tally {
    /// The closed loop (decision 46): reported, opened and closed, due and closed on time, dispatched and responded,
    /// rated and solved and satisfied, and the problems solved. The open cases at a period's end are those opened
    /// before it less those of them closed before it, so those two sets are also kept by month, and the open count
    /// sums at most a few dozen months and a month's days.
    static let cases = Tally(
        records: "cases", table: "case_tally", measures: caseMeasures, daysAreDates: false,
        conditionColumns: ["merged_into", "state", "closed_at", "closed_on_time", "responded_in_time", "solved", "satisfaction"],
        terms: caseTerms)

    private static let opened = "R.merged_into IS NULL AND R.state NOT IN ('rejected', 'voided')"
    private static let due = "R.state NOT IN ('rejected', 'voided', 'shelved')"

    /// The sets, in the words of `FigureRows.loop`, `CaseRates.condition` and `PartyWorkFigures` (the figures'
    /// checks count them again from the cases, without the tally).
    private static let caseMeasures: [Measure] = [
        Measure(name: "reported", condition: "R.merged_into IS NULL", day: "created_at"),
        // Problems solved (S10) are the cases closed in the period, as `PartyWorkFigures` counts them for a place.
        Measure(name: "problemsSolved", condition: "R.state IN ('closed', 'evaluated')", day: "closed_at"),
        Measure(name: "opened", condition: opened, day: "created_at", byMonth: true),
        Measure(name: "closedOfOpened", condition: "\(opened) AND R.closed_at IS NOT NULL", day: "closed_at", byMonth: true),
        Measure(name: CaseSet.dueInPeriod.rawValue, condition: due, day: "deadline"),
        Measure(name: CaseSet.closedOfDue.rawValue, condition: "\(due) AND R.closed_at IS NOT NULL", day: "deadline"),
        Measure(name: CaseSet.closedOnTimeOfDue.rawValue, condition: "\(due) AND R.closed_on_time = TRUE", day: "deadline"),
        Measure(name: CaseSet.dispatchedInPeriod.rawValue, condition: "TRUE", day: "dispatched_at"),
        Measure(name: CaseSet.respondedInTimeOfDispatched.rawValue, condition: "R.responded_in_time = TRUE", day: "dispatched_at"),
        Measure(name: CaseSet.ratedInPeriod.rawValue, condition: "TRUE", day: "evaluated_at"),
        Measure(name: CaseSet.solvedOfRated.rawValue, condition: "R.solved = TRUE", day: "evaluated_at"),
        Measure(
            name: CaseSet.satisfiedOfRated.rawValue, condition: "R.satisfaction IN ('verySatisfied', 'satisfied')",
            day: "evaluated_at"),
    ]

    /// The loop's figures and the problems solved; not the rework rate, which counts history lines.
    private static func caseTerms(_ key: FigureKey, _ part: FigurePart, _ period: ReportingPeriod) -> [Term]? {
        let first = period.first.description, last = period.last.description
        func sets(_ metric: CaseMetric) -> [Term] {
            [Term(measure: (part == .value ? metric.numerator : metric.denominator).rawValue, subtract: false, from: first, through: last)]
        }
        switch key {
        case .casesReported: return [Term(measure: "reported", subtract: false, from: first, through: last)]
        case .problemsSolved: return [Term(measure: "problemsSolved", subtract: false, from: first, through: last)]
        case .openCases:
            // Opened before the period's end less those of them closed before it.
            return Term.asAtEnd(of: period, "opened") + Term.asAtEnd(of: period, "closedOfOpened", subtract: true)
        case .closedRate: return sets(.closedRate)
        case .onTimeRate: return sets(.onTimeRate)
        case .responseRate: return sets(.responseRate)
        case .resolutionRate: return sets(.resolutionRate)
        case .caseSatisfactionRate: return sets(.satisfactionRate)
        default: return nil
        }
    }
}
