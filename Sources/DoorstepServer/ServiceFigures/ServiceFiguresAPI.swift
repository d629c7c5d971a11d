import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The figures of volunteering and co-building over JSON, each with its definition, and the records behind one.
struct ServiceFiguresAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(ServiceFiguresAPIRoute.figures, use: figures)
        router.get(ServiceFiguresAPIRoute.records, use: records)
    }

    struct FigureResource: Encodable, Sendable {
        var measure: ServiceMeasure
        var name: String
        var unit: String
        var definition: String
        /// Hours for `volunteerHours` (halves allowed), otherwise a whole count.
        var value: Double
    }

    struct FiguresResource: ResponseEncodable, Sendable {
        var from: String
        var to: String
        var figures: [FigureResource]
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> FiguresResource {
        let principal = try context.requirePrincipal()
        let period = try ReportingQuery.yearToDate(request)
        let strings = context.strings
        let figures = try await store.serviceFigures.figures(period: period, for: principal).map {
            FigureResource(
                measure: $0.measure, name: strings[$0.measure.nameKey],
                unit: strings[$0.measure.unitKey],
                definition: strings[$0.measure.definitionKey],
                value: $0.measure == .volunteerHours ? HalfHours($0.value).hours : Double($0.value))
        }
        return FiguresResource(from: period.first.description, to: period.last.description, figures: figures)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> ListPage<FigureRecord> {
        let principal = try context.requirePrincipal()
        let measure = try ServiceMeasure.asked(request.uri.queryParameters["measure"])
        return ListPage(try await store.serviceFigures.records(measure, period: try ReportingQuery.yearToDate(request), for: principal))
    }
}
