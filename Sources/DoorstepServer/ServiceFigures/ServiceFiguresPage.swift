import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 服务成效: the figures of volunteering and co-building for the caller's territory and a period, each with its
/// definition and opening the records it counted.
struct ServiceFiguresPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(ServiceFiguresRoute.figures, use: figures)
        router.get(ServiceFiguresRoute.records, use: records)
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        let period = try ReportingQuery.yearToDate(request)
        var rows: [[String: Any]] = []
        for figure in try await store.serviceFigures.figures(period: period, for: principal) {
            let measure = figure.measure
            rows.append([
                "id": measure.rawValue, "name": strings[measure.nameKey], "unit": strings[measure.unitKey],
                "definition": strings[measure.definitionKey], "value": figure.text,
                "href": ServiceFiguresRoute.records.path().query(["measure": measure.rawValue]).keeping(period),
            ])
        }
        let model: [String: Any] = ["figures": rows, "from": period.first.description, "to": period.last.description]
        return pages.page("serviceFigures", title: strings["services_title"], model: model, context: context)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageServices)
        let strings = context.strings
        guard let measure = request.uri.queryParameters["measure"].flatMap({ ServiceMeasure(rawValue: String($0)) }) else {
            throw AppError.notFound
        }
        let period = try ReportingQuery.yearToDate(request)
        let records = try await store.serviceFigures.records(measure, period: period, for: principal)
        let model: [String: Any] = [
            "name": strings[measure.nameKey],
            "definition": strings[measure.definitionKey],
            "from": period.first.description, "to": period.last.description,
            "records": records.map { ["day": $0.day, "summary": $0.summary, "by": $0.by] },
            // What the third column holds differs by figure: a volunteer, a contact, a project.
            "byLabel": strings.word("records_by_\(measure.rawValue)") ?? strings["records_by"],
            "count": String(records.count),
        ]
        return pages.page("serviceRecords", title: strings[measure.nameKey], model: model, context: context)
    }
}
