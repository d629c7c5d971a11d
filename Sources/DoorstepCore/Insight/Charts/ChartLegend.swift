/// Legend entries laid out in rows across the chart, wrapping where the next would not fit, so on a phone the
/// names take a second row rather than running off the edge.
enum ChartLegend {
    static let rowHeight = 20.0
    static let gap = 14.0

    /// Each entry's top-left corner, for entries `widths` wide between `left` and `right` from `top` down, and the
    /// height the rows take (0 for no entries).
    static func layout(widths: [Double], left: Double, top: Double, right: Double) -> (origins: [ChartPoint], height: Double) {
        var origins: [ChartPoint] = []
        var x = left
        var row = 0
        for width in widths {
            if x > left, x + width > right {
                row += 1
                x = left
            }
            origins.append(ChartPoint(x: x, y: top + Double(row) * rowHeight))
            x += width + gap
        }
        return (origins, widths.isEmpty ? 0 : Double(row + 1) * rowHeight)
    }
}
