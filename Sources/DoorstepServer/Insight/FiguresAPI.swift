import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The registry's figures over JSON: every figure of a territory and period with the period before, and the
/// records behind one.
struct FiguresAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(FiguresAPIRoute.figures, use: figures)
        router.get(FiguresAPIRoute.records, use: records)
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> FiguresResource {
        let principal = try context.requirePrincipal()
        let asked = try FigureQuery(request, principal)
        // Read before the values, so the time it gives is not later than what they were counted from.
        let asOf = try await store.figures.asOf()
        let values = try await store.figures.values(in: asked.code, period: asked.period, by: principal)
        return FiguresResource(
            scope: asked.code, name: try await asked.name(principal, store), period: asked.period.span,
            previousPeriod: asked.period.previous.span, figures: values.map { FigureResource($0, context.language) },
            asOf: asOf)
    }

    @Sendable func records(request: Request, context: AppRequestContext) async throws -> FigureRecordsResource {
        let principal = try context.requirePrincipal()
        let asked = try FigureQuery(request, principal)
        let key = try FigureQuery.key(context)
        let part = try FigureQuery.part(request)
        let items = try await store.figures.records(key, part: part, in: asked.code, period: asked.period, by: principal)
        return FigureRecordsResource(key: key, part: part, scope: asked.code, period: asked.period.span, items: items)
    }
}
