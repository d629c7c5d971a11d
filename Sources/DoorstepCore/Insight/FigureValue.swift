/// What one figure counted for one territory and period: a count, a sum of half-hours, or a rate's two counts.
public struct FigureCount: Sendable, Hashable, Codable {
    /// The count, the half-hours, or the rate's numerator.
    public var value: Int
    /// The rate's denominator; nil for other figures.
    public var denominator: Int?

    public init(_ value: Int, of denominator: Int? = nil) {
        self.value = value
        self.denominator = denominator
    }

    /// The value as shown for its kind: `128`, `36.5` hours, `62.5%`.
    public func text(_ kind: FigureKind) -> String {
        switch kind {
        case .count: String(value)
        case .halfHours: HalfHours(value).text
        case .rate: Percentage(value, of: denominator ?? 0).text
        }
    }

    /// The value as a number for JSON and spreadsheets: the count, the hours, or the percentage (nil for a share of
    /// nothing).
    public func number(_ kind: FigureKind) -> Double? {
        switch kind {
        case .count: Double(value)
        case .halfHours: HalfHours(value).hours
        case .rate: Percentage(value, of: denominator ?? 0).percent
        }
    }
}

/// One figure for a territory and a period, with the same figure for the period just before, of the same length.
public struct FigureValue: Sendable, Hashable, Codable {
    public var key: FigureKey
    public var current: FigureCount
    public var previous: FigureCount?

    public init(key: FigureKey, current: FigureCount, previous: FigureCount? = nil) {
        self.key = key
        self.current = current
        self.previous = previous
    }

    public var definition: FigureDefinition { FigureRegistry.definition(key) }
}

extension ReportingPeriod {
    /// The period of the same number of days just before this one.
    public var previous: ReportingPeriod {
        let days = first.days(until: last)
        let last = first.adding(days: -1)
        return ReportingPeriod(first: last.adding(days: -days), last: last)
    }
}
