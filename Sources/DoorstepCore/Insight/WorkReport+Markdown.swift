extension WorkReport {
    /// The report in Markdown: each figure's definition a footnote, the section's figures a table.
    public var markdown: String {
        var lines = ["# \(title)", "", periodLine, ""]
        var notes: [String] = []
        for section in sections {
            lines += ["## \(section.title)", ""]
            for paragraph in section.paragraphs {
                var text = ""
                for run in paragraph {
                    text += run.text(language)
                    if case .figure(let value) = run {
                        notes.append(value.definition.definition.text(language))
                        text += "[^\(notes.count)]"
                    }
                }
                lines += [text, ""]
            }
            if !section.figures.isEmpty {
                lines += ["| \(words.figure) | \(words.current) | \(words.previous) |", "|---|---:|---:|"]
                for value in section.figures {
                    let kind = value.definition.kind
                    let name = value.definition.name.text(language) + (value.definition.isRate ? "" : unitSuffix(value))
                    let current = value.definition.isRate ? WorkReport.Run.figure(value).text(language) : value.current.text(kind)
                    lines.append("| \(name) | \(current) | \(value.previous?.text(kind) ?? "—") |")
                }
                lines.append("")
            }
            if let table = section.table {
                lines += ["| " + table.header.joined(separator: " | ") + " |", "|" + table.header.map { _ in "---" }.joined(separator: "|") + "|"]
                lines += table.rows.map { "| " + $0.joined(separator: " | ") + " |" }
                lines.append("")
            }
        }
        lines += notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 统计期：2025-12-01至2026-11-30.
    public var periodLine: String {
        ReportWording.periodLine.text(language).replacingOccurrences(of: "{@from}", with: period.first.description)
            .replacingOccurrences(of: "{@to}", with: period.last.description)
    }

    /// The table headings in the report's language.
    public var words: (figure: String, current: String, previous: String) {
        language == .en ? ("Figure", "This period", "Period before") : ("指标", "本期", "上期")
    }

    public func unitSuffix(_ value: FigureValue) -> String {
        let unit = value.definition.unit.text(language)
        return unit.isEmpty ? "" : (language == .en ? " (\(unit))" : "（\(unit)）")
    }
}
