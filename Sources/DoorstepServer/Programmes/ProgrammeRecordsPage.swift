import DoorstepCore
import Foundation
import Hummingbird

/// The page of the records one programme figure counted: the figure's name, unit and definition over the period, the
/// records newest first (at most `shown`), and the way back to the figures.
enum ProgrammeRecordsPage {
    static let shown = 1_000

    static func model(
        _ measure: some CatalogMeasure, count: Int, records: [FigureRecord], period: ReportingPeriod, back: Link, note: String? = nil,
        _ strings: Strings
    ) -> [String: Any] {
        [
            "measure": strings[measure.nameKey], "unit": strings.unit(measure.unitKey, count: count), "definition": strings[measure.definitionKey],
            "count": count, "capped": records.count >= shown, "note": Display.shown(note), "period": "\(period.first) – \(period.last)",
            "back": back.keeping(period),
            "records": records.map { ["day": $0.day, "summary": $0.summary, "by": $0.by] },
        ]
    }
}
