import Foundation
import Testing

@testable import DoorstepCore

/// The pieces charts are drawn from, each alone: the axis, numbers, XML text, wrapped labels, map classes, centroids,
/// the map's projection and a line's gaps. `ChartTests` parses whole charts.
@Suite("Chart parts")
struct ChartPartsTests {
    @Test("the value axis runs from 0 to a round top in a few ticks")
    func niceScale() {
        let scale = ChartScale(maximum: 37)
        #expect(scale.top == 40)
        #expect(scale.step == 10)
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        #expect(scale.fraction(20) == 0.5)
        #expect(scale.fraction(-3) == 0)
        #expect(ChartScale(maximum: 0).top == 1)
        #expect(ChartScale(maximum: 0).ticks == [0, 0.5, 1])
        #expect(ChartScale(maximum: 0, wholeSteps: true).ticks == [0, 1])
        #expect(ChartScale(maximum: -5).top == 1)
        #expect(ChartScale(maximum: .nan).top == 1)
        #expect(ChartScale(maximum: 100).ticks == [0, 25, 50, 75, 100])
        #expect(ChartScale(maximum: 10, wholeSteps: true).ticks == [0, 5, 10])
        #expect(ChartScale(maximum: 7).ticks == [0, 2, 4, 6, 8])
        #expect(ChartScale(maximum: 1234).ticks == [0, 500, 1000, 1500])
        #expect(ChartScale(maximum: 0.3).ticks.map { ChartText.number($0) } == ["0", "0.1", "0.2", "0.3"])
    }

    @Test("numbers print with at most one decimal, rounded half away from zero, the same on every machine")
    func numbers() {
        #expect(ChartText.number(37) == "37")
        #expect(ChartText.number(62.5) == "62.5")
        #expect(ChartText.number(0.15) == "0.2")
        #expect(ChartText.number(2.96) == "3")
        #expect(ChartText.number(-3.25) == "-3.3")
        #expect(ChartText.number(-0.01) == "0")
        #expect(ChartText.number(1_234_567) == "1234567")
        #expect(ChartText.number(.infinity) == "0")
        #expect(ChartText.value(62.5, unit: "%") == "62.5%")
        #expect(ChartText.value(37, unit: "件") == "37件")
        #expect(ChartText.value(3.5, unit: "h") == "3.5 h")
        #expect(ChartText.value(4, unit: "") == "4")
    }

    @Test("text is escaped for XML, and characters XML cannot carry are dropped")
    func escaping() {
        #expect(ChartText.escape("<&>") == "&lt;&amp;&gt;")
        #expect(ChartText.escape("a\"b'c") == "a&quot;b&#39;c")
        #expect(ChartText.escape("a\u{0}b\u{7}c") == "abc")
        #expect(ChartText.escape("东山苑") == "东山苑")
    }

    @Test("long labels wrap, then end in an ellipsis and say they were shortened")
    func wrapping() {
        let short = ChartText.wrap("西园", width: 100, size: 13, maxLines: 2)
        #expect(short.lines == ["西园"] && !short.truncated)
        let long = ChartText.wrap("东山街道东山社区第一居民小组", width: 60, size: 13, maxLines: 2)
        #expect(long.lines.count == 2 && long.truncated && long.lines[1].hasSuffix("…"))
        #expect(long.lines.allSatisfy { ChartText.width($0, size: 13) <= 60 })
        let words = ChartText.wrap("Riverside Gardens", width: 90, size: 13, maxLines: 2)
        #expect(words.lines == ["Riverside", "Gardens"])
    }

    @Test("map classes are five equal steps over the values' range, light to dark, a missing value in none")
    func mapClasses() {
        let classes = MapClasses(values: [0, 50, nil, 20])
        #expect(classes.edges == [0, 10, 20, 30, 40, 50])
        #expect(MapClasses.equalIntervals(from: 10, to: 50) == [10, 18, 26, 34, 42, 50])
        #expect(classes.classIndex(of: 0) == 0)
        #expect(classes.classIndex(of: 9.9) == 0)
        #expect(classes.classIndex(of: 10) == 1)
        #expect(classes.classIndex(of: 35) == 3)
        #expect(classes.classIndex(of: 50) == 4)
        #expect(classes.classIndex(of: nil) == nil)
        #expect(classes.fill(for: 0) == MapClasses.fills[0])
        #expect(classes.fill(for: 50) == MapClasses.fills[4])
        #expect(classes.fill(for: nil) == nil)
        #expect(classes.legend.map { $0.range } == ["0–10", "10–20", "20–30", "30–40", "40–50"])

        let same = MapClasses(values: [7, 7])
        #expect(same.classIndex(of: 7) == 2)
        #expect(same.legend.map { $0.range } == ["7"])
        let none = MapClasses(values: [nil])
        #expect(none.edges.isEmpty && none.classIndex(of: 3) == nil && none.legend.isEmpty)

        // Each class darker than the one before, so the order holds in a grey print.
        let lightness = MapClasses.fills.map { hex -> Double in
            let rgb = Int(hex.dropFirst(), radix: 16) ?? 0
            return 0.2126 * Double(rgb >> 16) + 0.7152 * Double((rgb >> 8) & 0xFF) + 0.0722 * Double(rgb & 0xFF)
        }
        #expect(lightness.count == MapClasses.count)
        #expect(zip(lightness, lightness.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test("a polygon's centroid is its area's centre, not its bounding box's")
    func centroid() throws {
        let square = [(0.0, 0.0), (2, 0), (2, 2), (0, 2), (0, 0)].map { ChartPoint(x: $0.0, y: $0.1) }
        #expect(ChartPoint.centroid(of: square) == ChartPoint(x: 1, y: 1))
        #expect(ChartPoint.centroid(of: Array(square.dropLast())) == ChartPoint(x: 1, y: 1))

        let far = [(118.78, 32.06), (118.79, 32.06), (118.79, 32.07), (118.78, 32.07)].map { ChartPoint(x: $0.0, y: $0.1) }
        let farCentre = try #require(ChartPoint.centroid(of: far))
        #expect(abs(farCentre.x - 118.785) < 1e-9 && abs(farCentre.y - 32.065) < 1e-9)

        let ell = [(0.0, 0.0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)].map { ChartPoint(x: $0.0, y: $0.1) }
        let ellCentre = try #require(ChartPoint.centroid(of: ell))
        #expect(abs(ellCentre.x - 5.0 / 6) < 1e-9 && abs(ellCentre.y - 5.0 / 6) < 1e-9)

        let line = [(0.0, 0.0), (2, 0), (4, 0)].map { ChartPoint(x: $0.0, y: $0.1) }
        #expect(ChartPoint.centroid(of: line) == ChartPoint(x: 2, y: 0))
        #expect(ChartPoint.centroid(of: []) == nil)
    }

    @Test("the map's projection keeps one scale for both axes, longitude shrunk by the latitude's cosine, north up")
    func projection() {
        let latitude = 60.0
        let side = 0.01
        let wide = side / cos(latitude * Double.pi / 180)
        let projection = MapProjection(
            positions: [[0, latitude], [wide, latitude], [wide, latitude + side], [0, latitude + side]],
            width: 300, maximumHeight: 1000
        )
        // A square on the ground is square on the drawing (to the small change of cosine across the square).
        #expect(abs(projection.height - 300) < 1)
        #expect(projection.point(longitude: 0, latitude: latitude + side).y < projection.point(longitude: 0, latitude: latitude).y)
        #expect(projection.point(longitude: wide, latitude: latitude).x > projection.point(longitude: 0, latitude: latitude).x)
    }

    @Test("a line's missing months split it into runs")
    func runs() {
        #expect(LineChart.runs(of: ChartSeries(name: "", values: [1, nil, 3, 4]), count: 4) == [[0], [2, 3]])
        #expect(LineChart.runs(of: ChartSeries(name: "", values: [1, 2, 3]), count: 2) == [[0, 1]])
        #expect(LineChart.runs(of: ChartSeries(name: "", values: [nil, .nan]), count: 2) == [])
        #expect(LineChart.runs(of: ChartSeries(name: "", values: [5]), count: 3) == [[0]])
    }
}
