import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 问题多发点: where problems of one kind recur (源头治理), the candidates for the topic of the month, and the topics
/// taken up with their cases before and after (未诉先办).
struct HotspotPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(HotspotRoute.hotspots, use: hotspots)
        router.post(HotspotRoute.takeUp, use: takeUp)
    }

    @Sendable func hotspots(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(request: request, context: context)
    }

    func render(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let strings = context.strings
        let (query, periodErrors) = try FigureQuery.onPage(request, principal, defaultPeriod: ReportPages.lastYear())
        let hotspots = try await store.figures.hotspots(in: query.code, period: query.period, by: principal)
        let candidates = try await store.figures.topicCandidates(in: query.code, by: principal)
        let topics = try await store.figures.topics(in: query.code, by: principal)
        let today = CalendarDay(containing: Date()).description
        var model = try await PeriodForm.model(query, principal, store, strings, action: HotspotRoute.hotspots.path())
        model["fieldErrors"] = Display.fieldErrors(periodErrors + errors, strings)
        model["hotspots"] = hotspots.map { Self.row($0, strings) }
        model["canTakeUp"] = principal.can(.manageCases)
        model["candidates"] = candidates.map { candidate -> [String: Any] in
            var row = Self.row(candidate.hotspot, strings)
            row["before"] = candidate.casesBefore
            row["growth"] = Display.shown(candidate.hotspot.cases > candidate.casesBefore ? "↑\(candidate.hotspot.cases - candidate.casesBefore)" : nil)
            row["title"] = strings.format("hotspot_title", ["place": candidate.hotspot.place, "category": row["category"] as? String ?? ""])
            row["today"] = today
            return row
        }
        model["topics"] = topics.map { topic -> [String: Any] in
            [
                "title": topic.title, "place": topic.place, "category": strings.category(topic.categoryName),
                "started": topic.startedOn.description,
                "days": topic.days, "before": topic.casesBefore, "after": topic.casesAfter,
                "fewer": topic.casesAfter < topic.casesBefore,
            ]
        }
        model["form"] = form
        return pages.page("hotspots", title: strings["hotspot_page"], model: model, context: context, status: status)
    }

    static func row(_ hotspot: Hotspot, _ strings: Strings) -> [String: Any] {
        [
            "place": hotspot.place, "category": strings.category(hotspot.categoryName), "categoryCode": hotspot.categoryCode,
            "cases": hotspot.cases,
            "repeats": hotspot.fromRepeatReporters, "last": hotspot.lastReportedOn, "grid": hotspot.placeCode,
            "building": hotspot.buildingID ?? "",
        ]
    }

    @Sendable func takeUp(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageCases)
        return try await Form.submit(request, context: context, as: principal) { form in
            _ = try await store.figures.takeUp(
                NewTopic(
                    gridCode: form["grid"] ?? "", buildingID: form["building"].flatMap { $0.isEmpty ? nil : $0 },
                    categoryCode: form["category"] ?? "", title: form["title"] ?? "", startedOn: form["startedOn"] ?? ""),
                by: principal)
            return HotspotRoute.hotspots.path().query(["done": "topic"]).fragment("topics")
        } refused: { errors, fields in
            try await render(request: request, context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }
}
