/// The paths `GridWorkerHubAPI` serves.
enum GridWorkerHubAPIRoute: String, APIRouteSet {
    case workers = "/api/v1/grid-workers"
    case hubs = "/api/v1/party/hubs"
    case link = "/api/v1/party/hubs/:id/households"
}

/// The paths `PartyAPI` serves.
enum PartyAPIRoute: String, APIRouteSet {
    case templateCSV = "/api/v1/party/members/template.csv"
    case templateXLSX = "/api/v1/party/members/template.xlsx"
    case importFile = "/api/v1/party/members/import"
    case orgs = "/api/v1/party/orgs"
    case members = "/api/v1/party/members"
    case figures = "/api/v1/party/figures"
}

/// The paths `PartyPage` serves.
enum PartyRoute: String, RouteSet {
    case show = "/party"
    case members = "/party/members"
    case exportMembersCSV = "/party/members/export.csv"
    case exportMembersXLSX = "/party/members/export.xlsx"
    case member = "/party/members/:id"
    case createOrg = "/party/orgs"
    case createHub = "/party/members/:id/hub"
    case linkHouseholds = "/party/hubs/:id/households"
    case linkAccount = "/party/members/:id/account"
}
