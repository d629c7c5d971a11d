/// The health station's figures (健康驿站 每周义诊 服务 X 人次), counted from the records, never typed in. The words of
/// each definition (口径) are in the interface's catalogue under `definitionKey`; the counting is in the store, and
/// each figure comes with the records it counted.
public enum HealthMeasure: String, Sendable, Codable, CaseIterable, Hashable {
    /// Free-clinic sessions held on days of the period (场次).
    case sessions
    /// The people served at those sessions, added up (人次): a person served at two sessions counts twice.
    case served
    /// Individual health records written with consent on days of the period (份), withdrawn ones included.
    case consentedRecords

    /// The catalogue key of the figure's definition.
    public var definitionKey: String { "health_measure_\(rawValue)_definition" }
}

/// One health-station figure with the records behind it (the drill-down), for the caller's territory and a period.
public struct HealthFigure: Sendable, Codable, Equatable, Hashable {
    public var measure: HealthMeasure
    public var count: Int
    public var definitionKey: String
    /// The records counted, newest first, up to the store's limit; `count` is always the full count. A hospital's
    /// account gets counts of health records only, never the records.
    public var records: [FigureRecord]

    public init(measure: HealthMeasure, count: Int, records: [FigureRecord]) {
        self.measure = measure
        self.count = count
        self.definitionKey = measure.definitionKey
        self.records = records
    }
}
