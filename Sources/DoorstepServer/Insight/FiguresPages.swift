import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 工作数据: every figure of a territory for a period, by the work report's parts, each beside the period before
/// with its definition and opening its records; and the records behind one figure.
struct FiguresPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(FiguresRoute.figures, use: figures)
        router.get(FiguresRoute.records, use: records)
        let export = FigureExport(store: store)
        router.get(FiguresRoute.exportXLSX, use: export.figures)
        router.get(FiguresRoute.exportCSV, use: export.figures)
        router.get(FiguresRoute.sideXLSX, use: export.sideBySide)
        router.get(FiguresRoute.sideCSV, use: export.sideBySide)
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let (query, errors) = try FigureQuery.onPage(request, principal)
        let language = context.language
        let values = try await store.figures.values(in: query.code, period: query.period, by: principal)
        let sections: [[String: Any]] = ReportSection.allCases.compactMap { section in
            let figures = values.filter { $0.definition.section == section }
            guard !figures.isEmpty else { return nil }
            return [
                "id": section.rawValue, "title": section.title.text(language),
                "figures": figures.map { FigureDisplay.model($0, query, language) },
            ]
        }
        var model = try await PeriodForm.model(query, principal, store, context.strings, action: FiguresRoute.figures.path())
        model["sections"] = sections
        model["xlsxHref"] = FiguresRoute.exportXLSX.path().keeping(query)
        model["csvHref"] = FiguresRoute.exportCSV.path().keeping(query)
        model["reportHref"] = ReportRoute.page.path().keeping(query)
        model["code"] = query.code
        let bars = request.uri.queryParameters["bars"].flatMap { FigureKey(rawValue: String($0)) }
            .flatMap { FigurePictures.barChoices.contains($0) ? $0 : nil } ?? .casesReported
        model.merge(try await FigurePictures.model(query, bars: bars, principal, store, context.strings, language)) { _, new in new }
        model["fieldErrors"] = Display.fieldErrors(errors, context.strings)
        let title = context.strings.format("figures_title", ["place": try await query.name(principal, store)])
        return pages.page("figures", title: title, model: model, context: context)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewFigures)
        let query = try FigureQuery(request, principal)
        let key = try FigureQuery.key(context)
        let part = try FigureQuery.part(request)
        let language = context.language
        let definition = FigureRegistry.definition(key)
        let records = try await store.figures.records(key, part: part, in: query.code, period: query.period, by: principal)
        let partName: String? =
            switch definition.kind {
            case .rate(let numerator, let denominator): (part == .value ? numerator : denominator).text(language)
            default: nil
            }
        let model: [String: Any] = [
            "key": key.rawValue, "name": definition.name.text(language), "definition": definition.definition.text(language),
            "part": Display.shown(partName), "count": records.count, "capped": records.count >= 1_000,
            "place": try await query.name(principal, store), "from": query.period.first.description, "to": query.period.last.description,
            "back": FiguresRoute.figures.path().keeping(query).fragment("figure-\(key.rawValue)"),
            "records": records.map { record -> [String: Any] in
                ["day": record.day, "summary": record.summary, "by": record.by, "href": Display.shown(FigureDisplay.link(record))]
            },
        ]
        return pages.page("figureRecords", title: definition.name.text(language), model: model, context: context)
    }
}
