/// The paths `HomePage` serves.
enum HomeRoute: String, RouteSet {
    case show = "/"
}

/// The paths `FiguresPages` serves: every figure of a territory and period, and the records behind one.
enum FiguresRoute: String, RouteSet {
    case figures = "/figures"
    case records = "/figures/:key"
}

/// The paths `FiguresAPI` serves.
enum FiguresAPIRoute: String, APIRouteSet {
    case figures = "/api/v1/figures"
    case records = "/api/v1/figures/:key/records"
}
