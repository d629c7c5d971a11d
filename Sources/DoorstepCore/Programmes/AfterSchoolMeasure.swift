/// The after-school class's figures (四点半课堂 惠及 X 个双职工家庭的孩子), counted from the records, never typed in.
/// The words of each definition (口径) are in the interface's catalogue under `afterschool_measure_<id>_…`; the
/// counting is in the store, and each figure comes with the records it counted.
public enum AfterSchoolMeasure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Children enrolled on the last day of the period and not withdrawn by then (名).
    case enrolled
    /// Arrivals recorded on days of the period, one per child and day (人次).
    case attendance
    /// Signed hand-overs at pick-up on days of the period (次).
    case handOvers
}

/// One figure with the records behind it (the drill-down), for the caller's territory and a period.
public struct AfterSchoolFigure: Sendable, Codable, Equatable, Hashable {
    public var measure: AfterSchoolMeasure
    public var count: Int
    /// The records counted, newest first, up to the store's limit; `count` is always the full count.
    public var records: [FigureRecord]

    public init(measure: AfterSchoolMeasure, count: Int, records: [FigureRecord]) {
        self.measure = measure
        self.count = count
        self.records = records
    }
}
