import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The closed loop's rates for the caller's territory and a period, each figure with its definition and opening
/// the cases behind it; and the same over JSON, so the page and the API can never count differently.
struct RatesPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(RatesRoute.page, use: page)
        router.get(RatesRoute.casesPage, use: casesPage)
        router.get(RatesAPIRoute.json, use: json)
        router.get(RatesAPIRoute.casesJSON, use: casesJSON)
    }


    struct FigureResource: Encodable, Sendable {
        var metric: CaseMetric
        var name: String
        var definition: String
        var numerator: Int
        var denominator: Int
        var percent: Double?
    }

    struct RowResource: Encodable, Sendable {
        var code: String
        var name: String
        var figures: [FigureResource]
    }

    struct RatesResource: ResponseEncodable, Sendable {
        var from: String
        var to: String
        var total: RowResource
        var parts: [RowResource]
    }

    static func row(_ row: CaseRates.Row, _ strings: Strings) -> RowResource {
        RowResource(
            code: row.code, name: row.name,
            figures: row.figures.map {
                FigureResource(
                    metric: $0.metric, name: strings["metric_\($0.metric.rawValue)"],
                    definition: strings["metric_\($0.metric.rawValue)_definition"], numerator: $0.numerator,
                    denominator: $0.denominator, percent: $0.percent)
            })
    }

    @Sendable func json(request: Request, context: AppRequestContext) async throws -> RatesResource {
        let principal = try context.require(.viewCases)
        let period = try ReportingQuery.monthToDate(request)
        let (total, parts) = try await store.caseRates.rates(for: principal, period: period)
        return RatesResource(
            from: period.first.description, to: period.last.description, total: Self.row(total, context.strings),
            parts: parts.map { Self.row($0, context.strings) })
    }

    /// The set and territory a drill-down names, each checked.
    static func drillDown(_ request: Request, principal: Principal) throws -> (CaseSet, String, ReportingPeriod) {
        let query = request.uri.queryParameters
        guard let set = query["set"].flatMap({ CaseSet(rawValue: String($0)) }) else {
            throw AppError.validation([FieldError("set", .unknownValue(allowed: CaseSet.allCases.map(\.rawValue)))])
        }
        return (set, query["territory"].map(String.init) ?? principal.scope.code, try ReportingQuery.monthToDate(request))
    }

    @Sendable func casesJSON(request: Request, context: AppRequestContext) async throws -> ListPage<CaseResource> {
        let principal = try context.require(.viewCases)
        let (set, territory, period) = try Self.drillDown(request, principal: principal)
        let asked = ListQuery(request, limit: 50)
        let cases = try await store.caseRates.cases(
            in: set, territory: territory, period: period, by: principal, offset: asked.offset, limit: asked.fetch)
        let now = Date()
        return ListPage(counted: cases.map { CaseResource($0, at: now) }, asked: asked)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewCases)
        let strings = context.strings
        let (period, errors) = try ReportingQuery.onPage(request, default: .monthToDate(Date()), ReportingQuery.monthToDate)
        let (total, parts) = try await store.caseRates.rates(for: principal, period: period)
        let mediated = try await store.mediations.figures(for: principal, period: period)
        func cells(_ row: CaseRates.Row) -> [[String: Any]] {
            row.figures.map { figure in
                let base = RatesRoute.casesPage.path().keeping(period).query(["territory": row.code])
                return [
                    "percent": Percentage(figure.numerator, of: figure.denominator).text,
                    "numerator": figure.numerator, "denominator": figure.denominator,
                    "numeratorHref": base.query(["set": figure.metric.numerator.rawValue]),
                    "denominatorHref": base.query(["set": figure.metric.denominator.rawValue]),
                    "id": "\(row.code)-\(figure.metric.rawValue)",
                ]
            }
        }
        let model: [String: Any] = [
            "from": period.first.description, "to": period.last.description,
            "fieldErrors": Display.fieldErrors(errors, strings),
            "metrics": CaseMetric.allCases.map {
                ["name": strings["metric_\($0.rawValue)"], "definition": strings["metric_\($0.rawValue)_definition"]]
            },
            "mediation": [
                "ongoing": mediated.ongoing,
                "ended": MediationOutcome.allCases.map { ["name": strings["outcome_\($0.rawValue)"], "count": mediated.ended[$0] ?? 0] },
            ] as [String: Any],
            "rows": [["name": strings["rates_total"], "cells": cells(total), "total": true] as [String: Any]]
                + parts.map { ["name": $0.name, "cells": cells($0)] as [String: Any] },
        ]
        return pages.page("rates", title: strings["rates_title"], model: model, context: context)
    }

    @Sendable func casesPage(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewCases)
        let strings = context.strings
        let (set, territory, period) = try Self.drillDown(request, principal: principal)
        let paging = OpenPaging(request)
        let cases = try await store.caseRates.cases(
            in: set, territory: territory, period: period, by: principal, offset: paging.offset, limit: paging.fetch)
        let now = Date()
        let link = RatesRoute.casesPage.path().keeping(period).query(["territory": territory, "set": set.rawValue])
        let model: [String: Any] = [
            "set": strings["set_\(set.rawValue)"], "territory": territory,
            "period": "\(period.first) – \(period.last)",
            "back": RatesRoute.page.path().keeping(period),
            "cases": try await CaseDisplay.cards(paging.shown(cases), principal: principal, strings: strings, now: now, store: store),
            "pager": paging.model(found: cases.count, link: link, strings: strings),
        ]
        return pages.page("rateCases", title: strings["rates_title"], model: model, context: context)
    }
}
