import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

/// Star thresholds, volunteer teams and the record of service.
extension TimeBankTests {
    @Test("changed thresholds change a volunteer's stars, on the summary and the record; bad thresholds are named one by one",
          arguments: TestEngine.available)
    func thresholds(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            let (volunteer, me) = try await bench.volunteer("volunteer", name: "刘洋", phone: "13800002222")
            _ = try await bench.served(me, as: volunteer, title: "清洁家园", halfHours: 6)
            #expect(try await store.volunteers.summary(volunteerID: me.id, by: volunteer).stars == 0)

            #expect(throws: ValidationFailure([
                FieldError("starHours[1]", .tooSmall(minimum: 101)), FieldError("starHours[2]", .notANumber),
                FieldError("starHours[3]", .required), FieldError("starHours[4]", .tooSmall(minimum: 1)),
            ])) {
                try VolunteerStars.thresholds(["100", "50", "x", "", "0"])
            }
            let stars = try VolunteerStars.thresholds(["1", "2", "5", "300", "600"])
            await #expect(throws: StoreError.forbidden) {
                try await store.volunteers.updateStarThresholds(stars, community: TimeBankBench.a, by: volunteer)
            }
            try await store.volunteers.updateStarThresholds(stars, community: TimeBankBench.a, by: bench.secretary)
            let summary = try await store.volunteers.summary(volunteerID: me.id, by: volunteer)
            #expect(summary.stars == 2 && summary.toNextStar == HalfHours(4), "3 h passes 1 h and 2 h; 2 h more to 5 h")
            #expect(try await store.volunteers.record(volunteerID: me.id, by: volunteer).stars == 2)
            #expect(try await store.volunteers.starThresholds(community: TimeBankBench.a, by: volunteer).thresholds == [1, 2, 5, 300, 600])
            #expect(try await store.volunteers.starThresholds(community: TimeBankBench.b, by: bench.streetAdmin) == .standard, "one community's change only")

            try await store.volunteers.updateStarThresholds(
                try VolunteerStars.thresholds(["3", "4", "5", "6", "7"]), community: TimeBankBench.a, by: bench.secretary)
            #expect(try await store.volunteers.summary(volunteerID: me.id, by: volunteer).stars == 1, "set again, read again")
            let audit = try await store.audit.entries(for: bench.secretary).filter { $0.action == .starThresholdsChanged }
            #expect(audit.count == 2)
        }
    }

    @Test("a team holds registered volunteers of its own community; its activities' confirmed hours are its hours", arguments: TestEngine.available)
    func teams(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            let (volunteer, me) = try await bench.volunteer("volunteer", name: "刘洋", phone: "13800002222")
            let elsewhere = try await store.volunteers.register(
                NewVolunteer(name: "陈静", phone: "13600004444", skills: [], availability: ""), communityCode: TimeBankBench.b,
                by: bench.streetAdmin)
            let team = try await store.volunteerTeams.create(name: "敬老服务队", communityCode: TimeBankBench.a, by: bench.secretary)
            await #expect(throws: ValidationFailure([FieldError("name", .alreadyExists)])) {
                try await store.volunteerTeams.create(name: "敬老服务队", communityCode: TimeBankBench.a, by: bench.secretary)
            }
            let other = try await store.volunteerTeams.create(name: "敬老服务队", communityCode: TimeBankBench.b, by: bench.streetAdmin)
            await #expect(throws: StoreError.forbidden, "teams are the office's") {
                try await store.volunteerTeams.create(name: "自建队", communityCode: TimeBankBench.a, by: volunteer)
            }

            try await store.volunteerTeams.addMember(teamID: team.id, volunteerID: me.id, by: bench.secretary)
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .alreadyExists)])) {
                try await store.volunteerTeams.addMember(teamID: team.id, volunteerID: me.id, by: bench.secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .notFound)]), "a volunteer of another community, even for the street") {
                try await store.volunteerTeams.addMember(teamID: team.id, volunteerID: elsewhere.id, by: bench.streetAdmin)
            }
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .notFound)])) {
                try await store.volunteerTeams.addMember(teamID: other.id, volunteerID: me.id, by: bench.streetAdmin)
            }
            await #expect(throws: StoreError.notFound, "another community's team is out of the secretary's sight") {
                try await store.volunteerTeams.addMember(teamID: other.id, volunteerID: me.id, by: bench.secretary)
            }

            let activity = try await bench.served(me, as: volunteer, title: "重阳敬老义剪", halfHours: 4)
            _ = try await bench.served(me, as: volunteer, title: "不属于队的活动", halfHours: 2)
            await #expect(throws: ValidationFailure([FieldError("teamID", .notFound)]), "an activity's team is of its community") {
                try await store.volunteerTeams.assign(activityID: activity.id, to: other.id, by: bench.streetAdmin)
            }
            try await store.volunteerTeams.assign(activityID: activity.id, to: team.id, by: bench.secretary)
            let ours = try await store.volunteerTeams.isTeam(team.id, of: TimeBankBench.a)
            let theirs = try await store.volunteerTeams.isTeam(other.id, of: TimeBankBench.a)
            #expect(ours && !theirs)

            var detail = try await store.volunteerTeams.team(team.id, by: bench.secretary)
            #expect(detail.members.map(\.name) == ["刘洋"] && detail.members[0].hours == HalfHours(4) && detail.members[0].phoneMasked == "138****2222")
            #expect(detail.activities.map(\.activity.title) == ["重阳敬老义剪"] && detail.confirmedHours == HalfHours(4))
            #expect(detail.activities[0].volunteersServed == 1)
            let overview = try await store.volunteerTeams.teams(by: bench.secretary)
            #expect(overview.map(\.team.id) == [team.id], "the secretary sees their community's team only")
            #expect(overview[0].members == 1 && overview[0].activities == 1 && overview[0].confirmedHours == HalfHours(4))
            #expect(try await store.volunteerTeams.teams(by: bench.streetAdmin).count == 2)

            try await store.volunteerTeams.removeMember(teamID: team.id, volunteerID: me.id, by: bench.secretary)
            await #expect(throws: ValidationFailure([FieldError("volunteerID", .notFound)])) {
                try await store.volunteerTeams.removeMember(teamID: team.id, volunteerID: me.id, by: bench.secretary)
            }
            detail = try await store.volunteerTeams.team(team.id, by: bench.secretary)
            #expect(detail.members.isEmpty && detail.confirmedHours == HalfHours(4), "hours served stay the team's")
            try await store.volunteerTeams.assign(activityID: activity.id, to: nil, by: bench.secretary)
            #expect(try await store.volunteerTeams.team(team.id, by: bench.secretary).activities.isEmpty)
            let audit = try await store.audit.entries(for: bench.secretary).filter { $0.action == .volunteerTeamsChanged }
            #expect(audit.count == 5, "set up, member added, activity given, member removed, activity taken back")
        }
    }

    @Test("the record of service lists exactly the activities whose hours were confirmed, oldest first, with the total", arguments: TestEngine.available)
    func record(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let bench = try await TimeBankBench.make(database)
            let store = bench.store
            let (volunteer, me) = try await bench.volunteer("volunteer", name: "刘洋", phone: "13800002222")
            let (second, two) = try await bench.volunteer("volunteer.two", name: "王芳", phone: "13700003333")
            let firstDay = CalendarDay(containing: bench.clock.now).description
            _ = try await bench.served(me, as: volunteer, title: "重阳敬老义剪", halfHours: 4)
            _ = try await bench.served(two, as: second, title: "别人的活动", halfHours: 6)
            _ = try await bench.served(me, as: volunteer, title: "签退未确认", halfHours: 2, confirm: false)
            let signedUp = try await store.volunteers.createActivity(
                VolunteerActivity(
                    id: "", communityCode: TimeBankBench.a, teamID: nil, title: "只报了名", place: "", startsAt: bench.clock.now,
                    endsAt: bench.clock.now.addingTimeInterval(3600), capacity: 5),
                by: bench.secretary)
            _ = try await store.volunteers.signUp(activityID: signedUp.id, by: volunteer)
            bench.clock.advance(by: 86_400)
            let secondDay = CalendarDay(containing: bench.clock.now).description
            _ = try await bench.served(me, as: volunteer, title: "环境清洁", halfHours: 3)

            let record = try await store.volunteers.record(volunteerID: me.id, by: volunteer)
            #expect(record.entries.map(\.title) == ["重阳敬老义剪", "环境清洁"])
            #expect(record.entries.map(\.day) == [firstDay, secondDay] && firstDay != secondDay)
            #expect(record.entries.map(\.hours) == [HalfHours(4), HalfHours(3)] && record.total == HalfHours(7))
            #expect(record.volunteer.phoneMasked == "138****2222" && record.volunteer.name == "刘洋" && record.communityName == "甲社区")
            #expect(record.printedOn == secondDay && record.stars == 0)
            #expect(try await store.volunteers.record(volunteerID: me.id, by: bench.secretary).total == HalfHours(7), "the office prints it too")
            await #expect(throws: StoreError.notFound, "not another volunteer's to print") {
                try await store.volunteers.record(volunteerID: me.id, by: second)
            }
        }
    }
}
