/// The paths `ServiceFiguresAPI` serves.
enum ServiceFiguresAPIRoute: String, APIRouteSet {
    case figures = "/api/v1/services/figures"
    case records = "/api/v1/services/records"
}

/// The paths `ServiceFiguresPage` serves.
enum ServiceFiguresRoute: String, RouteSet {
    case figures = "/services"
    case records = "/services/records"
}
