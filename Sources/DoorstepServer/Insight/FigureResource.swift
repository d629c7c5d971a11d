import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// One figure as the API, exports and the report give it: what it is, its value for the period and the period
/// before, and a rate's two counts beside its percentage.
struct FigureResource: Encodable, Sendable {
    struct Amount: Encodable, Sendable {
        /// The count, the hours, or the percentage (one decimal; null for a share of nothing).
        var value: Double?
        var text: String
        var numerator: Int?
        var denominator: Int?

        init(_ count: FigureCount, _ kind: FigureKind) {
            value = count.number(kind)
            text = count.text(kind)
            if case .rate = kind {
                numerator = count.value
                denominator = count.denominator ?? 0
            }
        }
    }

    var key: FigureKey
    var section: ReportSection
    var name: String
    var unit: String
    var definition: String
    /// `count`, `hours` or `rate`.
    var kind: String
    /// `asAtEnd` or `duringPeriod`.
    var timing: FigureTiming
    var current: Amount
    var previous: Amount?

    init(_ value: FigureValue, _ language: Language) {
        let definition = value.definition
        key = value.key
        section = definition.section
        name = definition.name.text(language)
        unit = definition.unit.text(language)
        self.definition = definition.definition.text(language)
        kind =
            switch definition.kind {
            case .count: "count"
            case .halfHours: "hours"
            case .rate: "rate"
            }
        timing = definition.timing
        current = Amount(value.current, definition.kind)
        previous = value.previous.map { Amount($0, definition.kind) }
    }
}

/// Every figure of a territory for a period.
struct FiguresResource: ResponseEncodable, Sendable {
    struct Span: Encodable, Sendable {
        var from: String
        var to: String
    }

    var scope: String
    var name: String
    var period: Span
    var previousPeriod: Span
    var figures: [FigureResource]
    /// Counted on a read replica: the moment up to which its records hold; absent when counted on the primary.
    var asOf: Date?
}

/// The records behind one figure.
struct FigureRecordsResource: ResponseEncodable, Sendable {
    var key: FigureKey
    var part: FigurePart
    var scope: String
    var period: FiguresResource.Span
    var items: [FigureRecord]
}

extension ReportingPeriod {
    var span: FiguresResource.Span { FiguresResource.Span(from: first.description, to: last.description) }
}
