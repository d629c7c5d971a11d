/// How a chart's series tell themselves apart: each has a colour, and also a dash and a marker shape (lines) or a
/// fill pattern (bars), so a chart printed in grey, or read by someone who does not see the colours, still separates
/// them. Every colour is dark enough to print and to stand 3:1 against white.
enum ChartStyle {
    /// Text and outlines.
    static let ink = "#1f2328"
    /// Tick labels, units and notes: quieter, still 6:1 against white.
    static let muted = "#57606a"
    /// Gridlines, which should recede behind the data.
    static let rule = "#d0d7de"
    /// Blue, red, green and purple: apart for the common colour-vision differences, and told apart by dash and marker.
    static let colours = ["#0b5cad", "#b42318", "#1a7f37", "#6f42c1"]
    /// Solid, dashed, dotted, dash-dot: the second carrier of a line's identity.
    static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3"]
    /// A white edge under text, so a label stays legible across a line or a dark fill.
    static let haloColour = "#ffffff"
}

/// A line's look: its colour, dash and marker, cycling after four (callers are asked to keep to four lines, which is
/// as many as a reader can follow; a fifth repeats the first's look but still has its own name in the legend).
struct LineStyle {
    let colour: String
    let dash: String?
    let marker: MarkerShape

    init(_ index: Int) {
        let slot = index % ChartStyle.colours.count
        colour = ChartStyle.colours[slot]
        dash = ChartStyle.dashes[slot % ChartStyle.dashes.count]
        marker = MarkerShape.allCases[slot % MarkerShape.allCases.count]
    }
}

/// The shape that marks a line's points: the one thing besides colour that survives a grey print at a glance.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond

    /// The marker centred on (x, y), with a class and, for a data point, a tooltip naming it.
    func svg(x: Double, y: Double, fill: String, className: String, tooltip: String?) -> String {
        let content = tooltip.map { SVGMarkup.tooltip($0) }
        let (cx, cy) = (x.chartNumber, y.chartNumber)
        switch self {
        case .circle:
            return SVGMarkup.element(
                "circle",
                ["class": className, "cx": cx, "cy": cy, "r": "4.5", "fill": fill, "stroke": ChartStyle.haloColour, "stroke-width": "1"],
                content
            )
        case .square:
            return SVGMarkup.element(
                "rect",
                [
                    "class": className, "x": (x - 4).chartNumber, "y": (y - 4).chartNumber, "width": "8", "height": "8",
                    "fill": fill, "stroke": ChartStyle.haloColour, "stroke-width": "1",
                ],
                content
            )
        case .triangle:
            let d = "M\(cx) \((y - 5.5).chartNumber)L\((x + 5).chartNumber) \((y + 4).chartNumber)L\((x - 5).chartNumber) \((y + 4).chartNumber)Z"
            return SVGMarkup.element(
                "path", ["class": className, "d": d, "fill": fill, "stroke": ChartStyle.haloColour, "stroke-width": "1"], content
            )
        case .diamond:
            let d = "M\(cx) \((y - 5.5).chartNumber)L\((x + 5.5).chartNumber) \(cy)L\(cx) \((y + 5.5).chartNumber)L\((x - 5.5).chartNumber) \(cy)Z"
            return SVGMarkup.element(
                "path", ["class": className, "d": d, "fill": fill, "stroke": ChartStyle.haloColour, "stroke-width": "1"], content
            )
        }
    }
}

/// A bar series' fill: a colour and, from the second series on, a pattern over it (hatching, dots, cross-hatching…),
/// so before and after, or one state and the next, stay apart in grey. Each bar is also outlined in its dark colour,
/// which prints where a pale fill would not.
struct BarFill {
    enum Mark { case solid, diagonal, dots, cross, horizontal }

    let ink: String
    let base: String
    let mark: Mark

    static let all: [BarFill] = [
        BarFill(ink: "#0b5cad", base: "#0b5cad", mark: .solid),
        BarFill(ink: "#b42318", base: "#fde2de", mark: .diagonal),
        BarFill(ink: "#1a7f37", base: "#dcf3e3", mark: .dots),
        BarFill(ink: "#6f42c1", base: "#ece4f8", mark: .cross),
        BarFill(ink: "#57606a", base: "#57606a", mark: .solid),
        BarFill(ink: "#9a6700", base: "#fff1c2", mark: .horizontal),
    ]

    /// The fill for the series at `index`, cycling after six.
    static func at(_ index: Int) -> BarFill { all[index % all.count] }

    /// The pattern's id within the chart, or nil for a plain colour.
    func patternID(chart: String, index: Int) -> String? {
        mark == .solid ? nil : chart + "-fill-\(index % BarFill.all.count + 1)"
    }

    /// What goes in a bar's `fill` attribute.
    func paint(chart: String, index: Int) -> String {
        patternID(chart: chart, index: index).map { "url(#" + $0 + ")" } ?? base
    }

    /// The `<pattern>` to put in the chart's `<defs>`, or nothing for a plain colour.
    func definition(chart: String, index: Int) -> String {
        guard let id = patternID(chart: chart, index: index) else { return "" }
        let ground = SVGMarkup.element("rect", ["width": "6", "height": "6", "fill": base])
        let marks: String
        var rotated = true
        switch mark {
        case .solid:
            return ""
        case .diagonal:
            marks = SVGMarkup.element("line", ["x1": "1.5", "y1": "0", "x2": "1.5", "y2": "6", "stroke": ink, "stroke-width": "2"])
        case .dots:
            rotated = false
            marks = SVGMarkup.element("circle", ["cx": "3", "cy": "3", "r": "1.4", "fill": ink])
        case .cross:
            marks =
                SVGMarkup.element("line", ["x1": "1.5", "y1": "0", "x2": "1.5", "y2": "6", "stroke": ink, "stroke-width": "1.2"])
                + SVGMarkup.element("line", ["x1": "0", "y1": "1.5", "x2": "6", "y2": "1.5", "stroke": ink, "stroke-width": "1.2"])
        case .horizontal:
            rotated = false
            marks = SVGMarkup.element("line", ["x1": "0", "y1": "3", "x2": "6", "y2": "3", "stroke": ink, "stroke-width": "2"])
        }
        return SVGMarkup.element(
            "pattern",
            [
                "id": id, "patternUnits": "userSpaceOnUse", "width": "6", "height": "6",
                "patternTransform": rotated ? "rotate(45)" : nil,
            ],
            ground + marks
        )
    }
}
