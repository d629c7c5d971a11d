extension WorkReport {
    /// The report for a territory and period from the registry's values and the facts it names. A sentence whose
    /// figure is not counted at the territory's level, or whose name is unknown, is left out: nothing reads XX.
    public static func compose(
        territory: String, period: ReportingPeriod, values: [FigureValue], facts: ReportFacts, language: Language
    ) -> WorkReport {
        let byKey = Dictionary(values.map { ($0.key, $0) }) { first, _ in first }
        let separator = language == .en ? ", " : "、"
        var names: [String: String] = [
            "territory": territory, "end": period.last.description, "from": period.first.description, "to": period.last.description,
        ]
        for (key, list) in [("hospitals", facts.hospitals), ("schools", facts.schools), ("socialOrganisations", facts.socialOrganisations)]
        where !list.isEmpty {
            names[key] = list.joined(separator: separator)
        }
        func fill(_ template: Bilingual, extra: [String: String] = [:]) -> [Run]? {
            runs(template.text(language), byKey, names.merging(extra) { _, new in new })
        }
        var sections: [Section] = ReportSection.allCases.map { section in
            var paragraphs = (ReportWording.sentences[section] ?? []).compactMap { alternatives in
                alternatives.lazy.compactMap { fill($0) }.first
            }
            if section == .vanguard, let mediator = facts.mediator, mediator.count > 0,
                let line = fill(ReportWording.mediator, extra: ["name": mediator.name, "count": String(mediator.count)])
            {
                paragraphs.append(line)
            }
            if section == .satisfaction, let change = facts.satisfaction {
                let template = (change.after.tenths ?? 0) > (change.before.tenths ?? 0) ? ReportWording.satisfactionChange : ReportWording.satisfactionFall
                if let line = fill(
                    template,
                    extra: ["place": change.place, "before": change.before.textWithCounts(language), "after": change.after.textWithCounts(language)])
                {
                    paragraphs.insert(line, at: 0)
                }
            }
            return Section(
                id: section.rawValue, title: section.title.text(language), paragraphs: paragraphs,
                figures: FigureRegistry.section(section).compactMap { byKey[$0.key] }, table: nil)
        }
        if !facts.hotspots.isEmpty {
            sections.append(
                Section(
                    id: "hotspots", title: ReportWording.hotspotsTitle.text(language), paragraphs: [[.text(ReportWording.hotspots.text(language))]],
                    figures: [],
                    table: (
                        ReportWording.hotspotHeader.map { $0.text(language) },
                        facts.hotspots.map { [$0.place, CategoryCatalog.name($0.categoryName, in: language), String($0.cases), String($0.fromRepeatReporters)] }
                    )))
        }
        return WorkReport(
            title: ReportWording.title.text(language).replacingOccurrences(of: "{@territory}", with: territory), territory: territory,
            period: period, language: language, sections: sections.filter { !$0.paragraphs.isEmpty || !$0.figures.isEmpty })
    }

    /// A sentence's runs, or nil when a figure or name it needs is missing.
    static func runs(_ template: String, _ values: [FigureKey: FigureValue], _ names: [String: String]) -> [Run]? {
        var runs: [Run] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            if open > rest.startIndex { runs.append(.text(String(rest[..<open]))) }
            let placeholder = rest[rest.index(after: open)..<close]
            if placeholder.hasPrefix("@") {
                guard let name = names[String(placeholder.dropFirst())] else { return nil }
                runs.append(.name(name))
            } else {
                guard let key = FigureKey(rawValue: String(placeholder)), let value = values[key] else { return nil }
                runs.append(.figure(value))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { runs.append(.text(String(rest))) }
        return runs
    }

    /// The report's words without the runs' parts: for tests, Markdown and the CLI.
    public func plainText(_ section: Section) -> [String] {
        section.paragraphs.map { $0.map { $0.text(language) }.joined() }
    }
}
