extension BarChart {
    static let groupedValueSize = 12.0
    static let groupedThickness = 14.0
    static let groupedGap = 3.0

    /// Bars in groups, one group per label and one bar per series within it, lying down like `svg`'s: satisfaction
    /// before and after by estate (two series), or cases by category and state (several). Each series has its own
    /// colour and pattern, named in a legend above, and every bar's value is printed at its end; a label without a
    /// figure for a series gets `—` where the bar would be, never a bar of zero.
    public static func grouped(title: String, description: String, labels: [String], series: [ChartSeries], unit: String) -> String {
        let id = ChartFrame.identifier(kind: "grouped", title: title, description: description)
        let count = labels.count
        let values = series.flatMap { entry in (0..<count).compactMap { entry.value(at: $0) } }
        let scale = ChartScale(maximum: values.max() ?? 0, wholeSteps: values.allSatisfy { $0 == $0.rounded() })
        let texts: [[String?]] = series.map { entry in
            (0..<count).map { index in entry.value(at: index).map { ChartText.value($0, unit: unit) } }
        }
        let widest = texts.joined().map { text in valueWidth(text ?? "—", note: nil, size: groupedValueSize) }.max() ?? 0
        let columns = Columns(labels: labels, valueWidth: widest)
        let span = columns.plotRight - columns.plotLeft

        // The legend: a swatch of each series' fill and its name.
        var body = ""
        let swatch = 16.0
        let names = series.map { ChartText.fit($0.name, width: columns.width - 2 * margin - swatch - 6, size: labelSize) }
        let legend = ChartLegend.layout(
            widths: names.map { swatch + 6 + ChartText.width($0, size: labelSize) },
            left: margin, top: margin, right: columns.width - margin
        )
        for (index, origin) in legend.origins.enumerated() {
            let style = BarFill.at(index)
            let middle = origin.y + ChartLegend.rowHeight / 2
            let key = SVGMarkup.element(
                "rect",
                [
                    "x": origin.x.chartNumber, "y": (middle - 6).chartNumber, "width": swatch.chartNumber, "height": "12",
                    "fill": style.paint(chart: id, index: index), "stroke": style.ink, "stroke-width": "1",
                ]
            )
            let name = SVGMarkup.text(
                names[index],
                ["x": (origin.x + swatch + 6).chartNumber, "y": (middle + labelSize * 0.35).chartNumber, "font-size": "13"]
            )
            body += SVGMarkup.element("g", ["class": "key"], key + name)
        }

        // The groups.
        let plotTop = margin + legend.height + (legend.height > 0 ? 6 : 0)
        let block = Double(series.count) * groupedThickness + Double(max(series.count - 1, 0)) * groupedGap
        var rows = ""
        var y = plotTop
        for (group, text) in labels.enumerated() {
            let wrapped = ChartText.wrap(text, width: columns.label, size: labelSize, maxLines: 2)
            let groupHeight = max(Double(wrapped.lines.count) * lineHeight, block) + 12
            rows += label(wrapped, full: text, right: columns.plotLeft - 8, centre: y + groupHeight / 2, bold: false)
            var barTop = y + (groupHeight - block) / 2
            for (index, entry) in series.enumerated() {
                let centre = barTop + groupedThickness / 2
                if let value = entry.value(at: group), let printed = texts[index][group] {
                    let style = BarFill.at(index)
                    let length = scale.fraction(value) * span
                    rows += SVGMarkup.element(
                        "rect",
                        [
                            "class": "bar series-\(index + 1)",
                            "x": columns.plotLeft.chartNumber, "y": barTop.chartNumber,
                            "width": length.chartNumber, "height": groupedThickness.chartNumber,
                            "fill": style.paint(chart: id, index: index), "stroke": style.ink, "stroke-width": "1",
                        ],
                        SVGMarkup.tooltip(text + " " + entry.name + " " + printed)
                    )
                    rows += valueLabel(
                        printed, note: nil, x: columns.plotLeft + length + 5, centre: centre, size: groupedValueSize, bold: false
                    )
                } else {
                    rows += SVGMarkup.text(
                        "—",
                        [
                            "class": "value no-data", "x": (columns.plotLeft + 5).chartNumber,
                            "y": (centre + groupedValueSize * 0.35).chartNumber, "font-size": groupedValueSize.chartNumber,
                            "fill": ChartStyle.muted,
                        ]
                    )
                }
                barTop += groupedThickness + groupedGap
            }
            y += groupHeight
        }

        let valueAxis = Self.axis(scale, left: columns.plotLeft, right: columns.plotRight, top: plotTop, bottom: y, unit: unit)
        let definitions = series.indices.prefix(BarFill.all.count).map { BarFill.at($0).definition(chart: id, index: $0) }.joined()
        return ChartFrame.svg(
            id: id, kind: "grouped", title: title, description: description, width: columns.width,
            height: y + valueAxis.depth + margin, definitions: definitions,
            content: body + valueAxis.markup + SVGMarkup.element("g", ["class": "bars"], rows)
        )
    }
}
