import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 联席会议 on the web. For the office: the co-building figures of a period, the meetings held and a form to write
/// one down; one meeting with its minutes and decisions, which the office may rewrite. For the office and a
/// partner's account: the meetings one partner attended (`/partners/{id}/meetings`, linked from its report).
struct JointMeetingPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(JointMeetingRoute.meetings, use: meetings)
        router.post(JointMeetingRoute.meetings, use: record)
        router.get(JointMeetingRoute.meeting, use: meeting)
        router.post(JointMeetingRoute.writeMinutes, use: writeMinutes)
        router.get(JointMeetingRoute.partnerMeetings, use: partnerMeetings)
    }

    // MARK: - The office's list

    @Sendable func meetings(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        if principal.role == .partner {
            guard let mine = try await store.partners.mine(principal) else { throw AppError.forbidden }
            return redirect(to: JointMeetingRoute.partnerMeetings.path(mine.id))
        }
        return try await renderMeetings(period: try ReportingQuery.yearToDate(request), context: context)
    }

    func renderMeetings(
        period: ReportingPeriod, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let partners = try await store.partners.list(by: principal)
        let names = Dictionary(uniqueKeysWithValues: partners.map { ($0.id, $0.name) })
        var agreements: [[String: Any]] = []
        var titles: [String: String] = [:]
        for partner in partners {
            for agreement in try await store.agreements.agreements(partnerID: partner.id, by: principal) {
                titles[agreement.id] = agreement.title
                let choice: [String: Any] = [
                    "value": agreement.id, "label": "\(partner.name) · \(agreement.title)", "selected": form["agreementID"] == agreement.id,
                ]
                agreements.append(choice)
            }
        }
        let figures = try await store.coBuildingFigures(period: period, by: principal)
        let meetings = try await store.jointMeetings.meetings(by: principal)
        var model: [String: Any] = [:]
        model["from"] = period.first.description
        model["to"] = period.last.description
        model["figures"] = Self.figuresModel(figures)
        model["meetings"] = meetings.map { Self.meetingItem($0, names: names, titles: titles, strings) }
        model["agreements"] = agreements
        model["partners"] = partners.map { partner -> [String: Any] in
            ["id": partner.id, "name": partner.name, "checked": form["partner_\(partner.id)"] == "1"]
        }
        model.merge(try await PartnerPages.communityChoice(principal, store: store, selected: form["community"])) { _, chosen in chosen }
        model["today"] = CalendarDay(containing: Date()).description
        model["fieldErrors"] = CoBuildingMessages.messages(errors, strings, labels: Self.labels)
        model["form"] = form
        return pages.page("jointMeetings", title: strings["meetings_joint_title"], model: model, context: context, status: status)
    }

    @Sendable func record(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            // Each partner is a checkbox of its own, `partner_<id>`, since a form field holds one value.
            let attending = form.fields.keys.filter { $0.hasPrefix("partner_") && form[$0] == "1" }.map { String($0.dropFirst(8)) }.sorted()
            let community = (form["community"] ?? "").isEmpty ? nil : form["community"]
            let meeting = try await store.jointMeetings.record(
                NewJointMeeting(
                    agreementID: form["agreementID"], heldOn: form["heldOn"] ?? "", topic: form["topic"] ?? "", partnerIDs: attending,
                    minutes: form["minutes"] ?? "", decisions: form["decisions"] ?? ""),
                communityCode: community, by: principal)
            return JointMeetingRoute.meeting.path(meeting.id)
        } refused: { errors, fields in
            try await renderMeetings(
                period: try ReportingQuery.yearToDate(request), context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - One meeting

    @Sendable func meeting(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderMeeting(id: try context.parameters.require("id"), context: context)
    }

    func renderMeeting(id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok)
        async throws -> Response
    {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let meeting = try await store.jointMeetings.meeting(id, by: principal)
        let office = principal.can(.manageServices)
        var names: [String: String] = [:]
        var titles: [String: String] = [:]
        for partnerID in meeting.partnerIDs {
            // A partner's account reads only its own partner; the others are named where the office can see them.
            guard let partner = try? await store.partners.partner(partnerID, by: principal) else { continue }
            names[partner.id] = partner.name
            if let agreementID = meeting.agreementID,
                let agreement = try? await store.agreements.agreements(partnerID: partner.id, by: principal).first(where: { $0.id == agreementID })
            {
                titles[agreementID] = agreement.title
            }
        }
        var model: [String: Any] = [:]
        model["meeting"] = Self.meetingItem(meeting, names: names, titles: titles, strings)
        model["minutes"] = Display.shown(meeting.minutes)
        model["decisions"] = meeting.decisions
        model["hasDecisions"] = !meeting.decisions.isEmpty
        model["decisionsText"] = meeting.decisions.joined(separator: "\n")
        model["minutesText"] = meeting.minutes
        model["office"] = office
        model["fieldErrors"] = CoBuildingMessages.messages(errors, strings, labels: Self.labels)
        return pages.page("jointMeeting", title: meeting.topic, model: model, context: context, status: status)
    }

    @Sendable func writeMinutes(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.jointMeetings.writeMinutes(
                meetingID: id, minutes: form["minutes"] ?? "", decisions: form["decisions"] ?? "", by: principal)
            return JointMeetingRoute.meeting.path(id)
        } refused: { errors, _ in
            try await renderMeeting(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    // MARK: - A partner's meetings

    @Sendable func partnerMeetings(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let partnerID = try context.parameters.require("id")
        let partner = try await store.partners.partner(partnerID, by: principal)
        let meetings = try await store.jointMeetings.meetings(partnerID: partnerID, by: principal)
        var names: [String: String] = [partner.id: partner.name]
        if principal.can(.manageServices) {
            for other in try await store.partners.list(by: principal) { names[other.id] = other.name }
        }
        var titles: [String: String] = [:]
        for agreement in try await store.agreements.agreements(partnerID: partnerID, by: principal) {
            titles[agreement.id] = agreement.title
        }
        var model: [String: Any] = [:]
        model["partner"] = ["id": partner.id, "name": partner.name]
        model["meetings"] = meetings.map { Self.meetingItem($0, names: names, titles: titles, strings) }
        model["office"] = principal.can(.manageServices)
        return pages.page(
            "partnerMeetings", title: strings.format("meetings_of_partner", ["partner": partner.name]), model: model, context: context)
    }

    // MARK: - Shared

    static func meetingItem(_ meeting: JointMeeting, names: [String: String], titles: [String: String], _ strings: Strings)
        -> [String: Any]
    {
        var item: [String: Any] = [:]
        item["id"] = meeting.id
        item["topic"] = meeting.topic
        item["heldOn"] = meeting.heldOn.description
        item["partners"] = meeting.partnerIDs.compactMap { names[$0] }.joined(separator: "、")
        item["agreement"] = Display.shown(meeting.agreementID.flatMap { titles[$0] })
        item["decisionCount"] = strings.format("meetings_decision_count", ["n": String(meeting.decisions.count)])
        return item
    }

    /// Fields whose general label says something else on other pages.
    static let labels: [String: String] = ["topic": "meetings_field_topic", "heldOn": "meetings_field_heldOn"]

    /// The period's five counts, each with the id a page and a test find it by.
    static func figuresModel(_ figures: CoBuildingFigures) -> [String: Any] {
        var model: [String: Any] = [:]
        model["bookings"] = figures.bookings.count
        model["meetings"] = figures.meetings.count
        model["posted"] = figures.wishesPosted.count
        model["claimed"] = figures.wishesClaimed.count
        model["fulfilled"] = figures.wishesFulfilled.count
        return model
    }
}
