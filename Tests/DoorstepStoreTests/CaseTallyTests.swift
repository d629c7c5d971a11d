import DoorstepCore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@testable import DoorstepStore

/// The closed loop's tally, kept by triggers as cases are reported and move through the loop, must always equal
/// the tally counted afresh from the cases; the figures' own check (`FigureCheck`) compares the figures read from
/// it with plain counts.
@Suite("The case tally")
struct CaseTallyTests {
    @Test("kept by the triggers through a day's work, it equals the tally counted afresh", arguments: TestEngine.available)
    func keptEqualsRecounted(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestWork.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            func tally() async throws -> [String] {
                try await database.read { sql in
                    try await sql.raw("SELECT place, measure, day, n FROM case_tally WHERE n <> 0 ORDER BY place, measure, day").all()
                        .map { "\(try $0.string("place")) \(try $0.string("measure")) \(try $0.string("day")) \(try $0.int("n"))" }
                }
            }
            let worked = try await tally()
            #expect(worked.contains { $0.contains(" reported ") } && worked.contains { $0.contains(" closedOnTimeOfDue ") })
            // A case moved by hand too: its old contributions leave, its new ones arrive.
            try await database.write { sql in
                try await sql.raw("UPDATE cases SET deadline = NULL WHERE id = (SELECT MIN(id) FROM cases WHERE deadline IS NOT NULL)").run()
            }
            let kept = try await tally()
            #expect(kept != worked)
            try await database.write { sql in
                for statement in CaseTally.recount(on: database.engine) { try await sql.raw("\(unsafeRaw: statement)").run() }
            }
            #expect(try await tally() == kept)
        }
    }
}
