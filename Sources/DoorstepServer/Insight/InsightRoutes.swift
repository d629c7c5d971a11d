/// The paths `HomePage` serves.
enum HomeRoute: String, RouteSet {
    case show = "/"
}

/// The paths `FiguresPages` serves: every figure of a territory and period, and the records behind one.
enum FiguresRoute: String, RouteSet {
    case figures = "/figures"
    case records = "/figures/:key"
    case exportXLSX = "/figures/export.xlsx"
    case exportCSV = "/figures/export.csv"
    case sideXLSX = "/figures/side-by-side.xlsx"
    case sideCSV = "/figures/side-by-side.csv"
}

/// The paths `FiguresAPI` serves.
enum FiguresAPIRoute: String, APIRouteSet {
    case figures = "/api/v1/figures"
    case records = "/api/v1/figures/:key/records"
}

/// The paths `ReportPages` serves: the live work report as a page (printable on A4), Markdown and Word.
enum ReportRoute: String, RouteSet {
    case page = "/work-report"
    case markdown = "/work-report.md"
    case word = "/work-report.docx"
    /// The running head of the printed pages (the territory and period), as a stylesheet: pages allow no inline style.
    case printStyle = "/work-report.css"
}

/// The paths `HotspotPages` serves: where problems recur, the topics of the month and those taken up.
enum HotspotRoute: String, RouteSet {
    case hotspots = "/hotspots"
    case takeUp = "/hotspots/topics"
}
