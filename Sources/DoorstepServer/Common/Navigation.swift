import DoorstepCore

/// The navigation a role sees: only the places it may go, grouped by the work, the current place marked.
enum Navigation {
    /// The kinds of work the menu is grouped by, in the order they are shown.
    enum Group: String, CaseIterable {
        case work, cases, people, party, services, coBuilding, insight, system

        var key: String { "nav_group_\(rawValue)" }
    }

    /// A menu this short reads at a glance: its groups are not named.
    static let shortMenu = 5

    struct Item {
        let group: Group
        let href: Link
        let key: String
        /// The templates that belong to this place, so that it is marked on each of them.
        let pages: [String]
    }

    /// The groups a role sees, each with its links, the current place's link marked; and the current place's name,
    /// for the folded menu of a phone.
    static func menu(for principal: Principal, strings: Strings, current: String) -> (groups: [[String: Any]], currentName: String?) {
        let items = items(for: principal)
        let named = items.count > shortMenu
        let groups = Group.allCases.compactMap { group -> [String: Any]? in
            let links = items.filter { $0.group == group }
            guard !links.isEmpty else { return nil }
            var shown: [String: Any] = [
                "items": links.map { ["href": $0.href, "label": strings[$0.key], "current": $0.pages.contains(current)] }
            ]
            if named { shown["navGroupName"] = strings[group.key] }
            return shown
        }
        return (groups, items.first { $0.pages.contains(current) }.map { strings[$0.key] })
    }

    static func items(for principal: Principal) -> [Item] {
        var items = [Item(group: .work, href: HomeRoute.show.path(), key: "nav_home", pages: ["home", "dashboard"])]
        func add(_ group: Group, _ href: Link, _ key: String, _ pages: [String]) {
            items.append(Item(group: group, href: href, key: key, pages: pages))
        }
        if principal.can(.handleCases) { add(.work, CaseRoute.inbox.path(), "nav_inbox", ["inbox", "caseInHand"]) }
        if principal.can(.viewCases) {
            add(.cases, CaseRoute.board.path(), "nav_cases", ["caseBoard", "caseDetail", "caseForm", "rates", "rateCases", "workCalendar"])
        }
        if !principal.can(.viewCases) && principal.can(.reportCases) {
            add(.cases, CaseRoute.mine.path(), "nav_my_cases", ["caseMine", "caseDetail", "caseForm"])
        }
        if principal.can(.viewTerritory) { add(.people, TerritoryRoute.tree.path(), "nav_territory", ["territory", "community", "grid"]) }
        if principal.can(.viewRegistry) {
            add(.people, RegistryRoute.overview.path(), "nav_registry", [
                "registry", "building", "residentDetail", "residentForm", "importForm", "importJob", "dataRequests", "residents",
            ])
        }
        if principal.role == .resident { add(.people, OwnDataRoute.own.path(), "nav_me", ["ownRecord"]) }
        if principal.can(.viewParty) {
            add(.party, PartyRoute.show.path(), "nav_party", ["party", "members", "memberDetail"])
            add(.party, PartyWorkRoute.overview.path(), "nav_party_work", [
                "partyWork", "partyRecords", "exemplars", "visitForm", "points", "teams", "team", "meetings", "meeting", "pledges", "posts",
                "opinions",
            ])
        }
        if principal.role == .volunteer {
            add(.services, VolunteerRoute.mine.path(), "nav_volunteer", ["volunteerMine"])
            add(.services, TimeBankRoute.page.path(), "nav_time_bank", ["timeBankMine", "volunteerRecord"])
        }
        if principal.can(.manageVolunteers) {
            add(.services, VolunteerRoute.activities.path(), "nav_volunteer", [
                "volunteerActivities", "volunteerActivity", "volunteerTeams", "volunteerTeam", "timeBankOffice", "timeBankStatement",
                "volunteerSettings", "volunteerRecord",
            ])
        }
        if principal.can(.manageServices) {
            add(.services, ListsRoute.lists.path(), "nav_lists", ["lists", "need"])
            add(.services, AfterSchoolRoute.list.path(), "nav_after_school", ["afterSchoolClasses", "afterSchoolClass", "afterSchoolRecords"])
        }
        if principal.can(.manageServices) || [Role.gridWorker, .partyMember, .partner].contains(principal.role) {
            add(.services, MicroWishRoute.wishes.path(), "nav_wishes", ["microWishes", "microWish"])
        }
        if principal.can(.manageServices) || principal.role == .partner {
            add(.services, HealthStationRoute.list.path(), "nav_health", ["healthStations", "healthStation", "healthFigureRecords"])
            add(.services, AidProjectRoute.list.path(), "nav_aid", ["aidProjects", "aidProject", "aidFigureRecords"])
        }
        if principal.can(.manageServices) { add(.coBuilding, PartnerRoute.partners.path(), "nav_partners", ["partners", "partnerReport"]) }
        if principal.role == .partner { add(.coBuilding, PartnerRoute.partners.path(), "nav_partner_report", ["partnerReport"]) }
        if principal.can(.manageServices) || principal.role == .partner {
            add(.coBuilding, VenueRoute.venues.path(), "nav_venues", ["venues", "venue"])
            add(.coBuilding, JointMeetingRoute.meetings.path(), "nav_meetings", ["jointMeetings", "jointMeeting", "partnerMeetings"])
        }
        if principal.can(.viewFigures) {
            add(.insight, FiguresRoute.figures.path(), "nav_figures", ["figures", "figureRecords"])
            add(.insight, ReportRoute.page.path(), "nav_report", ["report"])
            add(.insight, HotspotRoute.hotspots.path(), "nav_hotspots", ["hotspots"])
        }
        if principal.can(.manageServices) { add(.insight, ServiceFiguresRoute.figures.path(), "nav_services", ["serviceFigures", "serviceRecords"]) }
        if principal.mayRecordSurveyAnswers { add(.insight, SurveyRoute.list.path(), "nav_surveys", ["surveys", "survey", "surveyCompare", "surveyQuestions"]) }
        if principal.can(.viewAccounts) { add(.system, AccountsRoute.list.path(), "nav_accounts", ["accounts", "accountDetail"]) }
        if principal.can(.viewAudit) { add(.system, AuditRoute.show.path(), "nav_audit", ["audit"]) }
        add(.system, MyAccountRoute.show.path(), "nav_account", ["myAccount"])
        return items
    }
}
