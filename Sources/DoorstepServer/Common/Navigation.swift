import DoorstepCore

/// The navigation a role sees: only the places it may go.
enum Navigation {
    static func items(for principal: Principal, strings: Strings, current: String) -> [[String: Any]] {
        var items: [(Link, String, [String])] = [(HomeRoute.show.path(), "nav_home", ["home"])]
        if principal.can(.viewFigures) {
            items.append((FiguresRoute.figures.path(), "nav_figures", ["figures", "figureRecords"]))
            items.append((ReportRoute.page.path(), "nav_report", ["report"]))
            items.append((HotspotRoute.hotspots.path(), "nav_hotspots", ["hotspots"]))
        }
        if principal.can(.viewTerritory) { items.append((TerritoryRoute.tree.path(), "nav_territory", ["territory", "community", "grid"])) }
        if principal.can(.viewRegistry) {
            items.append((
                RegistryRoute.overview.path(), "nav_registry", ["registry", "building", "residentDetail", "residentForm", "importForm", "importJob", "dataRequests", "residents"]
            ))
        }
        if principal.can(.handleCases) { items.append((CaseRoute.inbox.path(), "nav_inbox", ["inbox"])) }
        if principal.can(.viewCases) { items.append((CaseRoute.board.path(), "nav_cases", ["caseBoard", "caseDetail", "caseForm", "rates", "rateCases", "workCalendar"])) }
        if !principal.can(.viewCases) && principal.can(.reportCases) {
            items.append((CaseRoute.mine.path(), "nav_my_cases", ["caseMine", "caseDetail", "caseForm"]))
        }
        if principal.role == .resident { items.append((OwnDataRoute.own.path(), "nav_me", ["ownRecord"])) }
        if principal.can(.viewParty) { items.append((PartyRoute.show.path(), "nav_party", ["party", "members", "memberDetail"])) }
        if principal.can(.viewParty) {
            items.append((PartyWorkRoute.overview.path(), "nav_party_work", [
                "partyWork", "partyRecords", "exemplars", "visitForm", "points", "teams", "team", "meetings", "meeting", "pledges", "posts",
                "opinions",
            ]))
        }
        if principal.role == .volunteer {
            items.append((VolunteerRoute.mine.path(), "nav_volunteer", ["volunteerMine"]))
            items.append((TimeBankRoute.page.path(), "nav_time_bank", ["timeBankMine", "volunteerRecord"]))
        }
        if principal.can(.manageVolunteers) {
            items.append((VolunteerRoute.activities.path(), "nav_volunteer", [
                "volunteerActivities", "volunteerActivity", "volunteerTeams", "volunteerTeam", "timeBankOffice", "timeBankStatement",
                "volunteerSettings", "volunteerRecord",
            ]))
        }
        if principal.can(.manageServices) {
            items.append((PartnerRoute.partners.path(), "nav_partners", ["partners", "partnerReport"]))
            items.append((ListsRoute.lists.path(), "nav_lists", ["lists", "need"]))
            items.append((ServiceFiguresRoute.figures.path(), "nav_services", ["serviceFigures", "serviceRecords"]))
            items.append((AfterSchoolRoute.list.path(), "nav_after_school", ["afterSchoolClasses", "afterSchoolClass", "afterSchoolRecords"]))
        }
        if principal.role == .partner { items.append((PartnerRoute.partners.path(), "nav_partner_report", ["partnerReport"])) }
        if principal.can(.manageServices) || principal.role == .partner {
            items.append((VenueRoute.venues.path(), "nav_venues", ["venues", "venue"]))
            items.append((JointMeetingRoute.meetings.path(), "nav_meetings", ["jointMeetings", "jointMeeting", "partnerMeetings"]))
        }
        if principal.can(.manageServices) || [Role.gridWorker, .partyMember, .partner].contains(principal.role) {
            items.append((MicroWishRoute.wishes.path(), "nav_wishes", ["microWishes", "microWish"]))
        }
        if principal.can(.manageServices) || principal.role == .partner {
            items.append((HealthStationRoute.list.path(), "nav_health", ["healthStations", "healthStation", "healthFigureRecords"]))
            items.append((AidProjectRoute.list.path(), "nav_aid", ["aidProjects", "aidProject", "aidFigureRecords"]))
        }
        if principal.mayRecordSurveyAnswers { items.append((SurveyRoute.list.path(), "nav_surveys", ["surveys", "survey", "surveyCompare", "surveyQuestions"])) }
        if principal.can(.viewAccounts) { items.append((AccountsRoute.list.path(), "nav_accounts", ["accounts", "accountDetail"])) }
        if principal.can(.viewAudit) { items.append((AuditRoute.show.path(), "nav_audit", ["audit"])) }
        items.append((MyAccountRoute.show.path(), "nav_account", ["myAccount"]))
        return items.map { ["href": $0.0, "label": strings[$0.1], "current": $0.2.contains(current)] }
    }
}
