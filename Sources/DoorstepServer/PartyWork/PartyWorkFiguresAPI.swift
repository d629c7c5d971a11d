import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The S10 figures over JSON, each with its definition; the records behind one; the top contributors.
struct PartyWorkFiguresAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(PartyWorkFiguresAPIRoute.figures, use: figures)
        router.get(PartyWorkFiguresAPIRoute.records, use: records)
        router.get(PartyWorkFiguresAPIRoute.exemplars, use: exemplars)
    }

    struct FigureResource: Encodable, Sendable {
        var measure: PartyWorkMeasure
        var name: String
        var unit: String
        var definition: String
        var count: Int
    }

    struct FiguresResource: ResponseEncodable, Sendable {
        var from: String
        var to: String
        var figures: [FigureResource]
    }

    static func resources(_ figures: [PartyWorkFigure], _ strings: Strings) -> [FigureResource] {
        figures.map {
            FigureResource(
                measure: $0.measure, name: strings[$0.measure.nameKey], unit: strings[$0.measure.unitKey],
                definition: strings[$0.measure.definitionKey], count: $0.count)
        }
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> FiguresResource {
        let principal = try context.require(.viewParty)
        let period = try ReportingQuery.yearToDate(request)
        let figures = try await store.partyWork.figures(of: PartyWorkQuery.subject(request), period: period, for: principal)
        return FiguresResource(
            from: period.first.description, to: period.last.description, figures: Self.resources(figures, context.strings))
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> ListPage<FigureRecord> {
        let principal = try context.require(.viewParty)
        let records = try await store.partyWork.records(
            try PartyWorkQuery.measure(request), of: PartyWorkQuery.subject(request), period: try ReportingQuery.yearToDate(request),
            for: principal)
        return ListPage(records)
    }

    @Sendable func exemplars(request: Request, context: AppRequestContext) async throws -> ListPage<Exemplar> {
        let principal = try context.require(.viewParty)
        return ListPage(try await store.partyWork.exemplars(
                try PartyWorkQuery.measure(request), period: try ReportingQuery.yearToDate(request), for: principal))
    }
}
