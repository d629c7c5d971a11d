/// The paths `CoBuildingAPI` serves.
enum CoBuildingAPIRoute: String, APIRouteSet {
    case venues = "/api/v1/venues"
    case bookings = "/api/v1/venue-bookings"
    case cancel = "/api/v1/venue-bookings/:id/cancellation"
    case meetings = "/api/v1/joint-meetings"
    case meeting = "/api/v1/joint-meetings/:id"
    case writeMinutes = "/api/v1/joint-meetings/:id/minutes"
    case wishes = "/api/v1/micro-wishes"
    case wish = "/api/v1/micro-wishes/:id"
    case claim = "/api/v1/micro-wishes/:id/claim"
    case fulfil = "/api/v1/micro-wishes/:id/fulfilment"
    case figures = "/api/v1/co-building/figures"
}

/// The paths `JointMeetingPages` serves.
enum JointMeetingRoute: String, RouteSet {
    case meetings = "/partners/meetings"
    case meeting = "/partners/meetings/:id"
    case writeMinutes = "/partners/meetings/:id/minutes"
    case partnerMeetings = "/partners/:id/meetings"
}

/// The paths `ListsAPI` serves.
enum ListsAPIRoute: String, APIRouteSet {
    case needs = "/api/v1/needs"
    case suggestions = "/api/v1/needs/:id/suggestions"
    case accept = "/api/v1/needs/:id/project"
    case resources = "/api/v1/resources"
    case addResource = "/api/v1/partners/:id/resources"
    case projects = "/api/v1/projects"
    case deliver = "/api/v1/projects/:id/deliveries"
}

/// The paths `ListsPages` serves.
enum ListsRoute: String, RouteSet {
    case lists = "/lists"
    case addNeed = "/lists/needs"
    case need = "/lists/needs/:id"
    case accept = "/lists/needs/:id/accept"
}

/// The paths `MicroWishPages` serves.
enum MicroWishRoute: String, RouteSet {
    case wishes = "/lists/wishes"
    case wish = "/lists/wishes/:id"
    case act = "/lists/wishes/:id/:action"
}

/// The paths `PartnerPages` serves.
enum PartnerRoute: String, RouteSet {
    case partners = "/partners"
    case report = "/partners/:id"
    case act = "/partners/:id/:action"
    case fulfil = "/partners/:id/commitments/:item/fulfil"
    case deliver = "/partners/:id/projects/:item/deliveries"
}

/// The paths `PartnersAPI` serves.
enum PartnersAPIRoute: String, APIRouteSet {
    case partners = "/api/v1/partners"
    case report = "/api/v1/partners/:id/report"
    case link = "/api/v1/partners/:id/account"
    case reportMember = "/api/v1/partners/:id/members"
    case sign = "/api/v1/partners/:id/agreements"
    case fulfil = "/api/v1/commitments/:id/fulfilment"
    case renewals = "/api/v1/agreements/renewals"
}

/// The paths `VenuePages` serves.
enum VenueRoute: String, RouteSet {
    case venues = "/partners/venues"
    case book = "/partners/venues/book"
    case venue = "/partners/venues/:id"
    case cancel = "/partners/venue-bookings/:id/cancel"
}
