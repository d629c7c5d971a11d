/// A monthly trend drawn as SVG on the server: one line per series over labels such as "12月", "1月", … on a value
/// axis from 0, each line with its own colour, dash and marker shape and named in a legend above the plot, so the
/// chart reads in a grey print and on a 360-pixel phone. A month without a figure is a gap in the line, with no
/// marker; every marker carries a tooltip with its series, label and value. The page shows the same numbers in a
/// table beside the chart, which is where a screen reader finds them.
public enum LineChart {
    /// As wide as a phone's screen in CSS pixels, so 12-unit text reads at about 12 px there.
    static let width = 360.0
    static let margin = 8.0
    static let plotHeight = 180.0
    static let tickSize = 12.0
    static let labelSize = 12.0
    static let legendSize = 13.0
    /// The longest a month label may be before it is shortened.
    static let labelLimit = 90.0

    /// The chart for `series` (each value one per label, `nil` for none) over `labels`, with `unit` above the axis.
    /// Values beyond the labels are ignored; negative values sit on the axis at 0.
    public static func svg(title: String, description: String, labels: [String], series: [ChartSeries], unit: String) -> String {
        let id = ChartFrame.identifier(kind: "line", title: title, description: description)
        let count = labels.count
        let values = series.flatMap { entry in (0..<count).compactMap { entry.value(at: $0) } }
        let scale = ChartScale(maximum: values.max() ?? 0, wholeSteps: values.allSatisfy { $0 == $0.rounded() })
        var body = ""

        // The legend, above the plot where a reader looks first.
        let keyWidth = 30.0
        let names = series.map { ChartText.fit($0.name, width: width - 2 * margin - keyWidth - 6, size: legendSize) }
        let legend = ChartLegend.layout(
            widths: names.map { keyWidth + 6 + ChartText.width($0, size: legendSize) },
            left: margin, top: margin, right: width - margin
        )
        for (index, origin) in legend.origins.enumerated() {
            let style = LineStyle(index)
            let middle = origin.y + ChartLegend.rowHeight / 2
            let sample = SVGMarkup.element(
                "line",
                [
                    "x1": origin.x.chartNumber, "y1": middle.chartNumber, "x2": (origin.x + keyWidth).chartNumber,
                    "y2": middle.chartNumber, "stroke": style.colour, "stroke-width": "2.5", "stroke-dasharray": style.dash,
                ]
            )
            let marker = style.marker.svg(x: origin.x + keyWidth / 2, y: middle, fill: style.colour, className: "key-marker", tooltip: nil)
            let name = SVGMarkup.text(
                names[index],
                ["x": (origin.x + keyWidth + 6).chartNumber, "y": (middle + legendSize * 0.35).chartNumber, "font-size": "13"]
            )
            body += SVGMarkup.element("g", ["class": "key"], sample + marker + name)
        }

        // The value axis: gridlines at each tick, the unit above them.
        var top = margin + legend.height + (legend.height > 0 ? 4 : 0)
        if !unit.isEmpty {
            body += SVGMarkup.text(
                unit, ["class": "unit", "x": margin.chartNumber, "y": (top + tickSize).chartNumber, "fill": ChartStyle.muted]
            )
            top += tickSize + 6
        }
        let plotTop = top + tickSize / 2 + 2
        let plotBottom = plotTop + plotHeight
        let tickLabels = scale.ticks.map(\.chartNumber)
        let tickWidth = tickLabels.map { ChartText.width($0, size: tickSize) }.max() ?? 0
        let plotLeft = margin + tickWidth + 6
        let plotRight = width - margin
        let slot = max((plotRight - plotLeft) / Double(max(count, 1)), 1)
        func x(_ index: Int) -> Double { plotLeft + slot * (Double(index) + 0.5) }
        func y(_ value: Double) -> Double { plotBottom - scale.fraction(value) * plotHeight }

        var axis = ""
        for (tick, text) in zip(scale.ticks, tickLabels) {
            let tickY = y(tick).chartNumber
            axis += SVGMarkup.element(
                "line",
                [
                    "x1": plotLeft.chartNumber, "y1": tickY, "x2": plotRight.chartNumber, "y2": tickY,
                    "stroke": tick == 0 ? ChartStyle.ink : ChartStyle.rule, "stroke-width": "1",
                ]
            )
            axis += SVGMarkup.text(
                text,
                [
                    "x": (plotLeft - 6).chartNumber, "y": (y(tick) + tickSize * 0.35).chartNumber,
                    "text-anchor": "end", "fill": ChartStyle.muted,
                ]
            )
        }
        body += SVGMarkup.element("g", ["class": "axis"], axis)

        // The month labels: upright when they fit their slot, else turned 45° and, if still crowded, every k-th.
        let shown = labels.map { ChartText.fit($0, width: labelLimit, size: labelSize) }
        let labelWidth = shown.map { ChartText.width($0, size: labelSize) }.max() ?? 0
        let upright = labelWidth + 4 <= slot
        let every = upright ? 1 : max(1, Int((labelSize * 1.5 / slot).rounded(.up)))
        var months = ""
        for (index, label) in shown.enumerated() {
            months += SVGMarkup.element(
                "line",
                [
                    "x1": x(index).chartNumber, "y1": plotBottom.chartNumber, "x2": x(index).chartNumber,
                    "y2": (plotBottom + 4).chartNumber, "stroke": ChartStyle.ink, "stroke-width": "1",
                ]
            )
            guard index % every == 0 else { continue }
            if upright {
                months += SVGMarkup.text(
                    label, ["x": x(index).chartNumber, "y": (plotBottom + 6 + labelSize).chartNumber, "text-anchor": "middle"]
                )
            } else {
                let (labelX, labelY) = ((x(index) + 3).chartNumber, (plotBottom + 12).chartNumber)
                months += SVGMarkup.text(
                    label,
                    ["x": labelX, "y": labelY, "text-anchor": "end", "transform": "rotate(-45 \(labelX) \(labelY))"]
                )
            }
        }
        body += SVGMarkup.element("g", ["class": "labels"], months)
        let labelsDepth = upright ? labelSize + 8 : 12 + (labelWidth + labelSize) * 0.71 + 4

        // The lines, one run of segments per stretch of months with figures, a marker on every figure.
        for (index, entry) in series.enumerated() {
            let style = LineStyle(index)
            var path = ""
            var markers = ""
            for run in runs(of: entry, count: count) {
                for (step, month) in run.enumerated() {
                    guard let value = entry.value(at: month) else { continue }
                    let command = step == 0 ? "M" : "L"
                    path += command + x(month).chartNumber + " " + y(value).chartNumber
                    markers += style.marker.svg(
                        x: x(month), y: y(value), fill: style.colour, className: "point",
                        tooltip: entry.name + " " + labels[month] + " " + ChartText.value(value, unit: unit)
                    )
                }
            }
            let line =
                path.isEmpty
                ? ""
                : SVGMarkup.element(
                    "path",
                    [
                        "class": "line", "d": path, "fill": "none", "stroke": style.colour, "stroke-width": "2.5",
                        "stroke-dasharray": style.dash, "stroke-linejoin": "round", "stroke-linecap": "round",
                    ]
                )
            body += SVGMarkup.element("g", ["class": "series series-\(index + 1)"], line + markers)
        }

        return ChartFrame.svg(
            id: id, kind: "line", title: title, description: description, width: width,
            height: plotBottom + labelsDepth + margin, content: body
        )
    }

    /// The stretches of consecutive labels at which the series has a value, as label indices: `[1, nil, 3, 4]` gives
    /// `[[0], [2, 3]]`. Each stretch is drawn as one unbroken line; between stretches the line stops.
    static func runs(of series: ChartSeries, count: Int) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for index in 0..<max(count, 0) {
            if series.value(at: index) != nil {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
