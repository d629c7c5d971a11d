/// One named line, or one set of bars: a value per label, in the labels' order. `nil` means there is no figure for
/// that label (a month before the estate joined, a survey not yet run) and is drawn as a gap, never as a zero —
/// a zero is a figure, and a chart that invents one misleads the meeting it is shown to.
public struct ChartSeries: Sendable, Hashable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }

    /// The value for the label at `index`, or nil when there is none: missing, past the end of `values`, or not a
    /// number (an infinity or NaN from a division by nothing upstream is no figure either).
    func value(at index: Int) -> Double? {
        guard values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
        return value
    }
}
