import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The three lists on the web: needs (with a new need heard on a recent visit or opinion), resources and projects;
/// and one need with the resources suggested for it, each of which can be accepted as a project.
struct ListsPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(ListsRoute.lists, use: lists)
        router.post(ListsRoute.addNeed, use: addNeed)
        router.get(ListsRoute.need, use: need)
        router.post(ListsRoute.accept, use: accept)
    }

    @Sendable func lists(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderLists(context: context)
    }

    func renderLists(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let places = try await PartnerPages.places(of: principal.scope.communityCode, principal: principal, store: store)
        let placeNames = Dictionary(uniqueKeysWithValues: places.map { ($0.code, $0.name) })
        let partnerNames = Dictionary(uniqueKeysWithValues: try await store.partners.list(by: principal).map { ($0.id, $0.name) })
        // What was heard lately, for a need to name where it came from.
        let today = CalendarDay(containing: Date())
        let recent = ReportingPeriod(first: today.adding(days: -90), last: today)
        var heard: [[String: Any]] = []
        for measure in [PartyWorkMeasure.visits, .opinions] {
            for record in try await store.partyWork.records(measure, of: .scope, period: recent, for: principal, limit: 30) {
                let value = "\(record.kind):\(record.id)"
                heard.append([
                    "value": value, "selected": form["from"] == value,
                    "label": "\(strings["need_source_\(record.kind)"]) \(record.day) \(record.by)：\(record.summary.prefix(30))",
                ])
            }
        }
        let model: [String: Any] = [
            "needs": try await store.lists.needs(by: principal).map { need in
                [
                    "id": need.id, "description": need.description, "category": strings["service_category_\(need.category.rawValue)"],
                    "place": placeNames[need.placeCode] ?? need.placeCode, "span": "\(need.wantedFrom) – \(need.wantedUntil)",
                    "source": strings["need_source_\(need.source.rawValue)"],
                    "status": strings[need.projectID == nil ? "need_open" : "need_matched"],
                ] as [String: Any]
            },
            "resources": try await store.lists.resources(by: principal).map {
                [
                    "description": $0.description, "partner": partnerNames[$0.partnerID] ?? "",
                    "category": strings["service_category_\($0.category.rawValue)"], "capacity": $0.capacity, "unit": $0.unit,
                    "place": placeNames[$0.placeCode] ?? $0.placeCode, "span": "\($0.availableFrom) – \($0.availableUntil)",
                ] as [String: Any]
            },
            "projects": try await store.lists.projects(by: principal).map {
                [
                    "title": $0.title, "span": "\($0.startsOn) – \($0.endsOn)",
                    "partners": $0.partnerIDs.compactMap { partnerNames[$0] }.joined(separator: "、"),
                    "reached": $0.peopleReached, "target": $0.targetPeople,
                ] as [String: Any]
            },
            "heard": heard,
            "places": places.map { ["code": $0.code, "name": $0.name, "selected": form["placeCode"] == $0.code] as [String: Any] },
            "categories": PartnerPages.categories(strings, selected: form["category"]),
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("lists", title: strings["lists_title"], model: model, context: context, status: status)
    }

    @Sendable func addNeed(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        return try await Form.submit(request, context: context, as: principal) { form in
            let from = (form["from"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
            let need = try await store.lists.addNeed(
                NewNeed(
                    placeCode: form["placeCode"] ?? "", category: form["category"] ?? "", description: form["description"] ?? "",
                    wantedFrom: form["wantedFrom"] ?? "", wantedUntil: form["wantedUntil"] ?? "",
                    source: from.count == 2 ? from[0] : NeedSource.other.rawValue, sourceID: from.count == 2 ? from[1] : nil),
                by: principal)
            return ListsRoute.need.path(need.id)
        } refused: { errors, fields in
            try await renderLists(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func need(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderNeed(id: try context.parameters.require("id"), context: context)
    }

    func renderNeed(id: String, context: AppRequestContext, errors: [FieldError] = [], status: HTTPResponse.Status = .ok)
        async throws -> Response
    {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let need = try await store.lists.need(id, by: principal)
        let places = try await PartnerPages.places(of: need.communityCode, principal: principal, store: store)
        let placeNames = Dictionary(uniqueKeysWithValues: places.map { ($0.code, $0.name) })
        let partnerNames = Dictionary(uniqueKeysWithValues: try await store.partners.list(by: principal).map { ($0.id, $0.name) })
        var project: String?
        if let projectID = need.projectID { project = try await store.lists.projects(by: principal).first { $0.id == projectID }?.title }
        let suggestions = need.projectID == nil ? try await store.lists.suggestions(forNeed: id, by: principal) : []
        let model: [String: Any] = [
            "need": [
                "description": need.description, "category": strings["service_category_\(need.category.rawValue)"],
                "place": placeNames[need.placeCode] ?? need.placeCode, "span": "\(need.wantedFrom) – \(need.wantedUntil)",
                "source": strings["need_source_\(need.source.rawValue)"], "project": Display.shown(project),
            ] as [String: Any],
            "suggestions": suggestions.map { suggestion in
                let resource = suggestion.resource
                return [
                    "needID": need.id, "resourceID": resource.id, "description": resource.description,
                    "partner": partnerNames[resource.partnerID] ?? "",
                    "place": strings[suggestion.samePlace ? "lists_same_place" : "lists_whole_community"],
                    "shared": strings.format("lists_shared_days", ["n": String(suggestion.sharedDays)]),
                    "remaining": strings.format("lists_remaining", ["n": String(suggestion.remaining), "unit": resource.unit]),
                    "startsOn": max(need.wantedFrom, resource.availableFrom).description,
                    "endsOn": min(need.wantedUntil, resource.availableUntil).description,
                ] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page("need", title: need.description, model: model, context: context, status: status)
    }

    @Sendable func accept(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let id = try context.parameters.require("id")
        return try await Form.submit(request, context: context, as: principal) { form in
            let project = try await store.lists.accept(
                needID: id, resourceID: form["resourceID"] ?? "",
                NewProject(
                    title: form["title"] ?? "", owner: form["owner"] ?? "", startsOn: form["startsOn"] ?? "",
                    endsOn: form["endsOn"] ?? "", uses: form["uses"] ?? "", targetPeople: form["targetPeople"] ?? ""),
                by: principal)
            return PartnerRoute.report.path(project.partnerIDs[0])
        } refused: { errors, _ in
            try await renderNeed(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }
}
