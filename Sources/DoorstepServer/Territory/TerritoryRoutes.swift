/// The paths `TerritoryAPI` serves.
enum TerritoryAPIRoute: String, APIRouteSet {
    case streets = "/api/v1/streets"
    case street = "/api/v1/streets/:code"
    case communities = "/api/v1/communities"
    case community = "/api/v1/communities/:code"
    case grids = "/api/v1/grids"
    case grid = "/api/v1/grids/:code"
    case estates = "/api/v1/estates"
}

/// The paths `TerritoryPages` serves.
enum TerritoryRoute: String, RouteSet {
    case tree = "/territory"
    case community = "/territory/communities/:code"
    case grid = "/territory/grids/:code"
    case createBuilding = "/territory/grids/:code/buildings"
    case addWorker = "/territory/grids/:code/workers"
    case createEstate = "/territory/communities/:code/estates"
}
