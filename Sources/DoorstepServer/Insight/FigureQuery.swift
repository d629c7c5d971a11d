import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// What a figures request asks for: a territory (`scope`, the caller's own by default) and the days (`from`, `to`,
/// the month so far by default), read one way for the pages, the API, exports and the report.
struct FigureQuery: Sendable {
    var code: String
    var period: ReportingPeriod

    init(code: String, period: ReportingPeriod) {
        self.code = code
        self.period = period
    }

    init(_ request: Request, _ principal: Principal, defaultPeriod: ReportingPeriod = .monthToDate(Date())) throws {
        self.init(code: Self.code(request, principal), period: try ReportingQuery.asked(request) ?? defaultPeriod)
    }

    /// For a page: days that do not read give the default period, with the refusal to show beside it.
    static func onPage(
        _ request: Request, _ principal: Principal, defaultPeriod: ReportingPeriod = .monthToDate(Date())
    ) throws -> (FigureQuery, [FieldError]) {
        let (period, errors) = try ReportingQuery.onPage(request, default: defaultPeriod) { try ReportingQuery.asked($0) ?? defaultPeriod }
        return (FigureQuery(code: code(request, principal), period: period), errors)
    }

    static func code(_ request: Request, _ principal: Principal) -> String {
        request.uri.queryParameters["scope"].map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? principal.scope.code
    }

    /// The territory's name as its people say it: 幸福里社区, or 光明街道 for the street.
    func name(_ principal: Principal, _ store: Store) async throws -> String {
        guard let narrowed = principal.narrowed(to: code) else { throw AppError.notFound }
        return try await store.territory.scopeName(for: narrowed)
    }

    /// The part a records request opens: a rate's numerator (`value`) or its denominator.
    static func part(_ request: Request) throws -> FigurePart {
        guard let text = request.uri.queryParameters["part"] else { return .value }
        guard let part = FigurePart(rawValue: String(text)) else {
            throw AppError.validation([FieldError("part", .unknownValue(allowed: FigurePart.allCases.map(\.rawValue)))])
        }
        return part
    }

    /// The figure a path names.
    static func key(_ context: AppRequestContext) throws -> FigureKey {
        guard let key = FigureKey(rawValue: try context.parameters.require("key")) else { throw AppError.notFound }
        return key
    }
}

extension Link {
    /// The link asking for the same territory and days.
    func keeping(_ query: FigureQuery) -> Link {
        self.query(["scope": query.code]).keeping(query.period)
    }
}
