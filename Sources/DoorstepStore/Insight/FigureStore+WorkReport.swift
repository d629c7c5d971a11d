import DoorstepCore
import Foundation

extension FigureStore {
    /// The work report of a territory for a period, composed from the registry's figures and the facts it names.
    public func workReport(in code: String, period: ReportingPeriod, language: Language, by principal: Principal) async throws -> WorkReport {
        let scope = try Self.territory(code, principal)
        let values = try await values(in: code, period: period, by: principal)
        let facts = try await reportFacts(in: code, period: period, by: principal)
        let name: String = try await counting.read { sql in
            let table = scope.level == .street ? "streets" : scope.level == .community ? "communities" : "grids"
            return try await sql.raw("SELECT name FROM \(unsafeRaw: table) WHERE code = \(bind: code)").first()?.string("name") ?? code
        }
        return WorkReport.compose(territory: name, period: period, values: values, facts: facts, language: language)
    }
}
