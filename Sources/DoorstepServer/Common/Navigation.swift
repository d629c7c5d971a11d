import DoorstepCore

/// The navigation a role sees: only the places it may go.
enum Navigation {
    static func items(for principal: Principal, strings: Strings, current: String) -> [[String: Any]] {
        var items: [(String, String, [String])] = [("/", "nav_home", ["home"])]
        if principal.can(.viewTerritory) { items.append(("/territory", "nav_territory", ["territory", "community", "grid"])) }
        if principal.can(.viewRegistry) {
            items.append((
                "/registry", "nav_registry", ["registry", "building", "residentDetail", "residentForm", "importForm", "importJob", "dataRequests", "residents"]
            ))
        }
        if principal.can(.handleCases) { items.append(("/inbox", "nav_inbox", ["inbox"])) }
        if principal.can(.viewCases) { items.append(("/cases", "nav_cases", ["caseBoard", "caseDetail", "caseForm", "rates", "rateCases", "workCalendar"])) }
        if !principal.can(.viewCases) && principal.can(.reportCases) {
            items.append(("/cases/mine", "nav_my_cases", ["caseMine", "caseDetail", "caseForm"]))
        }
        if principal.role == .resident { items.append(("/me", "nav_me", ["ownRecord"])) }
        if principal.can(.viewParty) { items.append(("/party", "nav_party", ["party", "members", "memberDetail"])) }
        if principal.can(.viewParty) {
            items.append(("/party/work", "nav_party_work", [
                "partyWork", "partyRecords", "exemplars", "visitForm", "points", "teams", "team", "meetings", "meeting", "pledges", "posts",
                "opinions",
            ]))
        }
        if principal.role == .volunteer {
            items.append(("/volunteer", "nav_volunteer", ["volunteerMine"]))
            items.append(("/volunteer/time-bank", "nav_time_bank", ["timeBankMine", "volunteerRecord"]))
        }
        if principal.can(.manageVolunteers) {
            items.append(("/volunteer/activities", "nav_volunteer", [
                "volunteerActivities", "volunteerActivity", "volunteerTeams", "volunteerTeam", "timeBankOffice", "timeBankStatement",
                "volunteerSettings", "volunteerRecord",
            ]))
        }
        if principal.can(.manageServices) {
            items.append(("/partners", "nav_partners", ["partners", "partnerReport"]))
            items.append(("/lists", "nav_lists", ["lists", "need"]))
            items.append(("/services", "nav_services", ["serviceFigures", "serviceRecords"]))
            items.append(("/services/after-school", "nav_after_school", ["afterSchoolClasses", "afterSchoolClass", "afterSchoolRecords"]))
        }
        if principal.role == .partner { items.append(("/partners", "nav_partner_report", ["partnerReport"])) }
        if principal.can(.manageServices) || principal.role == .partner {
            items.append(("/partners/venues", "nav_venues", ["venues", "venue"]))
            items.append(("/partners/meetings", "nav_meetings", ["jointMeetings", "jointMeeting", "partnerMeetings"]))
        }
        if principal.can(.manageServices) || [Role.gridWorker, .partyMember, .partner].contains(principal.role) {
            items.append(("/lists/wishes", "nav_wishes", ["microWishes", "microWish"]))
        }
        if principal.can(.manageServices) || principal.role == .partner {
            items.append(("/services/health", "nav_health", ["healthStations", "healthStation", "healthFigureRecords"]))
            items.append(("/services/aid", "nav_aid", ["aidProjects", "aidProject", "aidFigureRecords"]))
        }
        if principal.mayRecordSurveyAnswers { items.append(("/surveys", "nav_surveys", ["surveys", "survey", "surveyCompare", "surveyQuestions"])) }
        if principal.can(.viewAccounts) { items.append(("/accounts", "nav_accounts", ["accounts", "accountDetail"])) }
        if principal.can(.viewAudit) { items.append(("/audit", "nav_audit", ["audit"])) }
        items.append(("/account", "nav_account", ["myAccount"]))
        return items.map { ["href": $0.0, "label": strings[$0.1], "current": $0.2.contains(current)] }
    }
}
