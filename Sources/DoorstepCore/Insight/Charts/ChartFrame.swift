/// The outside every chart shares: the root `<svg>` sized by its `viewBox` alone, so the page's stylesheet decides how
/// wide it is (a drawing 360 units wide fills a phone at about one unit a pixel and scales up on a desk), labelled
/// for screen readers by the `<title>` and `<desc>` inside it.
enum ChartFrame {
    /// Sans-serif faces that have Chinese, so the estimates in `ChartText.width` hold on phones and desks alike.
    static let fontFamily = "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"

    /// An id for the chart's title, description and patterns, derived from what the chart says (FNV-1a), so the
    /// same chart is the same markup every time and two charts on one page do not share ids.
    static func identifier(kind: String, title: String, description: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (kind + "\u{1F}" + title + "\u{1F}" + description).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return "chart-" + kind + "-" + String(hash, radix: 36)
    }

    /// The whole chart: root, title, description, the pattern definitions if any, then the drawing.
    static func svg(
        id: String, kind: String, title: String, description: String, width: Double, height: Double,
        definitions: String = "", content: String
    ) -> String {
        let defs = definitions.isEmpty ? "" : "<defs>" + definitions + "</defs>"
        let inner =
            SVGMarkup.element("title", ["id": id + "-title"], ChartText.escape(title))
            + SVGMarkup.element("desc", ["id": id + "-desc"], ChartText.escape(description))
            + defs + content
        return SVGMarkup.element(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "id": id,
                "class": "chart chart-" + kind,
                "viewBox": "0 0 \(width.rounded(.up).chartNumber) \(height.rounded(.up).chartNumber)",
                "width": "100%",
                "role": "img",
                "aria-labelledby": id + "-title " + id + "-desc",
                "font-family": fontFamily,
                "font-size": "12",
                "fill": ChartStyle.ink,
            ],
            inner
        )
    }
}
