import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("The time bank's catalogue, donations and corrections; volunteer teams, star thresholds and the record of service")
struct TimeBankTests {
    @Test("a redemption moves balance and stock in one transaction and the ledger still sums to zero; a short balance, an empty stock or a failure half-way writes nothing",
          arguments: TestEngine.available)
    func redeem(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            let (volunteer, me) = try await bench.volunteer("volunteer", name: "刘洋", phone: "13800002222")
            _ = try await bench.served(me, as: volunteer, title: "重阳敬老义剪", halfHours: 6)
            let haircut = try await store.timeBank.addItem(
                RedemptionItemInput(name: "理发券", details: "理发一次", cost: "2", stock: "1", active: true), community: TimeBankBench.a,
                by: bench.secretary)
            let market = try await store.timeBank.addItem(
                RedemptionItemInput(name: "爱心超市兑换券", details: "", cost: "5", stock: "", active: true), community: TimeBankBench.a,
                by: bench.secretary)
            #expect(haircut.cost == HalfHours(4) && haircut.stock == 1 && market.stock == nil, "whole credits kept as half-hours")

            let redemption = try await store.timeBank.redeem(itemID: haircut.id, by: volunteer)
            #expect(redemption.cost == HalfHours(4) && redemption.itemName == "理发券" && redemption.handedOverAt == nil)
            #expect(try await store.volunteers.summary(volunteerID: me.id, by: volunteer).balance == HalfHours(2), "3 earned less 2 spent")
            #expect(try await bench.stock(of: haircut.id) == 0, "the last voucher is taken")
            let (accounts, sum) = try await store.timeBank.balances(community: TimeBankBench.a, by: bench.secretary)
            #expect(sum == .zero, "every credit that arrived left somewhere")
            #expect(accounts["redemptions:\(TimeBankBench.a)"] == HalfHours(4) && accounts["volunteer:\(me.id)"] == HalfHours(2))
            let paid = try await bench.count(
                """
                SELECT COUNT(*) AS n FROM time_bank_transfers WHERE id = '\(redemption.transferID)' AND kind = 'redeem'
                AND source = 'redemption:\(redemption.id)' AND from_account = 'volunteer:\(me.id)' AND amount = 4
                """)
            #expect(paid == 1, "one transfer, naming the redemption")
            bench.clock.advance(by: 60)

            let transfers = try await bench.count("SELECT COUNT(*) AS n FROM time_bank_transfers")
            await #expect(throws: ValidationFailure([FieldError("stock", .tooSmall(minimum: 1))]), "none left") {
                try await store.timeBank.redeem(itemID: haircut.id, by: volunteer)
            }
            await #expect(throws: ValidationFailure([FieldError("balance", .tooSmall(minimum: 5))]), "1 credit does not buy a 5-credit voucher") {
                try await store.timeBank.redeem(itemID: market.id, by: volunteer)
            }
            #expect(try await bench.count("SELECT COUNT(*) AS n FROM time_bank_transfers") == transfers, "a refusal moves nothing")
            #expect(try await bench.count("SELECT COUNT(*) AS n FROM time_bank_redemptions") == 1)
            #expect(try await store.volunteers.summary(volunteerID: me.id, by: volunteer).balance == HalfHours(2))

            // A failure after the transfer is written takes the transfer and the stock back with it.
            let repair = try await store.timeBank.addItem(
                RedemptionItemInput(name: "小家电维修", details: "", cost: "1", stock: "5", active: true), community: TimeBankBench.a,
                by: bench.secretary)
            try await bench.refuseRedemptionRows(true)
            await #expect(throws: (any Error).self) { try await store.timeBank.redeem(itemID: repair.id, by: volunteer) }
            #expect(try await bench.count("SELECT COUNT(*) AS n FROM time_bank_transfers") == transfers, "the transfer went back")
            #expect(try await bench.stock(of: repair.id) == 5, "the stock went back")
            try await bench.refuseRedemptionRows(false)
            _ = try await store.timeBank.redeem(itemID: repair.id, by: volunteer)
            #expect(try await bench.stock(of: repair.id) == 4)
            #expect(try await store.volunteers.summary(volunteerID: me.id, by: volunteer).balance == .zero)

            // Taken off the catalogue: neither offered nor redeemable; a new price leaves what was paid alone.
            _ = try await store.timeBank.updateItem(
                haircut.id, RedemptionItemInput(name: "理发券", details: "理发一次", cost: "3", stock: "10", active: false), by: bench.secretary)
            #expect(try await store.timeBank.items(by: volunteer).map(\.name) == ["小家电维修", "爱心超市兑换券"])
            await #expect(throws: ValidationFailure([FieldError("itemID", .notOpen)])) {
                try await store.timeBank.redeem(itemID: haircut.id, by: volunteer)
            }
            let mine = try await store.timeBank.redemptions(by: volunteer)
            #expect(mine.map(\.itemName) == ["小家电维修", "理发券"] && mine[1].cost == HalfHours(4), "paid as it was priced then")
            await #expect(throws: ValidationFailure([FieldError("name", .alreadyExists)])) {
                try await store.timeBank.addItem(
                    RedemptionItemInput(name: "理发券", details: "", cost: "1", stock: "", active: true), community: TimeBankBench.a,
                    by: bench.secretary)
            }
            await #expect(throws: StoreError.forbidden, "the catalogue is the office's") {
                try await store.timeBank.addItem(
                    RedemptionItemInput(name: "自制", details: "", cost: "1", stock: "", active: true), community: TimeBankBench.a, by: volunteer)
            }

            // The office hands it over, once.
            #expect(try await store.timeBank.redemptions(community: TimeBankBench.a, pending: true, by: bench.secretary).count == 2)
            let handed = try await store.timeBank.handOver(redemptionID: redemption.id, by: bench.secretary)
            #expect(handed.handedOverAt != nil)
            await #expect(throws: ValidationFailure([FieldError("redemptionID", .alreadyExists)])) {
                try await store.timeBank.handOver(redemptionID: redemption.id, by: bench.secretary)
            }
            #expect(try await store.timeBank.redemptions(community: TimeBankBench.a, pending: true, by: bench.secretary).map(\.itemName) == ["小家电维修"])

            // The statement runs the balance forward and reads newest first.
            let statement = try await store.timeBank.statement(volunteerID: me.id, by: volunteer)
            #expect(statement.lines.map(\.transfer.kind) == [.redeem, .redeem, .earn])
            #expect(statement.lines.map(\.balance) == [.zero, HalfHours(2), HalfHours(6)])
            #expect(statement.lines.map(\.change) == [HalfHours(-2), HalfHours(-4), HalfHours(6)])
            #expect(try await store.timeBank.balances(community: TimeBankBench.a, by: bench.secretary).sum == .zero)
            await #expect(throws: (any Error).self, "the ledger cannot be edited, even by hand") {
                try await store.database.write { sql in try await sql.raw("UPDATE time_bank_transfers SET amount = 99").run() }
            }
            await #expect(throws: (any Error).self, "nor a row removed") {
                try await store.database.write { sql in try await sql.raw("DELETE FROM time_bank_transfers").run() }
            }
        }
    }

    @Test("two volunteers redeeming the last item at once: one gets it, the other is told none is left", arguments: TestEngine.available)
    func lastItem(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            var principals: [Principal] = []
            for index in 0..<4 {
                let (principal, volunteer) = try await bench.volunteer("vol\(index)", name: "志愿者\(index)", phone: "1390000200\(index)")
                _ = try await store.timeBank.adjust(
                    volunteerID: volunteer.id, .credit, HalfHours(4), reason: "补记服务时长", by: bench.secretary)
                principals.append(principal)
            }
            let item = try await store.timeBank.addItem(
                RedemptionItemInput(name: "电影票", details: "", cost: "2", stock: "1", active: true), community: TimeBankBench.a,
                by: bench.secretary)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for principal in principals {
                    group.addTask {
                        do {
                            _ = try await store.timeBank.redeem(itemID: item.id, by: principal)
                            return true
                        } catch let failure as ValidationFailure where failure == ValidationFailure([FieldError("stock", .tooSmall(minimum: 1))]) {
                            return false
                        }
                    }
                }
                var all: [Bool] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            #expect(outcomes.filter { $0 }.count == 1 && outcomes.count == 4)
            #expect(try await bench.stock(of: item.id) == 0)
            let (accounts, sum) = try await store.timeBank.balances(community: TimeBankBench.a, by: bench.secretary)
            #expect(sum == .zero && accounts["redemptions:\(TimeBankBench.a)"] == HalfHours(4))
        }
    }

    @Test("a donation goes to another volunteer of the community within the giver's balance; the office corrects with a reason, never by editing",
          arguments: TestEngine.available)
    func donateAndAdjust(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            let (first, one) = try await bench.volunteer("volunteer", name: "刘洋", phone: "13800002222")
            let (second, two) = try await bench.volunteer("volunteer.two", name: "王芳", phone: "13700003333")
            let elsewhere = try await store.volunteers.register(
                NewVolunteer(name: "陈静", phone: "13600004444", skills: [], availability: ""), communityCode: TimeBankBench.b,
                by: bench.streetAdmin)

            await #expect(throws: ValidationFailure([FieldError("reason", .required)]), "a correction says why") {
                try await store.timeBank.adjust(volunteerID: one.id, .credit, HalfHours(10), reason: " ", by: bench.secretary)
            }
            await #expect(throws: StoreError.forbidden, "corrections are the office's") {
                try await store.timeBank.adjust(volunteerID: one.id, .credit, HalfHours(10), reason: "自己加", by: first)
            }
            await #expect(throws: StoreError.notFound, "only within the office's territory") {
                try await store.timeBank.adjust(volunteerID: elsewhere.id, .credit, HalfHours(10), reason: "补记", by: bench.secretary)
            }
            _ = try await store.timeBank.adjust(volunteerID: one.id, .credit, HalfHours(10), reason: "补记重阳活动时长", by: bench.secretary)
            await #expect(throws: ValidationFailure([FieldError("credits", .tooLarge(maximum: 5))]), "a debit takes no more than is there") {
                try await store.timeBank.adjust(volunteerID: one.id, .debit, HalfHours(11), reason: "多记了", by: bench.secretary)
            }
            bench.clock.advance(by: 60)

            #expect(try await store.volunteers.recipient(name: "王芳", phone: "137 0000 3333", by: first) == two.id)
            await #expect(throws: ValidationFailure([FieldError("recipientPhone", .notFound)]), "name and phone must both match") {
                try await store.volunteers.recipient(name: "王方", phone: "13700003333", by: first)
            }
            await #expect(throws: ValidationFailure([FieldError("recipientPhone", .notFound)]), "a volunteer of another community is not found") {
                try await store.volunteers.recipient(name: "陈静", phone: "13600004444", by: first)
            }
            await #expect(throws: ValidationFailure([FieldError("recipientID", .ownRequest)])) {
                try await store.timeBank.donate(HalfHours(1), to: one.id, note: "", by: first)
            }
            await #expect(throws: ValidationFailure([FieldError("recipientID", .notFound)])) {
                try await store.timeBank.donate(HalfHours(1), to: elsewhere.id, note: "", by: first)
            }
            await #expect(throws: ValidationFailure([FieldError("credits", .tooLarge(maximum: 5))])) {
                try await store.timeBank.donate(HalfHours(11), to: two.id, note: "", by: first)
            }
            let gift = try await store.timeBank.donate(HalfHours(hours: "2.5")!, to: two.id, note: "给邻居张奶奶", by: first)
            #expect(gift.kind == .donate && gift.from == "volunteer:\(one.id)" && gift.to == "volunteer:\(two.id)")
            bench.clock.advance(by: 60)
            _ = try await store.timeBank.adjust(volunteerID: two.id, .debit, HalfHours(2), reason: "重复记入，冲回", by: bench.secretary)

            #expect(try await store.volunteers.summary(volunteerID: one.id, by: first).balance == HalfHours(5))
            #expect(try await store.volunteers.summary(volunteerID: two.id, by: second).balance == HalfHours(3))
            let (accounts, sum) = try await store.timeBank.balances(community: TimeBankBench.a, by: bench.secretary)
            #expect(sum == .zero && accounts["issuing:\(TimeBankBench.a)"] == HalfHours(-8))

            let mine = try await store.timeBank.statement(volunteerID: one.id, by: first)
            #expect(mine.lines.map(\.transfer.kind) == [.donate, .adjust] && mine.lines.map(\.balance) == [HalfHours(5), HalfHours(10)])
            #expect(mine.lines[0].counterpart == "王芳" && mine.lines[0].transfer.reason == "给邻居张奶奶")
            let theirs = try await store.timeBank.statement(volunteerID: two.id, by: bench.secretary)
            #expect(theirs.lines.map(\.change) == [HalfHours(-2), HalfHours(5)] && theirs.lines[1].counterpart == "刘洋")
            #expect(theirs.lines[0].transfer.reason == "重复记入，冲回" && theirs.balance == HalfHours(3))
            await #expect(throws: StoreError.notFound, "another volunteer's statement is not theirs to read") {
                try await store.timeBank.statement(volunteerID: two.id, by: first)
            }
            let audit = try await store.audit.entries(for: bench.secretary).filter { $0.action == .timeBankChanged }
            #expect(audit.count == 3, "two corrections and a donation, each audited; refusals are not")
            #expect(audit.filter { $0.reason == "重复记入，冲回" }.count == 1)
        }
    }
}

/// The territory, the office, and volunteers who have served: what each test starts from. The clock stands at a
/// Monday 8:00 and moves a minute after each activity, so transfers fall in order.
struct TimeBankBench: Sendable {
    static let a = TestTerritory.communityA.code
    static let b = TestTerritory.communityB.code

    let store: Store
    let clock: TestClock
    let territory: TestTerritory
    let secretary: Principal
    let streetAdmin: Principal

    static func make(_ database: Database) async throws -> TimeBankBench {
        let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(8 * 3600))
        let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
        return TimeBankBench(
            store: territory.store, clock: clock, territory: territory, secretary: territory.principal("secretary", enrolled: true),
            streetAdmin: territory.principal("street.admin", enrolled: true))
    }

    /// A volunteer account of the first community that registered itself.
    func volunteer(_ username: String, name: String, phone: String) async throws -> (Principal, Volunteer) {
        let principal: Principal
        if let account = territory.byUsername[username] {
            principal = account.principal
        } else {
            principal = try await store.accounts.createFromCommandLine(
                NewAccount(
                    username: username, displayName: name, role: .volunteer,
                    scope: TerritoryScope(level: .community, code: Self.a), password: TestTerritory.password),
                operatorName: "test"
            ).principal
        }
        let volunteer = try await store.volunteers.register(NewVolunteer(name: name, phone: phone, skills: [], availability: ""), by: principal)
        return (principal, volunteer)
    }

    /// An activity starting now, the volunteer signed up, checked in and out by the office, and (unless not) the
    /// half-hours confirmed — which pays them into the time bank.
    func served(_ volunteer: Volunteer, as principal: Principal, title: String, halfHours: Int, confirm: Bool = true) async throws
        -> VolunteerActivity
    {
        let activity = try await store.volunteers.createActivity(
            VolunteerActivity(
                id: "", communityCode: volunteer.communityCode, teamID: nil, title: title, place: "党群服务中心", startsAt: clock.now,
                endsAt: clock.now.addingTimeInterval(4 * 3600), capacity: 10),
            by: secretary)
        _ = try await store.volunteers.signUp(activityID: activity.id, by: principal)
        _ = try await store.volunteers.check(.in, activityID: activity.id, volunteerID: volunteer.id, by: secretary)
        _ = try await store.volunteers.check(.out, activityID: activity.id, volunteerID: volunteer.id, by: secretary)
        if confirm {
            _ = try await store.volunteers.confirm(activityID: activity.id, volunteerID: volunteer.id, hours: HalfHours(halfHours), by: secretary)
        }
        clock.advance(by: 60)
        return activity
    }

    func count(_ query: String) async throws -> Int {
        try await store.database.read { sql in
            try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int.self) ?? -1
        }
    }

    func stock(of itemID: String) async throws -> Int? {
        try await store.database.read { sql -> Int? in
            guard let row = try await sql.raw("SELECT stock FROM time_bank_items WHERE id = \(bind: itemID)").first() else { return nil }
            return try row.decode(column: "stock", as: Int?.self)
        }
    }

    /// Makes the database refuse (or again accept) redemption rows, so a redemption fails after its transfer and
    /// stock change are written.
    func refuseRedemptionRows(_ refuse: Bool) async throws {
        let statements: [String]
        switch (store.database.engine, refuse) {
        case (.sqlite, true):
            statements = [
                "CREATE TRIGGER test_refuse_redemption BEFORE INSERT ON time_bank_redemptions BEGIN SELECT RAISE(ABORT, 'refused'); END"
            ]
        case (.sqlite, false):
            statements = ["DROP TRIGGER test_refuse_redemption"]
        case (.postgres, true):
            statements = [
                "CREATE FUNCTION test_refuse_redemption() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql",
                """
                CREATE TRIGGER test_refuse_redemption BEFORE INSERT ON time_bank_redemptions
                FOR EACH ROW EXECUTE FUNCTION test_refuse_redemption()
                """,
            ]
        case (.postgres, false):
            statements = [
                "DROP TRIGGER test_refuse_redemption ON time_bank_redemptions", "DROP FUNCTION test_refuse_redemption()",
            ]
        }
        try await store.database.write { sql in
            for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
        }
    }
}
