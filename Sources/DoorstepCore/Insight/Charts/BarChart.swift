/// Bars drawn as SVG on the server, lying down: the label on the left, the bar, and the value printed at its end.
/// Lying down because long Chinese names (estates, categories, partner organisations) then fit on a phone in one or
/// two lines instead of being turned on end; printing each value means no one reads a bar's length against an axis
/// to learn a number the caller already has. The value axis starts at 0 with round ticks below the bars.
public enum BarChart {
    /// As wide as a phone's screen in CSS pixels; the chart grows wider only if its values need the room.
    static let width = 360.0
    static let margin = 8.0
    static let labelSize = 13.0
    static let valueSize = 13.0
    static let noteSize = 12.0
    static let tickSize = 12.0
    static let lineHeight = 16.0
    static let barThickness = 18.0
    /// At most this share of the width goes to labels; longer ones wrap to a second line, then end in `…`.
    static let labelShare = 0.38
    /// The least room the bars themselves keep, however long the values and notes.
    static let minimumPlot = 100.0
    static let fill = "#6d9bd6"
    static let outline = "#0b5cad"
    static let highlightFill = "#b42318"
    static let highlightOutline = "#1f2328"

    /// One bar per entry of `bars`, top to bottom in the order given, each `value` printed with `unit` and `note`
    /// (a count behind a rate, say) after it. The bar at `highlight` (this estate among its neighbours) is drawn
    /// darker, outlined and with its label in bold, so it stands out in grey too. A negative value is printed as it
    /// is with a bar of no length.
    public static func svg(
        title: String, description: String, bars: [(label: String, value: Double, note: String?)], unit: String,
        highlight: Int? = nil
    ) -> String {
        let id = ChartFrame.identifier(kind: "bar", title: title, description: description)
        let values = bars.map { $0.value }.filter(\.isFinite)
        let scale = ChartScale(maximum: values.max() ?? 0, wholeSteps: values.allSatisfy { $0 == $0.rounded() })
        let texts = bars.map { ChartText.value($0.value, unit: unit) }
        let valueWidths = bars.indices.map { valueWidth(texts[$0], note: bars[$0].note, size: valueSize) }
        let columns = Columns(labels: bars.map { $0.label }, valueWidth: valueWidths.max() ?? 0)
        let span = columns.plotRight - columns.plotLeft

        var rows = ""
        var y = margin
        for (index, bar) in bars.enumerated() {
            let wrapped = ChartText.wrap(bar.label, width: columns.label, size: labelSize, maxLines: 2)
            let rowHeight = max(Double(wrapped.lines.count) * lineHeight, barThickness) + 10
            let centre = y + rowHeight / 2
            let marked = index == highlight
            rows += label(wrapped, full: bar.label, right: columns.plotLeft - 8, centre: centre, bold: marked)
            let length = scale.fraction(bar.value) * span
            let note = bar.note.map { " " + $0 } ?? ""
            rows += SVGMarkup.element(
                "rect",
                [
                    "class": marked ? "bar highlight" : "bar",
                    "x": columns.plotLeft.chartNumber, "y": (centre - barThickness / 2).chartNumber,
                    "width": length.chartNumber, "height": barThickness.chartNumber,
                    "fill": marked ? highlightFill : fill, "stroke": marked ? highlightOutline : outline,
                    "stroke-width": marked ? "2" : "1",
                ],
                SVGMarkup.tooltip(bar.label + " " + texts[index] + note)
            )
            rows += valueLabel(
                texts[index], note: bar.note, x: columns.plotLeft + length + 5, centre: centre, size: valueSize, bold: marked
            )
            y += rowHeight
        }

        let valueAxis = Self.axis(scale, left: columns.plotLeft, right: columns.plotRight, top: margin, bottom: y, unit: unit)
        return ChartFrame.svg(
            id: id, kind: "bar", title: title, description: description, width: columns.width,
            height: y + valueAxis.depth + margin, content: valueAxis.markup + SVGMarkup.element("g", ["class": "bars"], rows)
        )
    }

    /// Where the labels end and the bars begin and end, and how wide the chart is.
    struct Columns {
        /// The labels' column: as wide as the longest label, but no more than `labelShare` of the chart.
        let label: Double
        let plotLeft: Double
        let plotRight: Double
        let width: Double

        init(labels: [String], valueWidth: Double) {
            // A little extra for a bold (highlighted) label.
            let natural = labels.map { ChartText.width($0, size: BarChart.labelSize) * 1.05 }.max() ?? 0
            let column = min(natural, (BarChart.width * BarChart.labelShare).rounded())
            let left = BarChart.margin + column + 8
            let total = max(BarChart.width, left + BarChart.minimumPlot + valueWidth + 6 + BarChart.margin)
            label = column
            plotLeft = left
            width = total
            plotRight = total - BarChart.margin - valueWidth - 6
        }
    }

    /// How wide a printed value and its note set, with a little extra in case it is bold.
    static func valueWidth(_ text: String, note: String?, size: Double) -> Double {
        ChartText.width(text, size: size) * 1.05 + (note.map { 5 + ChartText.width($0, size: noteSize) } ?? 0)
    }

    /// A label right-aligned against the bars, one `<tspan>` a line, centred on its row; a shortened one keeps its
    /// whole text as a tooltip.
    static func label(_ wrapped: (lines: [String], truncated: Bool), full: String, right: Double, centre: Double, bold: Bool) -> String {
        let first = centre - Double(wrapped.lines.count - 1) * lineHeight / 2 + labelSize * 0.35
        var content = ""
        for (index, line) in wrapped.lines.enumerated() {
            content += SVGMarkup.element(
                "tspan", ["x": right.chartNumber, "y": (first + Double(index) * lineHeight).chartNumber], ChartText.escape(line)
            )
        }
        if wrapped.truncated { content += SVGMarkup.tooltip(full) }
        return SVGMarkup.element(
            "text", ["class": "label", "text-anchor": "end", "font-size": "13", "font-weight": bold ? "700" : nil], content
        )
    }

    /// A value printed just past its bar's end, its note after it in a quieter grey.
    static func valueLabel(_ text: String, note: String?, x: Double, centre: Double, size: Double, bold: Bool) -> String {
        var content = ChartText.escape(text)
        if let note, !note.isEmpty {
            content += SVGMarkup.element(
                "tspan",
                ["class": "note", "dx": "5", "font-size": noteSize.chartNumber, "font-weight": "400", "fill": ChartStyle.muted],
                ChartText.escape(note)
            )
        }
        return SVGMarkup.element(
            "text",
            [
                "class": "value", "x": x.chartNumber, "y": (centre + size * 0.35).chartNumber, "font-size": size.chartNumber,
                "font-weight": bold ? "700" : nil,
            ],
            content
        )
    }

    /// The value axis under the bars: a gridline at each tick from `top` to `bottom` (dark at 0), the tick values
    /// below (every other one if they would crowd), and the unit under the axis's end. Returns the markup and how far
    /// below `bottom` it reaches.
    static func axis(_ scale: ChartScale, left: Double, right: Double, top: Double, bottom: Double, unit: String) -> (markup: String, depth: Double) {
        let span = right - left
        let texts = scale.ticks.map(\.chartNumber)
        let widest = texts.map { ChartText.width($0, size: tickSize) }.max() ?? 0
        let spacing = span / Double(max(scale.intervals, 1))
        let every = spacing >= widest + 6 ? 1 : 2
        var markup = ""
        for (index, (tick, text)) in zip(scale.ticks, texts).enumerated() {
            let x = (left + scale.fraction(tick) * span).chartNumber
            markup += SVGMarkup.element(
                "line",
                [
                    "x1": x, "y1": top.chartNumber, "x2": x, "y2": bottom.chartNumber,
                    "stroke": tick == 0 ? ChartStyle.ink : ChartStyle.rule, "stroke-width": "1",
                ]
            )
            guard index % every == 0 else { continue }
            markup += SVGMarkup.text(
                text, ["x": x, "y": (bottom + 4 + tickSize).chartNumber, "text-anchor": "middle", "fill": ChartStyle.muted]
            )
        }
        var depth = 4 + tickSize + 4
        if !unit.isEmpty {
            markup += SVGMarkup.text(
                unit,
                [
                    "class": "unit", "x": right.chartNumber, "y": (bottom + depth + tickSize).chartNumber,
                    "text-anchor": "end", "fill": ChartStyle.muted,
                ]
            )
            depth += tickSize + 4
        }
        return (SVGMarkup.element("g", ["class": "axis"], markup), depth)
    }
}
