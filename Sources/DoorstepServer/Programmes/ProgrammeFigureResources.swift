import DoorstepCore
import Hummingbird

/// One figure of a service programme over JSON — after-school class, health station, aid projects — with its name,
/// unit, definition (and the catalogue key the definition is under) and what it counted, newest first.
struct ProgrammeFigure<Measure: Encodable & Sendable>: Encodable, Sendable {
    var measure: Measure
    var name: String
    var unit: String
    var definitionKey: String
    var definition: String
    var count: Int
    /// What the figure counted, newest first (at most 200 in a list of figures; `count` is the whole).
    var records: [FigureRecord]
}

/// A programme's figures for a period.
struct ProgrammeFigures<Measure: Encodable & Sendable>: ResponseEncodable, Sendable {
    var from: String
    var to: String
    var figures: [ProgrammeFigure<Measure>]
}

/// One figure with every record it counted, for the drill-down.
struct ProgrammeFigureRecords<Measure: Encodable & Sendable>: ResponseEncodable, Sendable {
    var from: String
    var to: String
    var figure: ProgrammeFigure<Measure>
}

extension ProgrammeFigure where Measure: CatalogMeasure {
    init(_ measure: Measure, count: Int, records: [FigureRecord], _ strings: Strings) {
        self.init(
            measure: measure, name: strings[measure.nameKey], unit: strings[measure.unitKey], definitionKey: measure.definitionKey,
            definition: strings[measure.definitionKey], count: count, records: records)
    }
}

extension ProgrammeFigures where Measure: CatalogMeasure {
    /// A programme's figures for the period, each with the records it counted.
    init(_ period: ReportingPeriod, _ figures: [(Measure, Int, [FigureRecord])], _ strings: Strings) {
        self.init(
            from: period.first.description, to: period.last.description,
            figures: figures.map { ProgrammeFigure($0.0, count: $0.1, records: $0.2, strings) })
    }
}

extension ProgrammeFigureRecords where Measure: CatalogMeasure {
    init(_ period: ReportingPeriod, _ measure: Measure, count: Int, records: [FigureRecord], _ strings: Strings) {
        self.init(
            from: period.first.description, to: period.last.description,
            figure: ProgrammeFigure(measure, count: count, records: records, strings))
    }
}
