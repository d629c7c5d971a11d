/// The grids of a community drawn as a map in SVG on the server, without a map service (the pages load nothing from
/// elsewhere): each grid's outline shaded by its figure in five classes, light to dark, with its name and figure at
/// its centroid, its buildings as small points — named when there are few enough to read (40 in all) — and a legend
/// of the classes' ranges and of "no data". Supersedes the single-grid outline the grid page drew before.
public enum GridMap {
    /// As wide as a phone's screen in CSS pixels.
    static let width = 360.0
    static let margin = 8.0
    /// Room around the shapes for the names of grids and buildings at the edge.
    static let padding = 14.0
    /// A tall area is fitted into this height rather than running down the page.
    static let maximumHeight = 440.0
    /// Above this many buildings in all their names would cover the map, so only their points are drawn.
    static let buildingLabelLimit = 40
    static let noDataStroke = "#6e7781"

    /// The map of `grids`, with `legendTitle` (the figure's name and unit) over the legend and `noDataText` for grids
    /// without a value.
    public static func svg(
        title: String, description: String, grids: [GridShape], legendTitle: String, noDataText: String = "无数据"
    ) -> String {
        let id = ChartFrame.identifier(kind: "map", title: title, description: description)
        let noData = id + "-none"
        let classes = MapClasses(values: grids.map(\.value))
        let buildings = grids.flatMap(\.buildings).filter { $0.latitude.isFinite && $0.longitude.isFinite }
        let inset = margin + padding
        let projection = MapProjection(
            positions: grids.flatMap(\.ring) + buildings.map { [$0.longitude, $0.latitude] },
            width: width - 2 * inset, maximumHeight: maximumHeight
        )
        func place(_ longitude: Double, _ latitude: Double) -> ChartPoint {
            let point = projection.point(longitude: longitude, latitude: latitude)
            return ChartPoint(x: point.x + inset, y: point.y + inset)
        }

        // The grids' shapes, shaded by class, with their names and figures kept to draw last, on top of everything.
        var shapes = ""
        var names = ""
        for grid in grids {
            let corners = grid.ring.filter { $0.count >= 2 && $0[0].isFinite && $0[1].isFinite }.map { place($0[0], $0[1]) }
            guard corners.count >= 3 else { continue }
            let index = classes.classIndex(of: grid.value)
            shapes += SVGMarkup.element(
                "polygon",
                [
                    "class": index.map { "grid class-\($0 + 1)" } ?? "grid no-data",
                    "data-grid": grid.code,
                    "points": corners.map { $0.x.chartNumber + "," + $0.y.chartNumber }.joined(separator: " "),
                    "fill": classes.fill(for: grid.value) ?? "url(#" + noData + ")",
                    "stroke": ChartStyle.ink, "stroke-width": "1.5", "stroke-linejoin": "round",
                ],
                SVGMarkup.tooltip(grid.valueText.isEmpty ? grid.name : grid.name + " " + grid.valueText)
            )
            guard let centre = ChartPoint.centroid(of: corners) else { continue }
            let hasValue = !grid.valueText.isEmpty
            names += haloText(
                grid.name, x: centre.x, y: centre.y + (hasValue ? -2 : 4.5), size: 13, anchor: "middle",
                className: "grid-name", bold: true
            )
            if hasValue {
                names += haloText(
                    grid.valueText, x: centre.x, y: centre.y + 13, size: 12, anchor: "middle", className: "grid-value",
                    bold: false
                )
            }
        }

        // The buildings: a point each, and a name beside it while there are few enough.
        var points = ""
        var pointNames = ""
        let labelled = buildings.count <= buildingLabelLimit
        for building in buildings {
            let point = place(building.longitude, building.latitude)
            points += SVGMarkup.element(
                "circle",
                [
                    "class": "building", "cx": point.x.chartNumber, "cy": point.y.chartNumber, "r": "3",
                    "fill": ChartStyle.ink, "stroke": ChartStyle.haloColour, "stroke-width": "1",
                ],
                SVGMarkup.tooltip(building.name)
            )
            guard labelled else { continue }
            // To the right of the point, or to its left where the right would run off the map.
            let fitsRight = point.x + 5 + ChartText.width(building.name, size: 11) <= width - margin
            pointNames += haloText(
                building.name, x: fitsRight ? point.x + 5 : point.x - 5, y: point.y + 4, size: 11,
                anchor: fitsRight ? "start" : "end", className: "building-label", bold: false
            )
        }

        // The legend under the map: its title, then each class's swatch and range, then "no data".
        let legendTop = inset + projection.height + padding + 6
        var legend = SVGMarkup.text(
            legendTitle,
            ["class": "legend-title", "x": margin.chartNumber, "y": (legendTop + 13).chartNumber, "font-size": "13", "font-weight": "700"]
        )
        var entries = classes.legend.map { (fill: $0.fill, text: $0.range, className: "class") }
        entries.append((fill: "url(#" + noData + ")", text: noDataText, className: "no-data"))
        let swatch = 18.0
        let entryWidth = swatch + 6 + (entries.map { ChartText.width($0.text, size: 12) }.max() ?? 0)
        let columns = 2 * entryWidth + 16 <= width - 2 * margin ? 2 : 1
        let rows = (entries.count + columns - 1) / columns
        let rowHeight = 20.0
        let itemsTop = legendTop + 22
        for (index, entry) in entries.enumerated() {
            // Down the first column, then the second, so the classes read light to dark in order.
            let x = margin + Double(index / rows) * (entryWidth + 16)
            let y = itemsTop + Double(index % rows) * rowHeight
            legend += SVGMarkup.element(
                "g",
                ["class": "key " + entry.className],
                SVGMarkup.element(
                    "rect",
                    [
                        "x": x.chartNumber, "y": (y + 3).chartNumber, "width": swatch.chartNumber, "height": "12",
                        "fill": entry.fill, "stroke": ChartStyle.ink, "stroke-width": "0.75",
                    ]
                )
                    + SVGMarkup.text(entry.text, ["x": (x + swatch + 6).chartNumber, "y": (y + 13.5).chartNumber])
            )
        }
        let height = itemsTop + Double(rows) * rowHeight + margin

        let hatch = SVGMarkup.element(
            "pattern",
            ["id": noData, "patternUnits": "userSpaceOnUse", "width": "6", "height": "6", "patternTransform": "rotate(45)"],
            SVGMarkup.element("rect", ["width": "6", "height": "6", "fill": "#ffffff"])
                + SVGMarkup.element("line", ["x1": "1.5", "y1": "0", "x2": "1.5", "y2": "6", "stroke": noDataStroke, "stroke-width": "1.5"])
        )
        let content =
            SVGMarkup.element("g", ["class": "grids"], shapes)
            + SVGMarkup.element("g", ["class": "buildings"], points + pointNames)
            + SVGMarkup.element("g", ["class": "grid-labels"], names)
            + SVGMarkup.element("g", ["class": "legend"], legend)
        return ChartFrame.svg(
            id: id, kind: "map", title: title, description: description, width: width, height: height,
            definitions: hatch, content: content
        )
    }

    /// Text with a white edge drawn under it, so a name stays legible over an outline, a point or a dark shade.
    static func haloText(
        _ words: String, x: Double, y: Double, size: Double, anchor: String, className: String, bold: Bool
    ) -> String {
        SVGMarkup.text(
            words,
            [
                "class": className, "x": x.chartNumber, "y": y.chartNumber, "font-size": size.chartNumber,
                "font-weight": bold ? "700" : nil, "text-anchor": anchor,
                "stroke": ChartStyle.haloColour, "stroke-width": "3", "stroke-linejoin": "round", "paint-order": "stroke",
            ]
        )
    }
}
