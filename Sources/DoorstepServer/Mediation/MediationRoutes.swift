/// The paths `MediationAPI` serves.
enum MediationAPIRoute: String, APIRouteSet {
    case mediation = "/api/v1/cases/:id/mediation"
    case addSession = "/api/v1/cases/:id/mediation/sessions"
    case conclude = "/api/v1/cases/:id/mediation/outcome"
}

/// The paths of the mediation section on a dispute case's page (`MediationForms`).
enum MediationRoute: String, RouteSet {
    case start = "/cases/:id/mediation"
    case addSession = "/cases/:id/mediation/sessions"
    case conclude = "/cases/:id/mediation/outcome"
}
