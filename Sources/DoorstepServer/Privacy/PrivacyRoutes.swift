/// The paths `OwnDataAPI` serves.
enum OwnDataAPIRoute: String, APIRouteSet {
    case ownRecord = "/api/v1/me/record"
    case exportOwn = "/api/v1/me/record/export"
    case ownRequests = "/api/v1/me/requests"
    case dataRequests = "/api/v1/data-requests"
    case decide = "/api/v1/data-requests/:id/decision"
    case linkAccount = "/api/v1/residents/:id/account"
}

/// The paths `OwnDataPages` serves.
enum OwnDataRoute: String, RouteSet {
    case own = "/me"
    case exportOwn = "/me/record.json"
    case makeRequest = "/me/requests"
    case requests = "/registry/requests"
    case decide = "/registry/requests/:id/decision"
}
