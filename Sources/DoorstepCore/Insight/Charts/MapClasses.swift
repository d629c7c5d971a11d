/// Five equal steps from the lowest value on a map to the highest, each shaded a step darker, so a reader sees at a
/// glance which grids stand out. Equal intervals rather than quantiles because the legend then reads as plain
/// ranges a committee can repeat ("10 to 20"). A grid without a value belongs to no class: the map hatches it, so
/// "no data" never passes for "low".
public struct MapClasses: Sendable, Hashable {
    /// How many classes a map has.
    public static let count = 5
    /// Light to dark in one hue (ColorBrewer's Reds, the site's colour), each darker than the last, so the order
    /// survives a grey print.
    public static let fills = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"]

    /// The classes' edges, lowest first: `count + 1` of them, class `i` from `edges[i]` up to `edges[i + 1]` (the
    /// last class including its upper edge). Empty when no grid has a value.
    public let edges: [Double]

    /// The classes for these values; nil and non-numbers are left out.
    public init(values: [Double?]) {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        guard let lowest = known.min(), let highest = known.max() else {
            edges = []
            return
        }
        edges = Self.equalIntervals(from: lowest, to: highest)
    }

    /// `count + 1` edges splitting `lowest…highest` into equal steps; the last is `highest` exactly, so the highest
    /// value always falls in the last class.
    public static func equalIntervals(from lowest: Double, to highest: Double) -> [Double] {
        (0...count).map { index in
            index == count ? highest : lowest + (highest - lowest) * Double(index) / Double(count)
        }
    }

    /// Whether every value is the same, so there is one class to show rather than five empty ranges.
    public var isSingleValue: Bool {
        guard let first = edges.first, let last = edges.last else { return false }
        return first == last
    }

    /// The class a value falls in, 0 (lightest) to `count - 1` (darkest); a value on an edge belongs to the class
    /// above it. Nil for no value. When all values are the same they share the middle class, neither light nor dark.
    public func classIndex(of value: Double?) -> Int? {
        guard let value, value.isFinite, !edges.isEmpty else { return nil }
        if isSingleValue { return Self.count / 2 }
        for index in stride(from: Self.count - 1, through: 1, by: -1) where value >= edges[index] {
            return index
        }
        return 0
    }

    /// The colour for a value, or nil for none (the map hatches those).
    public func fill(for value: Double?) -> String? {
        classIndex(of: value).map { Self.fills[$0] }
    }

    /// Each class's colour and range for the legend, as printed: `10–20`; one entry when all values are the same.
    public var legend: [(fill: String, range: String)] {
        if edges.isEmpty { return [] }
        if isSingleValue { return [(Self.fills[Self.count / 2], edges[0].chartNumber)] }
        return (0..<Self.count).map { index in
            (Self.fills[index], edges[index].chartNumber + "–" + edges[index + 1].chartNumber)
        }
    }
}
