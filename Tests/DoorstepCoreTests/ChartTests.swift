import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import DoorstepCore

/// Whole charts, drawn and parsed back as XML: what each shows and what every chart owes its page.
@Suite("Charts")
struct ChartTests {
    @Test("a line chart parses, names its title and every series, and leaves a gap with no point for a missing month")
    func lineChart() throws {
        let svg = LineChart.svg(
            title: "每月案件 <全部>", description: "近四个月的报修与投诉",
            labels: ["12月", "1月", "2月", "3月"],
            series: [
                ChartSeries(name: "报修", values: [3, nil, 5, 8]),
                ChartSeries(name: "投诉&建议", values: [1, 2, 2, 0]),
            ],
            unit: "件"
        )
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        #expect(svg.contains("每月案件 &lt;全部&gt;"))
        #expect(svg.contains("报修") && svg.contains("投诉&amp;建议"))
        #expect(!svg.contains("<全部>") && !svg.contains("投诉&建议"))
        for label in ["12月", "1月", "2月", "3月"] { #expect(svg.contains(">\(label)<")) }

        var points: [String: Int] = [:]
        var series = ""
        var lines: [String] = []
        for element in elements {
            let className = element.attributes["class"] ?? ""
            if element.name == "g", className.hasPrefix("series ") { series = className }
            if className == "point" { points[series, default: 0] += 1 }
            if element.name == "path", className == "line" { lines.append(element.attributes["d"] ?? "") }
        }
        #expect(points == ["series series-1": 3, "series series-2": 4])
        #expect(lines.count == 2)
        // The first line is two runs: a lone December, then February to March.
        #expect(lines.first?.filter { $0 == "M" }.count == 2)
        #expect(lines.first?.filter { $0 == "L" }.count == 1)
        #expect(lines.last?.filter { $0 == "M" }.count == 1)
        #expect(LineChart.svg(title: "每月案件 <全部>", description: "近四个月的报修与投诉", labels: ["12月", "1月", "2月", "3月"],
            series: [ChartSeries(name: "报修", values: [3, nil, 5, 8]), ChartSeries(name: "投诉&建议", values: [1, 2, 2, 0])],
            unit: "件") == svg)
    }

    @Test("a twelve-month line chart with four series parses and turns its crowded labels")
    func fullYear() throws {
        let months = ["12月"] + (1...11).map { "\($0)月" }
        let series = (0..<4).map { index in
            ChartSeries(name: "系列\(index + 1)", values: (0..<12).map { month in month == 5 ? nil : Double(month * (index + 1)) })
        }
        let svg = LineChart.svg(title: "全年", description: "十二个月", labels: months, series: series, unit: "%")
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        for entry in series { #expect(svg.contains(entry.name)) }
        #expect(elements.filter { $0.attributes["class"] == "point" }.count == 4 * 11)
        // Four marker shapes in the legend: a circle, a square and two paths (triangle, diamond).
        let keys = elements.filter { $0.attributes["class"] == "key-marker" }.map(\.name)
        #expect(keys == ["circle", "rect", "path", "path"])
        #expect(elements.contains { ($0.attributes["transform"] ?? "").hasPrefix("rotate(-45") })
    }

    @Test("a bar chart parses and prints every value, its note, and its escaped label; the highlight stands apart")
    func barChart() throws {
        let svg = BarChart.svg(
            title: "各小区满意度", description: "满意率，由高到低",
            bars: [
                (label: "东山<&>苑", value: 62.5, note: "25/40"),
                (label: "西园", value: 37, note: nil),
                (label: "南湖新村", value: 0, note: nil),
            ],
            unit: "%", highlight: 1
        )
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        #expect(svg.contains("各小区满意度"))
        for text in ["62.5%", "37%", "0%", "25/40", "东山&lt;&amp;&gt;苑", "西园", "南湖新村"] { #expect(svg.contains(text)) }
        let bars = elements.filter { $0.name == "rect" && ($0.attributes["class"] ?? "").hasPrefix("bar") }
        #expect(bars.count == 3)
        #expect(bars.filter { $0.attributes["class"] == "bar highlight" }.count == 1)
        #expect(bars[1].attributes["class"] == "bar highlight")
        let widths = bars.compactMap { $0.attributes["width"].flatMap { Double($0) } }
        #expect(widths.count == 3 && widths[0] > widths[1] && widths[1] > widths[2] && widths[2] == 0)
    }

    @Test("a long label wraps to two lines and keeps its whole text as a tooltip")
    func longLabel() throws {
        let name = "东山街道东山社区第一居民小组（老旧小区改造试点）"
        let svg = BarChart.svg(title: "长名", description: "长名", bars: [(label: name, value: 3, note: nil)], unit: "件")
        let elements = try #require(Self.parse(svg))
        #expect(elements.filter { $0.name == "tspan" }.count == 2)
        #expect(svg.contains("<title>" + name))
        #expect(svg.contains("3件"))
    }

    @Test("grouped bars parse, name every series and print every value, with a dash for a missing one")
    func groupedChart() throws {
        let svg = BarChart.grouped(
            title: "整治前后满意度", description: "两个小区整治前后的满意度评分",
            labels: ["甲苑", "乙苑"],
            series: [ChartSeries(name: "整治前", values: [3.5, 4]), ChartSeries(name: "整治后", values: [4.5, nil])],
            unit: "分"
        )
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        for text in ["整治前后满意度", "整治前", "整治后", "甲苑", "乙苑", "3.5分", "4分", "4.5分"] { #expect(svg.contains(text)) }
        #expect(elements.filter { $0.name == "rect" && ($0.attributes["class"] ?? "").hasPrefix("bar series-") }.count == 3)
        #expect(elements.filter { $0.attributes["class"] == "value no-data" }.count == 1)
        #expect(elements.filter { $0.name == "pattern" }.count == 1)

        let states = ["待受理", "处理中", "已办结", "已评价", "已退回"]
        let cases = BarChart.grouped(
            title: "各类案件", description: "按类别和状态",
            labels: ["环境卫生", "物业服务", "邻里纠纷"],
            series: states.enumerated().map { index, state in
                ChartSeries(name: state, values: [Double(index + 1), Double(index * 3), Double(10 + index)])
            },
            unit: "件"
        )
        let caseElements = try #require(Self.parse(cases))
        try Self.checkFrame(caseElements, svg: cases)
        for state in states { #expect(cases.contains(state)) }
        for value in [1, 2, 3, 4, 5, 0, 6, 9, 12, 10, 11, 13, 14] { #expect(cases.contains(">\(value)件<")) }
    }

    @Test("a grid map parses, shades grids by class, hatches a grid without a value, and names grids at their centroids")
    func gridMap() throws {
        let buildings = [
            MapPoint(name: "1幢", latitude: 32.062, longitude: 118.782),
            MapPoint(name: "2幢 <东>", latitude: 32.067, longitude: 118.787),
        ]
        let grids = [
            GridShape(code: "G1", name: "一网格 <A>", ring: Self.square(west: 118.78, south: 32.06), value: 10, valueText: "10件", buildings: buildings),
            GridShape(code: "G2", name: "二网格", ring: Self.ell(west: 118.79, south: 32.06), value: 50, valueText: "50件"),
            GridShape(code: "G3", name: "三网格", ring: Self.square(west: 118.78, south: 32.07), value: nil, valueText: "—"),
        ]
        let svg = GridMap.svg(title: "各网格案件数", description: "本月", grids: grids, legendTitle: "案件数（件）")
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        for text in ["各网格案件数", "一网格 &lt;A&gt;", "二网格", "三网格", "10件", "50件", "案件数（件）", "无数据", "1幢", "2幢 &lt;东&gt;"] {
            #expect(svg.contains(text))
        }
        #expect(svg.contains(">10–18<") && svg.contains(">42–50<"))

        let polygons = elements.filter { $0.name == "polygon" }
        #expect(polygons.map { $0.attributes["data-grid"] } == ["G1", "G2", "G3"])
        #expect(polygons[0].attributes["fill"] == MapClasses.fills[0])
        #expect(polygons[1].attributes["fill"] == MapClasses.fills[4])
        #expect(polygons[2].attributes["class"] == "grid no-data")
        let hatch = try #require(polygons[2].attributes["fill"])
        #expect(hatch.hasPrefix("url(#"))
        #expect(elements.contains { $0.name == "pattern" && "url(#" + ($0.attributes["id"] ?? "") + ")" == hatch })

        // A square grid is drawn narrower than tall by the cosine of its latitude.
        let first = Self.corners(polygons[0])
        let drawnWidth = (first.map(\.x).max() ?? 0) - (first.map(\.x).min() ?? 0)
        let drawnHeight = (first.map(\.y).max() ?? 0) - (first.map(\.y).min() ?? 0)
        #expect(abs(drawnWidth / drawnHeight - cos(32.065 * Double.pi / 180)) < 0.01)

        // Each name sits at its polygon's centroid — for the L-shaped grid, away from its bounding box's centre.
        let names = elements.filter { $0.attributes["class"] == "grid-name" }
        #expect(names.count == 3)
        for (polygon, name) in zip(polygons, names) {
            let centre = try #require(ChartPoint.centroid(of: Self.corners(polygon)))
            let x = try #require(name.attributes["x"].flatMap { Double($0) })
            #expect(abs(x - centre.x) < 0.2)
        }
        let ellCorners = Self.corners(polygons[1])
        let boxCentre = ((ellCorners.map(\.x).max() ?? 0) + (ellCorners.map(\.x).min() ?? 0)) / 2
        let ellX = try #require(names[1].attributes["x"].flatMap { Double($0) })
        #expect(abs(ellX - boxCentre) > 5)

        #expect(elements.filter { $0.attributes["class"] == "building" }.count == 2)
        #expect(elements.filter { $0.attributes["class"] == "building-label" }.count == 2)
    }

    @Test("past forty buildings a map draws their points without names")
    func crowdedMap() throws {
        let buildings = (0..<41).map { index in
            MapPoint(name: "\(index + 1)幢", latitude: 32.0605 + Double(index % 7) * 0.0013, longitude: 118.7805 + Double(index / 7) * 0.0015)
        }
        let grid = GridShape(code: "G1", name: "一网格", ring: Self.square(west: 118.78, south: 32.06), value: 3, valueText: "3件", buildings: buildings)
        let svg = GridMap.svg(title: "楼栋", description: "楼栋分布", grids: [grid], legendTitle: "案件数")
        let elements = try #require(Self.parse(svg))
        try Self.checkFrame(elements, svg: svg)
        #expect(elements.filter { $0.attributes["class"] == "building" }.count == 41)
        #expect(elements.filter { $0.attributes["class"] == "building-label" }.isEmpty)
        // One grid, one value: one class in the legend, and "no data".
        #expect(elements.filter { ($0.attributes["class"] ?? "").hasPrefix("key ") }.count == 2)
    }

    @Test("charts with nothing to show still parse")
    func empty() throws {
        for svg in [
            LineChart.svg(title: "空", description: "无", labels: [], series: [], unit: ""),
            LineChart.svg(title: "空", description: "无", labels: ["1月"], series: [ChartSeries(name: "甲", values: [nil])], unit: "件"),
            BarChart.svg(title: "空", description: "无", bars: [], unit: ""),
            BarChart.grouped(title: "空", description: "无", labels: [], series: [], unit: ""),
            GridMap.svg(title: "空", description: "无", grids: [], legendTitle: "无"),
        ] {
            let elements = try #require(Self.parse(svg))
            try Self.checkFrame(elements, svg: svg)
        }
    }

    // MARK: Helpers

    struct Element {
        var name: String
        var attributes: [String: String]
    }

    /// Collects the elements of a parsed SVG, to check its structure rather than its text.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            elements.append(Element(name: elementName, attributes: attributeDict))
        }
    }

    /// The SVG's elements in document order, or nil if it is not well-formed XML.
    static func parse(_ svg: String) -> [Element]? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }

    /// What every chart owes its page: a root sized by its viewBox, labelled by the title and description inside it,
    /// nothing the content security policy refuses, and no text smaller than 11 units.
    static func checkFrame(_ elements: [Element], svg: String) throws {
        let root = try #require(elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "100%" && root.attributes["height"] == nil)
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        let id = try #require(root.attributes["id"])
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        #expect(elements.contains { $0.name == "title" && $0.attributes["id"] == "\(id)-title" })
        #expect(elements.contains { $0.name == "desc" && $0.attributes["id"] == "\(id)-desc" })
        #expect(elements.allSatisfy { $0.attributes["style"] == nil && $0.name != "script" && $0.name != "image" })
        #expect(!svg.contains("style="))
        let sizes = elements.compactMap { $0.attributes["font-size"].flatMap { Double($0) } }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 11 })
    }

    /// A closed ring 0.01° on a side from its south-west corner.
    static func square(west: Double, south: Double) -> [[Double]] {
        [[west, south], [west + 0.01, south], [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]]
    }

    /// An L-shaped ring: the square with its north-east quarter cut away.
    static func ell(west: Double, south: Double) -> [[Double]] {
        [
            [west, south], [west + 0.01, south], [west + 0.01, south + 0.005], [west + 0.005, south + 0.005],
            [west + 0.005, south + 0.01], [west, south + 0.01], [west, south],
        ]
    }

    /// A drawn polygon's corners, read back from its `points`.
    static func corners(_ polygon: Element) -> [ChartPoint] {
        (polygon.attributes["points"] ?? "").split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? ChartPoint(x: parts[0], y: parts[1]) : nil
        }
    }
}
