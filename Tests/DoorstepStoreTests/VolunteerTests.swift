import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Volunteers and the time bank")
struct VolunteerTests {
    @Test("a volunteer signs up, waits for a place, is checked in and out, and 2.5 confirmed hours move their hours, stars and credits; the ledger sums to zero",
          arguments: TestEngine.available)
    func hoursAndTimeBank(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let monday = CalendarDay(2026, 11, 23).start
            let clock = TestClock(monday.addingTimeInterval(8 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let first = territory.principal("volunteer")
            let second = try await store.accounts.createFromCommandLine(
                NewAccount(
                    username: "volunteer.two", displayName: "王芳", role: .volunteer,
                    scope: TerritoryScope(level: .community, code: TestTerritory.communityA.code), password: TestTerritory.password),
                operatorName: "test"
            ).principal

            await #expect(throws: ValidationFailure([FieldError("name", .required), FieldError("phone", .phoneFormat)])) {
                try await store.volunteers.register(NewVolunteer(name: " ", phone: "12345", skills: [], availability: ""), by: secretary)
            }
            _ = try await store.volunteers.register(
                NewVolunteer(name: "赵大妈", phone: "13900001111", skills: ["理发"], availability: "周末上午"), by: secretary)
            await #expect(throws: ValidationFailure([FieldError("phone", .alreadyExists)]), "a phone registers once") {
                try await store.volunteers.register(
                    NewVolunteer(name: "赵大妈", phone: "139 0000 1111", skills: [], availability: ""), by: secretary)
            }
            let one = try await store.volunteers.register(
                NewVolunteer(name: "刘洋", phone: "13800002222", skills: ["电脑", "摄影"], availability: "工作日晚上"), by: first)
            let two = try await store.volunteers.register(
                NewVolunteer(name: "王芳", phone: "13700003333", skills: [], availability: ""), by: second)
            #expect(one.phoneMasked == "138****2222" && one.skills == ["电脑", "摄影"])

            let activity = try await store.volunteers.createActivity(
                VolunteerActivity(
                    id: "", communityCode: TestTerritory.communityA.code, teamID: nil, title: "重阳敬老义剪", place: "党群服务中心",
                    startsAt: monday.addingTimeInterval(9 * 3600), endsAt: monday.addingTimeInterval(12 * 3600), capacity: 1),
                by: secretary)
            #expect(try await store.volunteers.signUp(activityID: activity.id, by: first).status == .registered)
            #expect(try await store.volunteers.signUp(activityID: activity.id, by: second).status == .waiting, "beyond the places, the line")
            try await store.volunteers.withdraw(activityID: activity.id, by: first)
            await #expect(throws: ValidationFailure([FieldError("status", .unknownValue(allowed: ["registered"]))])) {
                try await store.volunteers.check(.in, activityID: activity.id, by: first)
            }

            clock.advance(by: 3600)  // 9:00
            var signup = try await store.volunteers.check(.in, activityID: activity.id, by: second)
            #expect(signup.status == .registered, "the first in line took the place")
            await #expect(throws: ValidationFailure([FieldError("checkedOutAt", .required)]), "hours follow a check-out") {
                try await store.volunteers.confirm(activityID: activity.id, volunteerID: two.id, hours: HalfHours(5), by: secretary)
            }
            clock.advance(by: 2 * 3600 + 40 * 60)  // 11:40
            signup = try await store.volunteers.check(.out, activityID: activity.id, volunteerID: two.id, by: secretary)
            #expect(signup.servedHours == HalfHours(5), "2 h 40 min served is 2.5 hours")
            await #expect(throws: ValidationFailure([FieldError("hours", .tooLarge(maximum: 3))])) {
                try await store.volunteers.confirm(activityID: activity.id, volunteerID: two.id, hours: HalfHours(7), by: secretary)
            }
            signup = try await store.volunteers.confirm(activityID: activity.id, volunteerID: two.id, hours: HalfHours(hours: "2.5")!, by: secretary)
            #expect(signup.confirmedHours == HalfHours(5))
            await #expect(throws: ValidationFailure([FieldError("hours", .alreadyExists)]), "confirmed once") {
                try await store.volunteers.confirm(activityID: activity.id, volunteerID: two.id, hours: HalfHours(5), by: secretary)
            }

            let summary = try await store.volunteers.summary(volunteerID: two.id, by: second)
            #expect(summary.hours.text == "2.5" && summary.stars == 0 && summary.toNextStar == HalfHours(195) && summary.balance == HalfHours(5))
            await #expect(throws: StoreError.notFound, "another volunteer's standing is not theirs to read") {
                try await store.volunteers.summary(volunteerID: two.id, by: first)
            }
            let (accounts, sum) = try await store.timeBank.balances(community: TestTerritory.communityA.code, by: secretary)
            #expect(sum == .zero, "every credit that arrived left somewhere")
            #expect(accounts["issuing:\(TestTerritory.communityA.code)"] == HalfHours(-5) && accounts["volunteer:\(two.id)"] == HalfHours(5))
            await #expect(throws: (any Error).self, "the ledger cannot be edited, even by hand") {
                try await store.database.write { sql in try await sql.raw("UPDATE time_bank_transfers SET amount = 99").run() }
            }
        }
    }

    @Test("six volunteers signing up at once for two places: two get them, four wait in line", arguments: TestEngine.available)
    func lastPlace(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let monday = CalendarDay(2026, 11, 23).start
            let clock = TestClock(monday.addingTimeInterval(8 * 3600))
            let territory = try await TestTerritory.make(in: Store(database: database, settings: testSettings(), clock: clock.closure))
            let store = territory.store
            var volunteers: [Principal] = []
            for index in 0..<6 {
                let account = try await store.accounts.createFromCommandLine(
                    NewAccount(
                        username: "vol\(index)", displayName: "志愿者\(index)", role: .volunteer,
                        scope: TerritoryScope(level: .community, code: TestTerritory.communityA.code), password: TestTerritory.password),
                    operatorName: "test")
                _ = try await store.volunteers.register(
                    NewVolunteer(name: "志愿者\(index)", phone: "1390000100\(index)", skills: [], availability: ""), by: account.principal)
                volunteers.append(account.principal)
            }
            let activity = try await store.volunteers.createActivity(
                VolunteerActivity(
                    id: "", communityCode: TestTerritory.communityA.code, teamID: nil, title: "清洁", place: "",
                    startsAt: monday.addingTimeInterval(9 * 3600), endsAt: monday.addingTimeInterval(11 * 3600), capacity: 2),
                by: territory.principal("secretary", enrolled: true))
            let statuses = try await withThrowingTaskGroup(of: SignupStatus.self) { group in
                for volunteer in volunteers {
                    group.addTask { try await store.volunteers.signUp(activityID: activity.id, by: volunteer).status }
                }
                var all: [SignupStatus] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.filter { $0 == .registered }.count == 2 && statuses.filter { $0 == .waiting }.count == 4)
        }
    }
}
