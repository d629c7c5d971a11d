import DoorstepCore
import Foundation
import Hummingbird

/// The page of the records one programme figure counted: the figure's name, unit and definition over the period, the
/// records newest first (at most `shown`), and the way back to the figures.
enum ProgrammeRecordsPage {
    static let shown = 1_000

    static func model(
        name: String, unit: String, definition: String, count: Int, records: [FigureRecord], period: ReportingPeriod, back: Link,
        note: String? = nil
    ) -> [String: Any] {
        [
            "measure": name, "unit": unit, "definition": definition, "count": count, "capped": records.count >= shown,
            "note": Display.shown(note), "period": "\(period.first) – \(period.last)",
            "back": "\(back)?from=\(period.first)&to=\(period.last)",
            "records": records.map { ["day": $0.day, "summary": $0.summary, "by": $0.by] },
        ]
    }
}
