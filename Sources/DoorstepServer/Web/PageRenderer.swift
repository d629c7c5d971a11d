import DoorstepCore
import Hummingbird
import Mustache

/// Renders a page template inside the layout, with the interface words (`t`), the CSRF token and the account's
/// navigation filled in for every page.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        let templates: [String: String] = [
            "layout": Templates.layout, "login": Templates.login, "loginCode": Templates.loginCode,
            "error": Templates.error, "home": Templates.home, "territory": Templates.territory,
            "community": Templates.community, "grid": Templates.grid, "myAccount": Templates.myAccount,
            "fieldErrors": Templates.fieldErrors, "accounts": Templates.accounts,
            "accountDetail": Templates.accountDetail, "audit": Templates.audit, "registry": Templates.registry,
            "residentTable": Templates.residentTable, "pager": Templates.pager, "building": Templates.building,
            "residents": Templates.residents, "members": Templates.members, "memberDetail": Templates.memberDetail,
            "residentDetail": Templates.residentDetail, "residentForm": Templates.residentForm,
            "party": Templates.party, "partyNode": Templates.partyNode, "importForm": Templates.importForm,
            "importJob": Templates.importJob, "ownRecord": Templates.ownRecord, "dataRequests": Templates.dataRequests,
            "caseCards": Templates.caseCards, "caseBoard": Templates.caseBoard, "inbox": Templates.inbox,
            "caseMine": Templates.caseMine, "caseForm": Templates.caseForm, "caseDetail": Templates.caseDetail,
            "publicReport": Templates.publicReport, "trackLookup": Templates.trackLookup, "track": Templates.track,
            "publicCases": Templates.publicCases, "rates": Templates.rates, "rateCases": Templates.rateCases,
            "workCalendar": Templates.workCalendar, "partyWork": Templates.partyWork, "partyRecords": Templates.partyRecords, "exemplars": Templates.exemplars,
            "visitForm": Templates.visitForm, "points": Templates.points, "teams": Templates.teams, "team": Templates.team,
            "meetings": Templates.meetings, "meeting": Templates.meeting, "pledges": Templates.pledges, "board": Templates.board,
            "posts": Templates.posts, "opinions": Templates.opinions, "publication": Templates.publication,
            "volunteerMine": Templates.volunteerMine, "volunteerActivities": Templates.volunteerActivities,
            "volunteerActivity": Templates.volunteerActivity,
            "volunteerLanes": Templates.volunteerLanes, "timeBankLines": Templates.timeBankLines,
            "timeBankMine": Templates.timeBankMine, "timeBankOffice": Templates.timeBankOffice, "timeBankStatement": Templates.timeBankStatement,
            "volunteerTeams": Templates.volunteerTeams, "volunteerTeam": Templates.volunteerTeam,
            "volunteerSettings": Templates.volunteerSettings, "volunteerRecord": Templates.volunteerRecord,
            "communityChoice": Templates.communityChoice, "partners": Templates.partners, "partnerReport": Templates.partnerReport, "lists": Templates.lists, "need": Templates.need,
            "venues": Templates.venues, "venue": Templates.venue, "jointMeetings": Templates.jointMeetings,
            "jointMeeting": Templates.jointMeeting, "partnerMeetings": Templates.partnerMeetings,
            "microWishes": Templates.microWishes, "microWish": Templates.microWish,
            "serviceFigures": Templates.serviceFigures, "serviceRecords": Templates.serviceRecords,
            "afterSchoolClasses": Templates.afterSchoolClasses, "afterSchoolClass": Templates.afterSchoolClass,
            "afterSchoolRecords": Templates.programmeRecords,
            "surveys": Templates.surveys, "survey": Templates.survey, "surveyCompare": Templates.surveyCompare,
            "surveyQuestions": Templates.surveyQuestions, "publicSurvey": Templates.publicSurvey,
            "healthStations": Templates.healthStations, "healthStation": Templates.healthStation,
            "healthFigureRecords": Templates.programmeRecords, "aidProjects": Templates.aidProjects,
            "aidProject": Templates.aidProject, "aidFigureRecords": Templates.programmeRecords,
        ]
        for (name, text) in templates {
            // The templates are part of the program: one that does not parse is a bug caught by the first test.
            try! library.register(text, named: name)
        }
        self.library = library
    }

    /// A whole page as a response.
    func page(
        _ template: String, title: String, model: [String: Any], context: AppRequestContext,
        status: HTTPResponse.Status = .ok, flash: String? = nil, extraCSRF: String? = nil, refreshSeconds: Int? = nil,
        large: Bool? = nil
    ) -> Response {
        let strings = context.strings
        var model = model
        model["t"] = strings.all
        model["csrf"] = context.session?.csrfToken ?? extraCSRF ?? ""
        let content = library.render(model, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "lang": context.language.rawValue, "title": title, "t": strings.all, "content": content,
            "languages": Language.allCases.map {
                ["code": $0.rawValue, "name": strings.languageName($0), "current": $0 == context.language] as [String: Any]
            },
        ]
        if let flash { layout["flash"] = flash }
        // Public pages offer a large-font mode for elderly residents; `large` is nil on the working pages.
        if let large {
            layout["largeToggle"] = large ? "0" : "1"
            if large { layout["bodyClass"] = "large" }
        }
        // Pages that follow work in progress reload themselves; no script needed.
        if let refreshSeconds { layout["refresh"] = String(refreshSeconds) }
        if let principal = context.principal {
            layout["user"] = [
                "displayName": principal.displayName, "roleName": strings.roleName(principal.role),
                "scopeName": "\(strings.scopeLevelName(principal.scope.level)) \(principal.scope.code)",
                "csrf": context.session?.csrfToken ?? "",
                "nav": Navigation.items(for: principal, strings: strings, current: template),
            ] as [String: Any]
        }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func errorPage(message: String, status: HTTPResponse.Status, context: AppRequestContext) -> Response {
        page("error", title: context.strings["error_title"], model: ["message": message], context: context, status: status)
    }
}

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
