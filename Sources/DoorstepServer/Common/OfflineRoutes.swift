/// The paths `OfflinePages` serves: the phone's service worker, from the root so it may keep every page, and the
/// page it shows for one it has not kept.
enum OfflineRoute: String, RouteSet {
    case worker = "/offline-worker.js"
    case page = "/offline"
}
