/// The paths `CalendarPages` serves.
enum CalendarRoute: String, RouteSet {
    case page = "/cases/calendar"
    case importSheet = "/cases/calendar/import"
}

/// The paths `CalendarPages` serves.
enum CalendarAPIRoute: String, APIRouteSet {
    case json = "/api/v1/work-calendar"
}

/// The paths `CasePages` serves.
enum CaseRoute: String, RouteSet {
    case inbox = "/inbox"
    case markRead = "/inbox/read"
    case inHand = "/inbox/in-hand"
    case board = "/cases"
    case mine = "/cases/mine"
    case newCase = "/cases/new"
    case detail = "/cases/:id"
    case step = "/cases/:id/steps"
    case revealPhone = "/cases/:id/reporter-phone"
    case photo = "/cases/:id/photos/:photo"
}

/// The paths `CasesAPI` serves.
enum CasesAPIRoute: String, APIRouteSet {
    case categories = "/api/v1/case-categories"
    case list = "/api/v1/cases"
    case show = "/api/v1/cases/:id"
    case history = "/api/v1/cases/:id/history"
    case photos = "/api/v1/cases/:id/photos"
    case photo = "/api/v1/cases/:id/photos/:photo"
    case duplicates = "/api/v1/cases/:id/duplicates"
    case step = "/api/v1/cases/:id/steps"
    case revealPhone = "/api/v1/cases/:id/reporter-phone"
    case notices = "/api/v1/notices"
    case markRead = "/api/v1/notices/read"
    case track = "/api/v1/public/cases/:code"
    case evaluate = "/api/v1/public/cases/:code/evaluation"
}

/// The paths `Open311Endpoints` serves: GeoReport v2, each list in its two formats.
enum Open311Route: String, RouteSet {
    case discovery = "/open311/discovery.json"
    case servicesJSON = "/open311/v2/services.json"
    case servicesXML = "/open311/v2/services.xml"
    case requestsJSON = "/open311/v2/requests.json"
    case requestsXML = "/open311/v2/requests.xml"
    case service = "/open311/v2/services/:file"
    case request = "/open311/v2/requests/:file"
    case token = "/open311/v2/tokens/:file"
    /// Where the standard's endpoints begin, for the discovery document.
    static let base = "/open311/v2"
}

/// The paths `PublicCasePages` serves.
enum PublicCaseRoute: String, RouteSet {
    case reportForm = "/report"
    case lookup = "/track"
    case track = "/track/:code"
    case rate = "/track/:code/rating"
    case list = "/public/cases"
}

/// The paths `RatesPages` serves.
enum RatesRoute: String, RouteSet {
    case page = "/cases/rates"
    case casesPage = "/cases/rates/cases"
}

/// The paths `RatesPages` serves.
enum RatesAPIRoute: String, APIRouteSet {
    case json = "/api/v1/case-rates"
    case casesJSON = "/api/v1/case-rates/cases"
}
