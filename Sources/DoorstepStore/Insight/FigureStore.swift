import DoorstepCore
import Foundation
import SQLKit

/// The registry's figures counted from their records (`FigureRows`): for a territory and a period with the period
/// before beside it, side by side for the territories one level down, and the records behind each. Every page, the
/// report, exports and the API read figures here, so a figure is counted one way only.
public struct FigureStore: Sendable {
    /// The primary: topics taken up are written here and read back at once.
    let database: Database
    /// Where figures and their records are counted: a replica when one is configured, else the primary.
    let counting: Database
    let fromReplica: Bool
    let clock: @Sendable () -> Date

    init(database: Database, counting replica: Database? = nil, clock: @escaping @Sendable () -> Date) {
        self.database = database
        self.counting = replica ?? database
        self.fromReplica = replica != nil
        self.clock = clock
    }

    /// When the figures were true: nil while they are counted on the primary (they are live); on a replica, the
    /// time up to which it has replayed the primary's changes — now only while it streams from the primary and has
    /// replayed all it received (a replica cut off from its primary has replayed all it received, yet is stale).
    public func asOf() async throws -> Date? {
        guard fromReplica else { return nil }
        return try await counting.read { sql in
            try await sql.raw(
                """
                SELECT to_char((CASE WHEN NOT pg_is_in_recovery() THEN now()
                WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                    AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') THEN now()
                ELSE pg_last_xact_replay_timestamp() END) AT TIME ZONE 'UTC',
                'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS as_of
                """
            ).first()?.optionalString("as_of").flatMap(Timestamp.parse)
        }
    }

    /// The figures `keys` (all by default) for a territory inside the caller's scope, each with the same figure for
    /// the period before. Figures not counted at the territory's level (a community's partners for a grid) are left
    /// out.
    public func values(
        _ keys: [FigureKey] = FigureKey.allCases, in code: String, period: ReportingPeriod, by principal: Principal
    ) async throws -> [FigureValue] {
        let scope = try Self.territory(code, principal)
        let keys = keys.filter { FigureRegistry.definition($0).levels.contains(scope.level) }
        let counts = try await counts(keys, within: scope, periods: [period, period.previous])
        return keys.map { key in
            FigureValue(key: key, current: counts[0][key] ?? FigureCount(0), previous: counts[1][key])
        }
    }

    /// The figures `keys` of a territory for each of `periods` (a year's months for a trend), in one statement.
    public func series(
        _ keys: [FigureKey], in code: String, periods: [ReportingPeriod], by principal: Principal
    ) async throws -> [[FigureKey: FigureCount]] {
        let scope = try Self.territory(code, principal)
        return try await counts(keys.filter { FigureRegistry.definition($0).levels.contains(scope.level) }, within: scope, periods: periods)
    }

    /// The figures `keys` for each territory under this one at `level` (by default one level down: a street's
    /// communities, a community's grids), by code. A figure not counted at that level is absent; a territory
    /// without records has no entry.
    public func breakdown(
        _ keys: [FigureKey], in code: String, period: ReportingPeriod, at level: ScopeLevel? = nil, by principal: Principal
    ) async throws -> [String: [FigureKey: FigureCount]] {
        let scope = try Self.territory(code, principal)
        guard let child = level ?? ScopeLevel.allCases.first(where: { $0.codeLength == scope.code.count + 3 }),
            child.codeLength > scope.code.count
        else { return [:] }
        let column: SQLQueryString = child == .grid ? "x.grid_code" : "x.community_code"
        let keys = keys.filter { FigureRegistry.definition($0).levels.contains(child) }
        let parts = Self.parts(keys)
        guard !parts.isEmpty else { return [:] }
        let within = FigureRows.within(scope)
        var query: SQLQueryString = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { query.appendLiteral(" UNION ALL ") }
            if let tally = Tally.breakdown(part.key, part.part, in: scope.code, at: child, period: period, k: index) {
                query.appendInterpolation(tally)
                continue
            }
            query.appendInterpolation(
                """
                SELECT \(literal: index) AS k, \(column) AS place, \(FigureRows.measure(part.key)) AS n
                FROM (\(FigureRows.rows(part.key, part.part, period))) x WHERE \(within) AND \(column) IS NOT NULL
                GROUP BY \(column)
                """ as SQLQueryString)
        }
        let statement = query
        let rows = try await counting.read { sql in
            try await sql.raw(statement).all().map { (try $0.int("k"), try $0.string("place"), try $0.int("n")) }
        }
        var result: [String: [FigureKey: FigureCount]] = [:]
        for (index, place, n) in rows {
            let part = parts[index]
            var count = result[place, default: [:]][part.key] ?? FigureCount(0, of: FigureRegistry.definition(part.key).isRate ? 0 : nil)
            if part.part == .value { count.value = n } else { count.denominator = n }
            result[place, default: [:]][part.key] = count
        }
        return result
    }

    /// The records behind one figure (a rate's numerator, or its denominator), newest first.
    public func records(
        _ key: FigureKey, part: FigurePart = .value, in code: String, period: ReportingPeriod, by principal: Principal,
        limit: Int = 1_000
    ) async throws -> [FigureRecord] {
        let scope = try Self.territory(code, principal)
        let definition = FigureRegistry.definition(key)
        guard principal.can(definition.records) else { throw StoreError.forbidden }
        guard definition.levels.contains(scope.level), part == .value || definition.isRate else { throw StoreError.notFound }
        let within = FigureRows.within(scope)
        return try await counting.read { sql in
            try await sql.raw(
                """
                SELECT DISTINCT x.kind, x.id, x.day, x.summary, x.by_name FROM (\(FigureRows.rows(key, part, period))) x
                WHERE \(within) ORDER BY x.day DESC, x.id LIMIT \(bind: limit)
                """
            ).all().map { row in
                let kind = try row.string("kind")
                let summary = try row.optionalString("summary") ?? ""
                return FigureRecord(
                    kind: kind, id: try row.string("id"), day: ServiceFigures.chinaDay(try row.string("day")),
                    // Residents are named masked wherever a figure lists them.
                    summary: kind == "resident" ? Masking.name(summary) : summary, by: try row.optionalString("by_name") ?? "")
            }
        }
    }

    // MARK: - Counting

    struct Part: Hashable {
        var key: FigureKey
        var part: FigurePart
    }

    static func parts(_ keys: [FigureKey]) -> [Part] {
        keys.flatMap { key in
            FigureRegistry.definition(key).isRate ? [Part(key: key, part: .value), Part(key: key, part: .denominator)] : [Part(key: key, part: .value)]
        }
    }

    /// Every figure of `keys` for each of `periods`, in one statement.
    func counts(_ keys: [FigureKey], within scope: TerritoryScope, periods: [ReportingPeriod]) async throws -> [[FigureKey: FigureCount]] {
        let parts = Self.parts(keys)
        guard !parts.isEmpty else { return periods.map { _ in [:] } }
        let within = FigureRows.within(scope)
        var query: SQLQueryString = ""
        for (p, period) in periods.enumerated() {
            for (index, part) in parts.enumerated() {
                if p > 0 || index > 0 { query.appendLiteral(" UNION ALL ") }
                if let tally = Tally.count(part.key, part.part, code: scope.code, period: period, p: p, k: index) {
                    query.appendInterpolation(tally)
                    continue
                }
                query.appendInterpolation(
                    """
                    SELECT \(literal: p) AS p, \(literal: index) AS k, \(FigureRows.measure(part.key)) AS n
                    FROM (\(FigureRows.rows(part.key, part.part, period))) x WHERE \(within)
                    """ as SQLQueryString)
            }
        }
        let statement = query
        let rows = try await counting.read { sql in
            try await sql.raw(statement).all().map { (try $0.int("p"), try $0.int("k"), try $0.int("n")) }
        }
        var result = periods.map { _ in [FigureKey: FigureCount]() }
        for (p, index, n) in rows {
            let part = parts[index]
            var count = result[p][part.key] ?? FigureCount(0, of: FigureRegistry.definition(part.key).isRate ? 0 : nil)
            if part.part == .value { count.value = n } else { count.denominator = n }
            result[p][part.key] = count
        }
        return result
    }

    /// The territory a request names, inside the caller's scope; outside it looks exactly like a code that does not
    /// exist.
    static func territory(_ code: String, _ principal: Principal) throws -> TerritoryScope {
        guard principal.can(.viewFigures) else { throw StoreError.forbidden }
        guard let narrowed = principal.narrowed(to: code) else { throw StoreError.notFound }
        return narrowed.scope
    }
}
