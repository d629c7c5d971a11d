/// The aid projects' figures (X 个社会组织开展助老助残助困项目 X 个, 惠及 X 名居民), counted from the records. The words
/// of each definition (口径) are in the interface's catalogue under `definitionKey`.
public enum AidMeasure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Projects whose span shares at least one day with the period (个).
    case activeProjects
    /// Service records on days of the period (次).
    case services
    /// Distinct residents served by those services (名): a resident served ten times, or by two projects, counts once.
    case peopleReached

    /// The catalogue key of the figure's definition.
    public var definitionKey: String { "aid_measure_\(rawValue)_definition" }
}

/// One aid figure with the records behind it (the drill-down), for the caller's territory and a period. People
/// reached opens to the residents, masked.
public struct AidFigure: Sendable, Codable, Equatable, Hashable {
    public var measure: AidMeasure
    public var count: Int
    public var definitionKey: String
    /// The records counted, newest first, up to the store's limit; `count` is always the full count.
    public var records: [FigureRecord]

    public init(measure: AidMeasure, count: Int, records: [FigureRecord]) {
        self.measure = measure
        self.count = count
        self.definitionKey = measure.definitionKey
        self.records = records
    }
}
