import DoorstepCore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@testable import DoorstepStore

/// Each tally, kept by triggers as cases are reported and move through the loop and as visits and opinions are
/// recorded, must always equal the tally counted afresh from the records; the figures' own check (`FigureCheck`)
/// compares the figures read from them with plain counts.
@Suite("The tallies")
struct TallyTests {
    @Test("kept by the triggers through a day's work and records moved by hand, each equals the tally counted afresh", arguments: TestEngine.available)
    func keptEqualsRecounted(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestWork.monday()
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            let bench = TimeBankBench(
                store: territory.store, clock: clock, territory: territory, secretary: territory.principal("secretary", enrolled: true),
                streetAdmin: territory.principal("street.admin", enrolled: true))
            let served = CalendarDay(containing: clock.now).description
            let (member, volunteer) = try await bench.volunteer("volunteer.tally", name: "志愿者甲", phone: "13800138111")
            _ = try await bench.served(volunteer, as: member, title: "清扫楼道", halfHours: 5)
            _ = try await bench.served(volunteer, as: member, title: "陪伴老人", halfHours: 3, confirm: false)
            func tally(_ tally: Tally) async throws -> [String] {
                try await database.read { sql in
                    try await sql.raw("SELECT place, measure, day, n FROM \(ident: tally.table) WHERE n <> 0 ORDER BY place, measure, day").all()
                        .map { "\(try $0.string("place")) \(try $0.string("measure")) \(try $0.string("day")) \(try $0.int("n"))" }
                }
            }
            let worked = try await tally(.cases)
            #expect(worked.contains { $0.contains(" reported ") } && worked.contains { $0.contains(" closedOnTimeOfDue ") })
            let visits = try await tally(.visits), opinions = try await tally(.opinions), households = try await tally(.households)
            #expect(!visits.isEmpty && !opinions.isEmpty && !households.isEmpty)
            // Half-hours summed at the activity's community and street, on the day they were confirmed; unconfirmed
            // hours are not counted.
            let (a, street) = (TestTerritory.communityA.code, TestTerritory.street.code)
            #expect(try await tally(.volunteerHours) == ["\(street) volunteerHours \(served) 5", "\(a) volunteerHours \(served) 5"])
            // Records moved by hand too: their old contributions leave, their new ones arrive.
            let before = try await Tally.all.asyncMap(tally)
            try await database.write { sql in
                try await sql.raw("UPDATE cases SET deadline = NULL WHERE id = (SELECT MIN(id) FROM cases WHERE deadline IS NOT NULL)").run()
                try await sql.raw("UPDATE visits SET visited_on = '2020-01-01' WHERE id = (SELECT MIN(id) FROM visits)").run()
                try await sql.raw("UPDATE opinions SET grid_code = NULL WHERE id = (SELECT MIN(id) FROM opinions)").run()  // counted by its community alone
                try await sql.raw("UPDATE households SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = (SELECT MIN(id) FROM households)").run()
                try await sql.raw("UPDATE signups SET confirmed_half_hours = 7 WHERE confirmed_half_hours IS NOT NULL").run()
            }
            let kept = try await Tally.all.asyncMap(tally)
            for index in kept.indices { #expect(kept[index] != before[index], "\(Tally.all[index].table) did not move") }
            try await database.write { sql in
                for tally in Tally.all {
                    for statement in tally.recount(on: database.engine) { try await sql.raw("\(unsafeRaw: statement)").run() }
                }
            }
            #expect(try await Tally.all.asyncMap(tally) == kept)
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
