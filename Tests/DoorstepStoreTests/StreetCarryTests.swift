import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

/// `doorstep migrate-to`: the demo street's own SQLite database, under its own key file, joins a district's PostgreSQL
/// database that holds another street under the district's key file.
@Suite("A street's database joins its district", .enabled(if: TestEngine.available.contains(.postgres)))
struct StreetCarryTests {
    static let password = "Demo-Password-2026"

    @Test("refused by name while usernames clash, then carried whole: same figures, records open, accounts sign in, chains hold")
    func carriesTheDemoStreet() async throws {
        try await withTestDatabase(.sqlite) { file in
            let streetSettings = testSettings()
            let street = Store(database: file, settings: streetSettings)
            let demo = try #require(try await DemoSeeder(store: street).seedIfEmpty(password: Self.password))
            let operatorPrincipal = Principal.commandLine(street: demo.street.code)
            let resident = try #require(try await street.residents.list(for: operatorPrincipal, limit: 1).first)
            let idNumber = try await street.residents.reveal(.idNumber, of: resident.id, reason: "核对迁移", by: operatorPrincipal)
            let streetAnchor = try #require(try await street.audit.anchor())
            try await withTestDatabase(.postgres) { database in
                let districtSettings = testSettings()
                let district = Store(database: database, settings: districtSettings)
                _ = try await TestTerritory.make(in: district)
                #expect(TestTerritory.street.code != demo.street.code)
                let otherPrincipal = Principal.commandLine(street: TestTerritory.street.code)
                let year = ReportingPeriod(first: CalendarDay(containing: Date()).adding(days: -364), last: CalendarDay(containing: Date()))
                let otherBefore = try await district.figures.values(in: TestTerritory.street.code, period: year, by: otherPrincipal)
                let districtAnchor = try #require(try await district.audit.anchor())

                // Both databases have street.admin, secretary …: refused by name, and nothing written.
                let refused = await #expect(throws: CarryRefusal.self) { try await StreetCarry(from: street, into: district).run() }
                #expect(refused?.problems.map(\.field) == ["accounts.username"])
                #expect(refused?.problems.first?.values["usernames"]?.contains("secretary") == true)
                #expect(try await district.audit.anchor() == districtAnchor)
                #expect(try await district.territory.streetCodes() == [TestTerritory.street.code])

                let report = try await StreetCarry(from: street, into: district, usernameSuffix: ".demo", sourceAnchor: streetAnchor).run()
                #expect(report.figuresDiffering == [])
                #expect(report.figuresCompared > 1000)
                #expect(report.plan.renames["secretary"] == "secretary.demo")
                #expect(report.plan.resealed > 5000 && report.plan.reindexed > 5000, "other key file, other index key")

                // The district's own street counts as before; the carried one recounts the same by the plain route.
                #expect(try await district.figures.values(in: TestTerritory.street.code, period: year, by: otherPrincipal) == otherBefore)
                #expect(try await district.figureCheck.verify(in: demo.street.code, period: year, by: operatorPrincipal) == [])

                // Sealed under the district's key, found by the district's keyed hash.
                #expect(try await district.residents.reveal(.idNumber, of: resident.id, reason: "核对迁移", by: operatorPrincipal) == idNumber)
                #expect(try await district.residents.find(idNumber: idNumber, for: operatorPrincipal).map(\.id) == [resident.id])
                guard case .succeeded(let account) = try await district.auth.authenticate(
                    username: "secretary.demo", password: Self.password, clientAddress: nil)
                else { Issue.record("the demo secretary cannot sign in after the carry"); return }
                #expect(account.scope.code.hasPrefix(demo.street.code))

                // One chain: the district's rows, the street's, the carry's own row; the old chain still checks out.
                let carried = try await street.audit.anchor()
                #expect(report.firstSequence == districtAnchor.sequence + 1)
                #expect(report.anchor?.sequence == districtAnchor.sequence + (carried?.sequence ?? 0) + 1)
                let rows = try #require(try await district.audit.anchor()?.sequence)
                #expect(try await district.audit.verify(anchor: districtAnchor) == .intact(rows: rows))
                #expect(
                    try await district.audit.verifyCarried(report.carryID, sourceKeys: streetSettings.keys.current, anchor: streetAnchor)
                        == .intact(rows: carried?.sequence ?? 0))
                #expect(try await district.audit.verifyCarried(report.carryID, sourceKeys: districtSettings.keys.current) == .changed(sequence: 1))

                // Carried once: a second try is refused by its codes.
                let again = await #expect(throws: CarryRefusal.self) {
                    try await StreetCarry(from: street, into: district, usernameSuffix: ".demo").run()
                }
                #expect(again?.problems.map(\.code).contains("codeExists") == true)
                #expect(try await district.audit.anchor()?.sequence == rows)
            }
        }
    }

    @Test("a street opened with another key file is refused: its chain does not hold, nothing is written")
    func wrongKeyFile() async throws {
        try await withTestDatabase(.sqlite) { file in
            let street = Store(database: file, settings: testSettings())
            _ = try await TestTerritory.make(in: street)
            let wrongKeys = Store(database: file, settings: testSettings())
            try await withTestDatabase(.postgres) { database in
                let district = Store(database: database, settings: testSettings())
                let refused = await #expect(throws: CarryRefusal.self) { try await StreetCarry(from: wrongKeys, into: district).run() }
                #expect(refused?.problems.map(\.field).contains("audit_log.source") == true)
                #expect(try await district.territory.streetCodes().isEmpty)
                let anchor = try await district.audit.anchor()
                #expect(anchor == nil)
            }
        }
    }

    @Test("a clash no check looks for stops the carry inside its transaction: named by table, the district left as it was")
    func clashInsideTheTransaction() async throws {
        try await withTestDatabase(.sqlite) { file in
            let street = Store(database: file, settings: testSettings())
            _ = try await TestTerritory.make(in: street)
            let planted: SQLQueryString = """
                INSERT INTO form_keys (owner, key, kind, record_id, created_at)
                VALUES ('page:someone', 'same-key', 'visit', 'x', '2026-12-01T00:00:00.000Z')
                """
            try await file.write { sql in try await sql.raw(planted).run() }
            try await withTestDatabase(.postgres) { database in
                try await database.write { sql in try await sql.raw(planted).run() }
                let district = Store(database: database, settings: testSettings())
                let plan = try await StreetCarry(from: street, into: district).check()
                #expect(plan.streetCode == TestTerritory.street.code, "no check looks at form keys")
                let refused = await #expect(throws: CarryRefusal.self) { try await StreetCarry(from: street, into: district).run() }
                #expect(refused?.problems.map(\.field) == ["form_keys"])
                #expect(refused?.problems.map(\.code) == ["clash"])
                // Streets, accounts and the rest went in before form_keys: all rolled back with it.
                #expect(try await district.territory.streetCodes().isEmpty)
                let anchor = try await district.audit.anchor()
                #expect(anchor == nil)
            }
        }
    }
}
