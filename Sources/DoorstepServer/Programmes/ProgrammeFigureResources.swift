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
