/// The paths `HomePage` serves.
enum HomeRoute: String, RouteSet {
    case show = "/"
}
