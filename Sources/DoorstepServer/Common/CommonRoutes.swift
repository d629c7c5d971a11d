/// The paths `SystemEndpoints` serves.
enum SystemAPIRoute: String, APIRouteSet {
    case health = "/healthz"
    case metrics = "/metrics"
    case openAPI = "/api/openapi.json"
}

/// The paths `SystemEndpoints` serves.
enum SystemRoute: String, RouteSet {
    case stylesheet = "/static/doorstep.css"
    case script = "/static/doorstep.js"
}
