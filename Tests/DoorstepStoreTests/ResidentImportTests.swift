import DoorstepCore
@testable import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Synchronization
import Testing

/// The import takes its rows a chunk at a time in one transaction: what it checks against the file and the registry
/// must hold across chunks, and a bad row in a late chunk must leave nothing of the early ones.
@Suite("Importing residents a chunk at a time")
struct ResidentImportTests {
    static let grid = TestTerritory.gridA1.code

    /// `count` rows in building 1号楼, three residents to a room, with valid and distinct ID numbers.
    static func rows(_ count: Int) throws -> [ResidentSheet.Row] {
        try ResidentSheet.rows(
            [ResidentSheet.header]
                + (0..<count).map { n in
                    let body = String(format: "1101051980%02d%02d%03d", n / 28_000 % 12 + 1, n / 1_000 % 28 + 1, n % 1_000)
                    return [grid, "1号楼", "1单元", String(1_000 + n / 3), "居民\(n)", "", body + String(IDNumber.checkCharacter(for: body)),
                        "", "家庭成员", "常住", ""]
                })
    }

    static func counts(_ database: Database) async throws -> [Int] {
        try await database.read { sql in
            let row = try await sql.raw(
                "SELECT (SELECT COUNT(*) FROM residents) AS residents, (SELECT COUNT(*) FROM households) AS households"
            ).first()!
            return [try row.int("residents"), try row.int("households")]
        }
    }

    @Test("a duplicate and a bad row chunks apart refuse the whole file and keep nothing; corrected, every row goes in", arguments: TestEngine.available)
    func acrossChunks(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings()))
            let worker = territory.principal("grid.worker")
            _ = try await territory.store.buildings.createBuilding(
                gridCode: Self.grid, name: "1号楼", address: "西康路 1 号", latitude: nil, longitude: nil, by: worker)
            let before = try await Self.counts(database)
            let count = 2 * ResidentStore.chunkSize + 500
            let households = (count + 2) / 3
            var planted = try Self.rows(count)
            planted[count - 10].input.idNumber = planted[5].input.idNumber  // the same person, two chunks later
            planted[count - 1].building = "9号楼"
            do {
                _ = try await territory.store.residents.importRows(planted, by: worker)
                Issue.record("a file with bad rows went in")
            } catch let failure as RowValidationFailure {
                #expect(failure.errors.map { "\($0.row) \($0.field) \($0.problem.code)" } == [
                    "\(count - 8) idNumber duplicateInFile", "\(count + 1) building notFound",
                ])
                #expect(failure.errors.first?.problem == .duplicateInFile(row: 7))
            }
            #expect(try await Self.counts(database) == before)

            let heard = Mutex<[ImportProgress]>([])
            let summary = try await territory.store.residents.importRows(try Self.rows(count), by: worker) { step in
                heard.withLock { $0.append(step) }
            }
            #expect(summary == ImportSummary(residents: count, householdsCreated: households))
            #expect(try await Self.counts(database) == [before[0] + count, before[1] + households])
            #expect(heard.withLock { $0.last } == ImportProgress(phase: .importing, done: count, total: count))
            // A room split by a chunk's edge is one household: rows 999, 1,000 and 1,001 share room 1333.
            let split = try await database.read { sql in
                try await sql.raw(
                    "SELECT COUNT(DISTINCT household_id) AS n FROM residents WHERE name IN ('居民999', '居民1000', '居民1001')"
                ).first()!.int("n")
            }
            #expect(split == 1)

            // The same file again: every row, in the first chunk and the last, is named as registered already.
            do {
                _ = try await territory.store.residents.importRows(try Self.rows(count), by: worker)
                Issue.record("a file of registered people went in again")
            } catch let failure as RowValidationFailure {
                #expect(failure.errors.count == count)
                #expect(Set(failure.errors.map(\.problem.code)) == ["duplicateIDNumber"])
            }
            #expect(try await Self.counts(database) == [before[0] + count, before[1] + households])
        }
    }
}
