import Mustache

/// Every set of routes, in one list: the router's table is checked against it, the OpenAPI document's paths come
/// from its API sets, and templates link through it.
enum RouteTable {
    /// The sets of pages, forms, files and the Open311 endpoints.
    static let pageSets: [any RouteSet.Type] = [
        SystemRoute.self, HomeRoute.self, LoginRoute.self, MyAccountRoute.self, AccountsRoute.self, AuditRoute.self,
        TerritoryRoute.self, PartyRoute.self, RegistryRoute.self, ImportRoute.self, OwnDataRoute.self, CaseRoute.self,
        PublicCaseRoute.self, RatesRoute.self, CalendarRoute.self, MediationRoute.self, Open311Route.self,
        PartyWorkRoute.self, OpinionsRoute.self, OrgLifeRoute.self, PledgeRoute.self, PointsRoute.self, PostsRoute.self,
        TeamsRoute.self, BoardRoute.self, VolunteerRoute.self, TimeBankRoute.self, VolunteerTeamRoute.self,
        VolunteerSettingsRoute.self, ServiceRecordRoute.self, PartnerRoute.self, ListsRoute.self, VenueRoute.self,
        JointMeetingRoute.self, MicroWishRoute.self, ServiceFiguresRoute.self, AfterSchoolRoute.self,
        HealthStationRoute.self, AidProjectRoute.self, SurveyRoute.self, PublicSurveyRoute.self, FiguresRoute.self, ReportRoute.self, HotspotRoute.self,
        OfflineRoute.self,
    ]

    /// The sets of the JSON API (and the health and metrics endpoints), each described in the OpenAPI document.
    static let apiSets: [any APIRouteSet.Type] = [
        SystemAPIRoute.self, AuthAPIRoute.self, AccountsAPIRoute.self, AuditAPIRoute.self, TerritoryAPIRoute.self,
        PartyAPIRoute.self, GridWorkerHubAPIRoute.self, RegistryAPIRoute.self, OwnDataAPIRoute.self,
        CasesAPIRoute.self, RatesAPIRoute.self, CalendarAPIRoute.self, MediationAPIRoute.self, VisitsAPIRoute.self,
        PartyWorkFiguresAPIRoute.self, PointsAPIRoute.self, TeamsAPIRoute.self, OrgLifeAPIRoute.self,
        PledgesAPIRoute.self, PostsAPIRoute.self, VolunteersAPIRoute.self, TimeBankAPIRoute.self,
        VolunteerTeamsAPIRoute.self, PartnersAPIRoute.self, ListsAPIRoute.self, CoBuildingAPIRoute.self,
        ServiceFiguresAPIRoute.self, AfterSchoolAPIRoute.self, SurveysAPIRoute.self, HealthStationAPIRoute.self,
        AidProjectAPIRoute.self, FiguresAPIRoute.self,
    ]

    /// Every route: the set's name as templates write it, the case's name and its pattern.
    static let all: [(set: String, name: String, pattern: String)] =
        (pageSets as [any RouteSet.Type] + apiSets as [any RouteSet.Type]).flatMap { entries($0) }

    /// The name templates know a set by: `VolunteerRoute` is `volunteer`, `TimeBankAPIRoute` is `timeBankAPI`.
    static func name(of set: any RouteSet.Type) -> String {
        let type = String(describing: set).replacingOccurrences(of: "Route", with: "")
        return type.prefix(1).lowercased() + type.dropFirst()
    }

    private static func entries<Set: RouteSet>(_ set: Set.Type) -> [(set: String, name: String, pattern: String)] {
        Set.allCases.map { (name(of: set), String(describing: $0), $0.pattern) }
    }

    /// What templates link with, under `route`: a path without parameters is its text (`{{route.volunteer.mine}}`);
    /// one with parameters is a lambda given them in order, separated by spaces
    /// (`{{#route.volunteer.organise}}{{activity.id}} {{volunteerID}} checkin{{/route.volunteer.organise}}`).
    nonisolated(unsafe) static let templateValues: [String: Any] = {
        var sets: [String: [String: Any]] = [:]
        for route in all {
            sets[route.set, default: [:]][route.name] = link(route.pattern)
        }
        return sets
    }()

    /// A template's argument text split into its values at the spaces; a value may mix tags and text (`{{kind}}.csv`).
    static func arguments(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func link(_ pattern: String) -> Any {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let count = segments.filter { $0.hasPrefix(":") }.count
        guard count > 0 else { return pattern }
        return MustacheLambda { (text: String) -> Any? in
            var values = arguments(text).makeIterator()
            return segments.map { $0.hasPrefix(":") ? values.next() ?? "" : $0 }.joined(separator: "/")
        }
    }
}
