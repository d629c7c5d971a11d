import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The home of someone who does the work rather than oversees it: a Party member's visits, opinions, points and
/// pledges this year; a volunteer's hours, stars and credits; a partner's report; a resident's own reports. Every
/// number is their own and opens the page it comes from.
struct OwnHome: Sendable {
    let store: Store
    let pages: PageRenderer

    func render(_ principal: Principal, context: AppRequestContext) async throws -> Response {
        let strings = context.strings
        var model: [String: Any] = [
            "welcome": strings.format("home_welcome", ["name": principal.displayName]),
            "roleIntro": strings["home_role_\(principal.role.rawValue)"],
        ]
        var figures: [[String: Any]] = []
        var links: [(Link, String)] = []
        switch principal.role {
        case .partyMember:
            let year = ReportingQuery.yearToDate()
            if let me = try await store.party.signedInMember(principal) {
                for figure in try await store.partyWork.figures(of: .member(me.id), period: year, for: principal) {
                    figures.append([
                        "value": figure.count, "label": strings[figure.measure.nameKey], "unit": strings.unit(figure.measure.unitKey, count: figure.count),
                        "href": PartyWorkRoute.records.path().query(["measure": figure.measure.rawValue, "member": me.id]).keeping(year),
                    ])
                }
                if let points = try await store.points.memberYear(memberID: me.id, year: year.last.year, by: principal) {
                    figures.append([
                        "value": points.total, "label": strings["home_points"], "unit": PartyWorkPages.rating(points.rating, strings),
                        "href": PointsRoute.page.path().query(["member": me.id]),
                    ])
                }
            }
            links = [
                (PartyWorkRoute.visitForm.path(), "visit_new"), (PledgeRoute.page.path(), "home_pledges"),
                (PartyWorkRoute.overview.path(), "nav_party_work"), (OrgLifeRoute.list.path(), "home_meetings"),
            ]
        case .volunteer:
            if let me = try await store.volunteers.me(principal) {
                let summary = try await store.volunteers.summary(volunteerID: me.id, by: principal)
                figures = [
                    ["value": summary.hours.text, "label": strings["volunteer_hours"], "unit": "", "href": VolunteerRoute.mine.path()],
                    ["value": VolunteerOffice.stars(summary.stars), "label": strings["volunteer_stars"], "unit": "", "href": VolunteerRoute.mine.path()],
                    ["value": summary.balance.text, "label": strings["volunteer_balance"], "unit": "", "href": TimeBankRoute.page.path()],
                ]
            }
            links = [(VolunteerRoute.mine.path(), "nav_volunteer"), (TimeBankRoute.page.path(), "nav_time_bank")]
        case .partner:
            if let mine = try await store.partners.mine(principal) {
                links = [(PartnerRoute.report.path(mine.id), "nav_partner_report")]
            }
            links += [(VenueRoute.venues.path(), "nav_venues"), (MicroWishRoute.wishes.path(), "nav_wishes")]
        default:
            model["myCases"] = try await store.cases.reportedBy(principal, limit: 10).map { item -> [String: Any] in
                [
                    "href": PublicCaseRoute.track.path(item.trackingCode), "title": strings.category(item.categoryName), "code": item.trackingCode,
                    "state": strings["case_state_\(item.state.rawValue)"], "reported": Display.time(item.createdAt),
                ]
            }
            links = [(PublicCaseRoute.reportForm.path(), "home_report"), (OwnDataRoute.own.path(), "nav_me"), (PublicCaseRoute.list.path(), "home_public_cases")]
        }
        model["figures"] = figures
        model["links"] = links.map { ["href": $0.0, "label": strings[$0.1]] }
        return pages.page("home", title: strings["home_title"], model: model, context: context)
    }
}
