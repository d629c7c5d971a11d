import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 志愿服务记录证明: a volunteer's record of service laid out to be printed — the layout's print section drops the
/// navigation and every form, so what is left is the certificate. A volunteer prints their own; the office prints
/// any volunteer's of its community.
struct ServiceRecordPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(ServiceRecordRoute.mine, use: mine)
        router.get(ServiceRecordRoute.record, use: record)
    }

    @Sendable func mine(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.role == .volunteer else { throw AppError.forbidden }
        // Registration comes first, on the volunteer's own page.
        guard let me = try await store.volunteers.me(principal) else { return redirect(to: VolunteerRoute.mine.path()) }
        let record = try await store.volunteers.record(volunteerID: me.id, by: principal)
        return render(record, back: TimeBankRoute.page.path(), context: context)
    }

    @Sendable func record(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageVolunteers)
        let record = try await store.volunteers.record(volunteerID: try context.parameters.require("id"), by: principal)
        let communities = try await store.territory.communities(for: principal)
        return render(record, back: VolunteerOffice.keep(TimeBankRoute.page.path(), record.volunteer.communityCode, communities), context: context)
    }

    func render(_ record: ServiceRecord, back: Link, context: AppRequestContext) -> Response {
        let strings = context.strings
        let volunteer = record.volunteer
        var model: [String: Any] = [:]
        model["name"] = volunteer.name
        model["phone"] = volunteer.phoneMasked
        model["registeredOn"] = volunteer.registeredOn
        model["community"] = record.communityName
        model["total"] = record.total.text
        model["count"] = record.entries.count
        model["stars"] = VolunteerOffice.stars(record.stars)
        model["printedOn"] = record.printedOn
        model["back"] = back
        model["entries"] = record.entries.map { entry -> [String: Any] in
            ["day": entry.day, "title": entry.title, "hours": entry.hours.text]
        }
        model["hasEntries"] = !record.entries.isEmpty
        model["statement"] = strings.format(
            "vrecord_statement",
            [
                "name": volunteer.name, "since": volunteer.registeredOn, "community": record.communityName, "today": record.printedOn,
                "count": String(record.entries.count), "hours": record.total.text,
            ])
        return pages.page("volunteerRecord", title: strings["vrecord_title"], model: model, context: context)
    }
}
