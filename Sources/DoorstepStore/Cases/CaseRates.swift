import DoorstepCore
import Foundation
import SQLKit

/// The closed loop's rates per territory and period, counted from the cases and their history, and the cases
/// behind each figure. Every part of a rate is one set of cases (`CaseSet`), each case counted once.
public struct CaseRates: Sendable {
    let database: Database

    /// One territory's figures.
    public struct Row: Sendable, Equatable {
        public var code: String
        public var name: String
        public var figures: [RateFigure]
    }

    /// The rates of the caller's whole scope, and of each territory one level down (the communities of a street,
    /// the grids of a community).
    public func rates(for principal: Principal, period: ReportingPeriod) async throws -> (total: Row, parts: [Row]) {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let scope = principal.scope
        let parts: [(String, String)] = try await database.read { sql in
            switch scope.level {
            case .street:
                try await sql.raw("SELECT code, name FROM communities WHERE street_code = \(bind: scope.code) ORDER BY code").all()
                    .map { (try $0.string("code"), try $0.string("name")) }
            case .community:
                try await sql.raw("SELECT code, name FROM grids WHERE community_code = \(bind: scope.code) ORDER BY code").all()
                    .map { (try $0.string("code"), try $0.string("name")) }
            case .grid: []
            }
        }
        let total = Row(code: scope.code, name: "", figures: try await figures(in: scope, period: period))
        var rows: [Row] = []
        for (code, name) in parts {
            guard let level = ScopeLevel(codeLength: code.count) else { continue }
            rows.append(Row(code: code, name: name, figures: try await figures(in: TerritoryScope(level: level, code: code), period: period)))
        }
        return (total, rows)
    }

    private func figures(in territory: TerritoryScope, period: ReportingPeriod) async throws -> [RateFigure] {
        var figures: [RateFigure] = []
        for metric in CaseMetric.allCases {
            figures.append(
                RateFigure(
                    metric: metric, numerator: try await count(metric.numerator, in: territory, period: period),
                    denominator: try await count(metric.denominator, in: territory, period: period)))
        }
        return figures
    }

    private func count(_ set: CaseSet, in territory: TerritoryScope, period: ReportingPeriod) async throws -> Int {
        let condition = Self.condition(set, period: period)
        let place = territory.condition()
        return try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM cases WHERE \(place) AND \(condition)").first()?.int("n") ?? 0
        }
    }

    /// The cases behind one part of a figure, for a territory inside the caller's scope, oldest deadline first.
    public func cases(
        in set: CaseSet, territory code: String, period: ReportingPeriod, by principal: Principal, offset: Int = 0,
        limit: Int = 50
    ) async throws -> [Case] {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        guard let level = ScopeLevel(codeLength: code.count), principal.scope.contains(code: code) else { throw StoreError.notFound }
        let place = TerritoryScope(level: level, code: code).condition()
        let condition = Self.condition(set, period: period)
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM cases WHERE \(place) AND \(condition) ORDER BY created_at, id LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all().map(CaseRow.decode)
        }
    }

    /// The one place each set is defined in SQL.
    static func condition(_ set: CaseSet, period: ReportingPeriod) -> SQLQueryString {
        let from = Timestamp.format(period.start), to = Timestamp.format(period.end)
        func within(_ column: String) -> SQLQueryString {
            "\(unsafeRaw: column) >= \(bind: from) AND \(unsafeRaw: column) < \(bind: to)"
        }
        // Read from the events' own index (action, at), not once per case.
        func happened(_ action: String) -> SQLQueryString {
            "cases.id IN (SELECT e.case_id FROM case_events e WHERE e.action = \(bind: action) AND \(within("e.at")))"
        }
        // A shelved case's deadline moves on while it waits, so it is not yet due.
        let due: SQLQueryString = "\(within("deadline")) AND state NOT IN ('rejected', 'voided', 'shelved')"
        let rated = within("evaluated_at")
        switch set {
        case .dueInPeriod: return due
        case .closedOfDue: return "\(due) AND closed_at IS NOT NULL"
        case .closedOnTimeOfDue: return "\(due) AND closed_on_time = \(bind: true)"
        case .handledInPeriod: return happened("submitFeedback")
        case .reworkedOfHandled: return "\(happened("submitFeedback")) AND \(happened("checkFailed"))"
        case .dispatchedInPeriod: return within("dispatched_at")
        case .respondedInTimeOfDispatched: return "\(within("dispatched_at")) AND responded_in_time = \(bind: true)"
        case .ratedInPeriod: return rated
        case .solvedOfRated: return "\(rated) AND solved = \(bind: true)"
        case .satisfiedOfRated: return "\(rated) AND satisfaction IN ('verySatisfied', 'satisfied')"
        }
    }
}
