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

extension ReportFormats {
    /// The report as one HTML file to keep or send (the command line's `--format html`): the same words, footnotes
    /// and tables as the page, with its own small stylesheet.
    public static func html(_ report: WorkReport) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var body = "<h1>\(escape(report.title))</h1>\n<p class=\"period\">\(escape(report.periodLine))</p>\n"
        var note = 0
        for section in report.sections {
            body += "<h2>\(escape(section.title))</h2>\n"
            var notes: [String] = []
            for paragraph in section.paragraphs {
                body += "<p>"
                for run in paragraph {
                    body += escape(run.text(report.language))
                    if case .figure(let value) = run {
                        note += 1
                        notes.append("<li value=\"\(note)\">\(escape(value.definition.definition.text(report.language)))</li>")
                        body += "<sup>\(note)</sup>"
                    }
                }
                body += "</p>\n"
            }
            let words = report.words
            if !section.figures.isEmpty {
                body += "<table><thead><tr><th>\(words.figure)</th><th>\(words.current)</th><th>\(words.previous)</th></tr></thead><tbody>"
                for value in section.figures {
                    let kind = value.definition.kind
                    let name = value.definition.name.text(report.language) + (value.definition.isRate ? "" : report.unitSuffix(value))
                    let current = value.definition.isRate ? WorkReport.Run.figure(value).text(report.language) : value.current.text(kind)
                    body += "<tr><td>\(escape(name))</td><td>\(escape(current))</td><td>\(escape(value.previous?.text(kind) ?? "—"))</td></tr>"
                }
                body += "</tbody></table>\n"
            }
            if let table = section.table {
                body += "<table><thead><tr>" + table.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
                body += table.rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>\n"
            }
            if !notes.isEmpty { body += "<ol class=\"notes\">\(notes.joined())</ol>\n" }
        }
        return """
            <!doctype html>
            <html lang="\(report.language.rawValue)"><head><meta charset="utf-8"><title>\(escape(report.title))</title>
            <style>body{font-family:"FangSong","STFangsong","Noto Serif CJK SC",serif;max-width:46em;margin:2em auto;line-height:1.9}
            h1,.period{text-align:center}p{text-indent:2em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 8px}
            .notes{font-size:.85em;color:#333}@page{size:A4;margin:22mm 18mm}</style></head>
            <body>
            \(body)</body></html>
            """
    }
}
