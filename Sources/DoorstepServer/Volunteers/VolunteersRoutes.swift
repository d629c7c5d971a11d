/// The paths `ServiceRecordPage` serves.
enum ServiceRecordRoute: String, RouteSet {
    case mine = "/volunteer/record"
    case record = "/volunteer/record/:id"
}

/// The paths `TimeBankAPI` serves.
enum TimeBankAPIRoute: String, APIRouteSet {
    case items = "/api/v1/time-bank/items"
    case updateItem = "/api/v1/time-bank/items/:id"
    case redemptions = "/api/v1/time-bank/redemptions"
    case handOver = "/api/v1/time-bank/redemptions/:id/handover"
    case donate = "/api/v1/time-bank/donations"
    case adjust = "/api/v1/time-bank/adjustments"
    case statement = "/api/v1/time-bank/statement"
}

/// The paths `TimeBankPages` serves.
enum TimeBankRoute: String, RouteSet {
    case page = "/volunteer/time-bank"
    case redeem = "/volunteer/time-bank/redemptions"
    case donate = "/volunteer/time-bank/donations"
    case addItem = "/volunteer/time-bank/items"
    case updateItem = "/volunteer/time-bank/items/:id"
    case adjust = "/volunteer/time-bank/adjustments"
    case handOver = "/volunteer/time-bank/redemptions/:id/handover"
    case statement = "/volunteer/time-bank/volunteers/:id"
}

/// The paths `VolunteerPages` serves.
enum VolunteerRoute: String, RouteSet {
    case mine = "/volunteer"
    case registerMe = "/volunteer/register"
    case act = "/volunteer/activities/:id/:action"
    case activities = "/volunteer/activities"
    case activity = "/volunteer/activities/:id"
    case organise = "/volunteer/activities/:id/signups/:volunteer/:action"
}

/// The paths `VolunteerSettingsPage` serves.
enum VolunteerSettingsRoute: String, RouteSet {
    case page = "/volunteer/settings"
}

/// The paths `VolunteerTeamPages` serves.
enum VolunteerTeamRoute: String, RouteSet {
    case list = "/volunteer/teams"
    case team = "/volunteer/teams/:id"
    case addMember = "/volunteer/teams/:id/members"
    case removeMember = "/volunteer/teams/:id/members/:volunteer/remove"
    case assign = "/volunteer/teams/:id/activities"
    case unassign = "/volunteer/teams/:id/activities/:activity/remove"
}

/// The paths `VolunteerTeamsAPI` serves.
enum VolunteerTeamsAPIRoute: String, APIRouteSet {
    case teams = "/api/v1/volunteer-teams"
    case team = "/api/v1/volunteer-teams/:id"
    case addMember = "/api/v1/volunteer-teams/:id/members"
    case removeMember = "/api/v1/volunteer-teams/:id/members/:volunteer"
    case assign = "/api/v1/volunteer-teams/:id/activities"
    case settings = "/api/v1/volunteers/settings"
}

/// The paths `VolunteersAPI` serves.
enum VolunteersAPIRoute: String, APIRouteSet {
    case me = "/api/v1/volunteers/me"
    case balances = "/api/v1/time-bank/balances"
}
