import DoorstepCore
import Foundation
import SQLKit

/// One figure whose two counts disagree.
public struct FigureDifference: Sendable, Equatable, CustomStringConvertible {
    public var key: FigureKey
    public var territory: String
    public var part: FigurePart
    public var registry: Int
    public var plain: Int

    public var description: String {
        "\(key.rawValue)\(part == .denominator ? " (denominator)" : "") @ \(territory): registry \(registry), plain count \(plain)"
    }
}

/// `doorstep figures verify`: every registered figure counted again by a second, plain route — one straight count
/// over the tables per figure, written without the registry's rows — for a territory and every territory under it,
/// and every difference listed. The same definitions in other words: where the two disagree, one of them is wrong.
public struct FigureCheck: Sendable {
    let figures: FigureStore
    /// The copy the registry counts on, so both counts see the same records.
    var database: Database { figures.counting }

    public func verify(in code: String, period: ReportingPeriod, by principal: Principal) async throws -> [FigureDifference] {
        guard let level = ScopeLevel(codeLength: code.count) else { throw StoreError.notFound }
        var territories = [TerritoryScope(level: level, code: code)]
        let below: [String] = try await database.read { sql in
            var codes = try await sql.raw("SELECT code FROM communities WHERE code LIKE \(bind: code + "%")").all().map { try $0.string("code") }
            codes += try await sql.raw("SELECT code FROM grids WHERE code LIKE \(bind: code + "%")").all().map { try $0.string("code") }
            return codes
        }
        territories += below.filter { $0 != code }.compactMap { code in ScopeLevel(codeLength: code.count).map { TerritoryScope(level: $0, code: code) } }
        var differences: [FigureDifference] = []
        for territory in territories {
            let values = try await figures.values(in: territory.code, period: period, by: principal)
            for value in values {
                let plain = try await plainCount(value.key, .value, territory, period)
                if plain != value.current.value {
                    differences.append(FigureDifference(key: value.key, territory: territory.code, part: .value, registry: value.current.value, plain: plain))
                }
                if let denominator = value.current.denominator {
                    let plainDenominator = try await plainCount(value.key, .denominator, territory, period)
                    if plainDenominator != denominator {
                        differences.append(
                            FigureDifference(key: value.key, territory: territory.code, part: .denominator, registry: denominator, plain: plainDenominator))
                    }
                }
            }
        }
        return differences
    }

    func plainCount(_ key: FigureKey, _ part: FigurePart, _ scope: TerritoryScope, _ period: ReportingPeriod) async throws -> Int {
        let query = PlainCounts.query(key, part, scope, period)
        return try await database.read { sql in try await sql.raw(query).first()?.int("n") ?? 0 }
    }
}
