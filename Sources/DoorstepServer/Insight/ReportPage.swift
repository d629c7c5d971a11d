import DoorstepCore
import Foundation

/// The report's page model: each figure in a sentence links to its records and carries a footnote number whose
/// note, under the section, is the figure's definition; each section's figures follow as a table.
enum ReportPage {
    static func model(_ report: WorkReport, _ query: FigureQuery) -> [String: Any] {
        var note = 0
        let sections: [[String: Any]] = report.sections.map { section in
            var notes: [[String: Any]] = []
            let paragraphs = section.paragraphs.map { runs -> [String: Any] in
                ["runs": runs.map { run -> [String: Any] in
                    guard case .figure(let value) = run else { return ["text": run.text(report.language)] }
                    note += 1
                    notes.append(["number": note, "text": value.definition.definition.text(report.language)])
                    return [
                        "text": run.text(report.language), "note": note, "key": value.key.rawValue,
                        "href": FiguresRoute.records.path(value.key.rawValue).keeping(query),
                    ]
                }]
            }
            var model: [String: Any] = [
                "id": section.id, "title": section.title, "paragraphs": paragraphs, "notes": notes,
                "figures": section.figures.map { FigureDisplay.model($0, query, report.language) },
            ]
            if let table = section.table { model["table"] = ["header": table.header, "rows": table.rows.map { ["cells": $0] }] }
            return model
        }
        return ["title": report.title, "period": report.periodLine, "territory": report.territory, "sections": sections]
    }
}
