import DoorstepCore
import Foundation
import SQLKit

/// What an import did.
public struct ImportSummary: Sendable, Equatable, Codable {
    public var residents: Int
    public var householdsCreated: Int
    public var buildings: Int
    public var members: Int

    public init(residents: Int = 0, householdsCreated: Int = 0, buildings: Int = 0, members: Int = 0) {
        self.residents = residents
        self.householdsCreated = householdsCreated
        self.buildings = buildings
        self.members = members
    }
}

extension ResidentStore {
    /// Imports rows from a residents' sheet: every row is checked — its fields, its grid (inside the caller's scope),
    /// its building (which must exist), and its ID number (new in the database and in the file) — and every bad row
    /// is reported with its row number, column and reason. Only a file without one bad row goes in, whole: the rows
    /// are checked and written in one pass and one transaction, and once a row is refused the rest are still checked
    /// but no longer written, and the transaction is rolled back. Households named by unit and room are created as
    /// needed. `progress` hears how far it has got after every chunk, of `expected` rows (the rows' count when not
    /// given).
    ///
    /// The rows are taken a chunk at a time, so a file of a million rows is never held whole.
    public func importRows<Rows: Sequence<ResidentSheet.Row> & Sendable>(
        _ rows: Rows, expected: Int? = nil, by principal: Principal, today: Date = Date(),
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let total = expected ?? rows.underestimatedCount
        let engine = database.engine
        progress(ImportProgress(phase: .importing, done: 0, total: total))
        return try await database.write { sql in
            let cache = try await ImportPageCache(engine: engine, in: sql)
            let matching: ResidentImportMatching
            do {
                matching = try await match(rows, total: total, by: principal, today: today, progress: progress, in: sql)
                try await cache.restore(in: sql)
            } catch {
                try? await cache.restore(in: sql)
                throw error
            }
            if !matching.errors.isEmpty {
                throw RowValidationFailure(matching.errors.sorted { ($0.row, $0.field) < ($1.row, $1.field) })
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .recordsImported, subject: "residents", territoryCode: principal.scope.code,
                    detail: ["rows": String(matching.residentsWritten), "households": String(matching.householdsCreated)]),
                at: clock(), in: sql, engine: engine)
            return ImportSummary(residents: matching.residentsWritten, householdsCreated: matching.householdsCreated)
        }
    }

    /// Every row through its own checks and then the records', a chunk at a time: the next chunk is checked on
    /// another core while this one is matched and written.
    private func match<Rows: Sequence<ResidentSheet.Row> & Sendable>(
        _ rows: Rows, total: Int, by principal: Principal, today: Date,
        progress: @Sendable (ImportProgress) -> Void, in sql: any SQLDatabase
    ) async throws -> ResidentImportMatching {
        var matching = ResidentImportMatching(principal: principal, now: Timestamp.format(clock()))
        var remaining = rows.makeIterator()
        var chunk = try checked(Self.chunk(of: &remaining), by: principal, today: today)
        while !chunk.isEmpty {
            let following = Self.chunk(of: &remaining)
            async let next = checked(following, by: principal, today: today)
            try await matching.take(chunk, in: sql)
            progress(ImportProgress(phase: .importing, done: matching.rowsSeen, total: max(total, matching.rowsSeen)))
            chunk = try await next
        }
        return matching
    }

    /// How many rows are checked, matched and written together: enough that the statements of a chunk are few, few
    /// enough that a chunk's rows and seals stay small.
    static let chunkSize = 1_000

    static func chunk<Remaining: IteratorProtocol<ResidentSheet.Row>>(of remaining: inout Remaining) -> [ResidentSheet.Row] {
        var chunk: [ResidentSheet.Row] = []
        chunk.reserveCapacity(chunkSize)
        while chunk.count < chunkSize, let row = remaining.next() { chunk.append(row) }
        return chunk
    }

    /// Each row's own checks, without the records: its grid against the caller's scope, its building and room
    /// named, its fields valid — and, when all pass, its personal fields sealed.
    func checked(_ rows: [ResidentSheet.Row], by principal: Principal, today: Date) throws -> [CheckedResidentRow] {
        try rows.map { row in
            var errors: [RowError] = []
            if TerritoryCode.problem(with: row.gridCode, at: .grid) != nil {
                errors.append(RowError(row.number, "gridCode", .codeFormat(digits: ScopeLevel.grid.codeLength)))
            } else if !principal.scope.contains(code: row.gridCode) {
                errors.append(RowError(row.number, "gridCode", .outsideYourScope))
            }
            if row.building.isEmpty { errors.append(RowError(row.number, "building", .required)) }
            if row.room.isEmpty { errors.append(RowError(row.number, "room", .required)) }
            do {
                let resident = try seal(try row.input.validated(today: today))
                return CheckedResidentRow(row: row, resident: errors.isEmpty ? resident : nil, errors: errors)
            } catch let failure as ValidationFailure {
                errors += failure.errors.map { ResidentSheet.inSheetWords(RowError(row.number, $0.field, $0.problem)) }
            }
            return CheckedResidentRow(row: row, resident: nil, errors: errors)
        }
    }
}

/// A row after its own checks: sealed when they passed, its problems when not.
struct CheckedResidentRow: Sendable {
    let row: ResidentSheet.Row
    let resident: ResidentStore.SealedResident?
    let errors: [RowError]
}
