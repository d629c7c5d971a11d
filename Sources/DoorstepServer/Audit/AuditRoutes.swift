/// The paths `AuditAPI` serves.
enum AuditAPIRoute: String, APIRouteSet {
    case list = "/api/v1/audit"
    case verify = "/api/v1/audit/verification"
}

/// The paths `AuditPage` serves.
enum AuditRoute: String, RouteSet {
    case show = "/audit"
    case verify = "/audit/verify"
    case exportCSV = "/audit/export.csv"
    case exportXLSX = "/audit/export.xlsx"
}
