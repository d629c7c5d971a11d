import DoorstepCore
import DoorstepExchange
import Foundation

/// The work report as a Word document offices send upward: the title, the period and territory on every page, the
/// figures' definitions as footnotes, each section's figures as a table.
public enum ReportFormats {
    public static func docx(_ report: WorkReport) -> Data {
        var blocks: [WordBlock] = [.paragraph(report.periodLine)]
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        for (index, section) in report.sections.enumerated() {
            let number = report.language == .en || index >= numerals.count ? "\(index + 1). " : numerals[index] + "、"
            blocks.append(.heading(level: 1, text: number + section.title))
            for paragraph in section.paragraphs {
                blocks.append(
                    .paragraph(
                        paragraph.map { run -> WordRun in
                            switch run {
                            case .figure(let value):
                                WordRun(run.text(report.language), bold: true, footnote: value.definition.definition.text(report.language))
                            default:
                                WordRun(run.text(report.language))
                            }
                        }))
            }
            if !section.figures.isEmpty {
                let words = report.words
                blocks.append(
                    .table(
                        header: [words.figure, words.current, words.previous],
                        rows: section.figures.map { value in
                            let kind = value.definition.kind
                            return [
                                value.definition.name.text(report.language) + (value.definition.isRate ? "" : report.unitSuffix(value)),
                                value.definition.isRate ? WorkReport.Run.figure(value).text(report.language) : value.current.text(kind),
                                value.previous?.text(kind) ?? "—",
                            ]
                        }))
            }
            if let table = section.table { blocks.append(.table(header: table.header, rows: table.rows)) }
        }
        return WordWriter.docx(
            WordDocument(
                title: report.title, header: "\(report.territory) · \(report.period.first) – \(report.period.last)",
                footerPageNumbers: true, language: report.language == .en ? "en" : "zh-CN", blocks: blocks))
    }
}
