/// The paths `ImportPages` serves.
enum ImportRoute: String, RouteSet {
    case template = "/registry/templates/:file"
    case form = "/registry/import"
    case job = "/registry/imports/:id"
}
