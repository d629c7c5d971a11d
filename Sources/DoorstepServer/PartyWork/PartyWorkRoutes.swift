/// The paths `BoardPage` serves.
enum BoardRoute: String, RouteSet {
    case board = "/board/:code"
    case photo = "/board/photos/:id"
}

/// The paths `OpinionsPage` serves.
enum OpinionsRoute: String, RouteSet {
    case page = "/party/opinions"
    case answer = "/party/opinions/:id/answer"
    case raiseCase = "/party/opinions/:id/case"
}

/// The paths `OrgLifeAPI` serves.
enum OrgLifeAPIRoute: String, APIRouteSet {
    case meetings = "/api/v1/meetings"
    case meeting = "/api/v1/meetings/:id"
    case checkIn = "/api/v1/meetings/:id/check-in"
    case mark = "/api/v1/meetings/:id/attendance"
    case minutes = "/api/v1/meetings/:id/minutes"
    case attachment = "/api/v1/meeting-attachments/:id"
}

/// The paths `OrgLifePages` serves.
enum OrgLifeRoute: String, RouteSet {
    case list = "/party/meetings"
    case meeting = "/party/meetings/:id"
    case checkIn = "/party/meetings/:id/check-in"
    case mark = "/party/meetings/:id/attendance"
    case minutes = "/party/meetings/:id/minutes"
    case attachment = "/party/meeting-attachments/:id"
}

/// The paths `PartyWorkFiguresAPI` serves.
enum PartyWorkFiguresAPIRoute: String, APIRouteSet {
    case figures = "/api/v1/party-work/figures"
    case records = "/api/v1/party-work/records"
    case exemplars = "/api/v1/party-work/exemplars"
}

/// The paths `PartyWorkPages` serves.
enum PartyWorkRoute: String, RouteSet {
    case overview = "/party/work"
    case records = "/party/work/records"
    case exemplars = "/party/work/exemplars"
    case visitForm = "/visits/new"
}

/// The paths `PledgePages` serves.
enum PledgeRoute: String, RouteSet {
    case page = "/party/me"
    case pledge = "/party/me/pledges"
    case progress = "/party/me/pledges/:id/progress"
    case fulfil = "/party/me/pledges/:id/fulfilment"
    case card = "/party/me/card"
}

/// The paths `PledgesAPI` serves.
enum PledgesAPIRoute: String, APIRouteSet {
    case pledges = "/api/v1/pledges"
    case progress = "/api/v1/pledges/:id/progress"
    case fulfil = "/api/v1/pledges/:id/fulfilment"
    case confirm = "/api/v1/pledges/:id/confirmation"
    case toConfirm = "/api/v1/pledges/to-confirm"
    case card = "/api/v1/me/card"
    case board = "/api/v1/public/board/:code"
}

/// The paths `PointsAPI` serves.
enum PointsAPIRoute: String, APIRouteSet {
    case settings = "/api/v1/points/settings"
    case rules = "/api/v1/points/rules"
    case retireRule = "/api/v1/points/rules/:id/retire"
    case claims = "/api/v1/points/claims"
    case decide = "/api/v1/points/claims/:id/decision"
    case deduct = "/api/v1/points/deductions"
    case correct = "/api/v1/points/corrections"
    case ledger = "/api/v1/points/ledger"
    case year = "/api/v1/points/year"
    case exempt = "/api/v1/points/exemptions"
    case publications = "/api/v1/points/publications"
    case object = "/api/v1/points/publications/:id/objections"
    case answerObjection = "/api/v1/points/objections/:id/answer"
    case linkAccount = "/api/v1/party/members/:id/account"
    case setOfficer = "/api/v1/party/members/:id/officer"
}

/// The paths `PointsPages` serves.
enum PointsRoute: String, RouteSet {
    case page = "/party/points"
    case claim = "/party/points/claims"
    case decide = "/party/points/claims/:id/decision"
    case deduct = "/party/points/deductions"
    case exempt = "/party/points/exemptions"
    case publish = "/party/points/publications"
    case addRule = "/party/points/rules"
    case retireRule = "/party/points/rules/:id/retire"
    case updateSettings = "/party/points/settings"
    case object = "/party/points/publications/:id/objections"
    case answerObjection = "/party/points/objections/:id/answer"
    case confirmPledge = "/party/points/pledges/:id/confirm"
}

/// The paths `PostsAPI` serves.
enum PostsAPIRoute: String, APIRouteSet {
    case posts = "/api/v1/posts"
    case addZone = "/api/v1/zones"
    case assign = "/api/v1/holdings"
    case relieve = "/api/v1/holdings/:id/end"
}

/// The paths `PostsPages` serves.
enum PostsRoute: String, RouteSet {
    case page = "/party/posts"
    case addZone = "/party/zones"
    case assign = "/party/holdings"
    case relieve = "/party/holdings/:id/end"
}

/// The paths `TeamsAPI` serves.
enum TeamsAPIRoute: String, APIRouteSet {
    case teams = "/api/v1/teams"
    case show = "/api/v1/teams/:id"
    case addMembers = "/api/v1/teams/:id/members"
    case activities = "/api/v1/teams/:id/activities"
    case figures = "/api/v1/teams/:id/figures"
}

/// The paths `TeamsPages` serves.
enum TeamsRoute: String, RouteSet {
    case list = "/party/teams"
    case team = "/party/teams/:id"
    case recordActivity = "/party/teams/:id/activities"
}

/// The paths `VisitsAPI` serves.
enum VisitsAPIRoute: String, APIRouteSet {
    case record = "/api/v1/visits"
    case plan = "/api/v1/visits/plan"
    case show = "/api/v1/visits/:id"
    case photo = "/api/v1/visits/:id/photo"
    case opinions = "/api/v1/opinions"
    case answer = "/api/v1/opinions/:id/answer"
    case raiseCase = "/api/v1/opinions/:id/case"
}
