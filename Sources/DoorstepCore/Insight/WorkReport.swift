/// The live work report (S19): the lecture's parts in Doorstep's own words, every number taken from the registry
/// with its definition as a footnote, for a territory and a period. Composed here from values and facts; the server
/// writes it as a page, Markdown or Word.
public struct WorkReport: Sendable {
    public var title: String
    public var territory: String
    public var period: ReportingPeriod
    public var language: Language
    public var sections: [Section]

    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var paragraphs: [[Run]]
        /// The section's figures as a table.
        public var figures: [FigureValue]
        /// Extra rows a section lists (recurring problems): a header and rows of text.
        public var table: (header: [String], rows: [[String]])?
    }

    /// A piece of a sentence: words, a figure (with its footnote), or a name.
    public enum Run: Sendable {
        case text(String)
        case figure(FigureValue)
        case name(String)
    }
}

/// What the report names beyond its figures: partners by name, members who consented to be shown, the place whose
/// satisfaction was measured twice, and where problems recur.
public struct ReportFacts: Sendable {
    public var hospitals: [String] = []
    public var schools: [String] = []
    public var socialOrganisations: [String] = []
    /// A member shown as an example, with consent, and the disputes they settled in the period.
    public var mediator: (name: String, count: Int)?
    /// The same place measured twice in the period: its name and the two rates.
    public var satisfaction: (place: String, before: Percentage, after: Percentage)?
    public var hotspots: [Hotspot] = []

    public init() {}
}

extension WorkReport.Run {
    /// The run as plain text in the report's language: a figure as its value with its unit.
    public func text(_ language: Language) -> String {
        switch self {
        case .text(let text), .name(let text): return text
        case .figure(let value):
            let definition = value.definition
            switch definition.kind {
            case .rate:
                return Percentage(value.current.value, of: value.current.denominator ?? 0).textWithCounts(language)
            default:
                let number = value.current.text(definition.kind)
                let unit = definition.unit.text(language)
                return language == .en ? (unit.isEmpty ? number : "\(number) \(unit)") : number + unit
            }
        }
    }
}
