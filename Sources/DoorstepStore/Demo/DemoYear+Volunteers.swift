import DoorstepCore
import Foundation

/// A volunteer activity of the first community: when and where, how many places, whether the team takes it.
struct ActivityPlan {
    var title: String
    var place: String
    var startsAt: Date
    var endsAt: Date
    var capacity: Int
    var team: Bool
}

/// The services the year delivers: volunteering and the time bank, the partners' work, the programmes, the surveys.
enum ServiceStep {
    case register(String, phone: String, skills: [String])
    case createActivity(Int, ActivityPlan)
    case signUp(Int, String)
    case checkIn(Int)
    case checkOut(Int)
    case confirm(Int, minutes: Int)
    case redeemRound
    case handOver(String)
    case programme(ProgrammeStep)
}

extension DemoYear {
    /// Five volunteers register themselves over the year and join the team; two or three activities a month, signed
    /// up for beforehand, checked in and out by the organiser and their hours confirmed (in half-hours, paid into the
    /// time bank); a few redemptions each quarter.
    func planVolunteers(_ state: inout YearState, _ queue: inout EventQueue) {
        let length = max(first.days(until: yesterday), 1)
        let skills = [["理发"], ["电脑", "摄影"], ["家电维修"], ["陪伴聊天", "读报"], ["书法", "手工"]]
        for number in 2...6 {
            let day = first.adding(days: 3 + length * (number - 2) / 6)
            guard day < yesterday else { continue }
            queue.add(
                .service(.register("volunteer\(number)", phone: "1392026000\(number)", skills: skills[number - 2])), at: at(day, 10, number))
        }
        let titles: [(String, String, Bool)] = [
            ("小区环境清洁日", "小区中心广场", false), ("关爱独居老人上门探访", "各网格联系户", true), ("垃圾分类宣传引导", "垃圾分类投放点", false),
            ("防范电信诈骗宣传", "党群服务中心门口", false), ("敬老院陪伴慰问", "街道敬老院", true), ("四点半课堂作业辅导", "党群服务中心二楼", false),
            ("文明交通劝导", "实验小学门口", false), ("义务维修小家电", "党群服务中心一楼", true),
        ]
        var number = 0
        for span in months {
            let weekends = span.days.filter { $0.isWeekend && $0 > first.adding(days: 7) }
            let count = min(weekends.count, state.number(2...3))
            for day in state.shuffled(weekends).prefix(count) {
                number += 1
                let (title, place, team) = titles[(span.index * 3 + number) % titles.count]
                let startHour = state.pick([9, 14])
                let startsAt = at(day, startHour, state.pick([0, 30]))
                let minutes = state.pick([150, 180, 120])
                let plan = ActivityPlan(
                    title: title, place: place, startsAt: startsAt, endsAt: startsAt.addingTimeInterval(Double(minutes) * 60),
                    capacity: state.number(6...10), team: team)
                let created = max(at(day.adding(days: -8), 10), at(first, 9, 40))
                queue.add(.service(.createActivity(number, plan)), at: created)
                queue.add(.service(.checkIn(number)), at: startsAt.addingTimeInterval(300))
                queue.add(.service(.checkOut(number)), at: plan.endsAt)
                queue.add(.service(.confirm(number, minutes: minutes)), at: plan.endsAt.addingTimeInterval(Double(state.number(1...18)) * 3600))
            }
            if span.index % 3 == 2, let day = randomDay(in: span, working: true, &state) {
                queue.add(.service(.redeemRound), at: at(day, 15))
            }
        }
    }

    func performService(_ step: ServiceStep, _ state: inout YearState, _ queue: inout EventQueue) async {
        do {
            let secretary = try cast.who("secretary")
            switch step {
            case .register(let username, let phone, let skills):
                let me = try cast.who(username)
                let volunteer = try await past.volunteers.register(
                    NewVolunteer(name: me.displayName, phone: phone, skills: skills, availability: "周末、工作日晚上"), by: me)
                state.ids["volunteer:\(username)"] = volunteer.id
                state.lists["volunteers", default: []].append(username)
                if let team = state.ids["volunteerTeam"] {
                    try await past.volunteerTeams.addMember(teamID: team, volunteerID: volunteer.id, by: secretary)
                }
            case .createActivity(let number, let plan):
                let activity = try await past.volunteers.createActivity(
                    VolunteerActivity(
                        id: "", communityCode: cast.communities[0].code, teamID: plan.team ? state.ids["volunteerTeam"] : nil,
                        title: plan.title, place: plan.place, startsAt: plan.startsAt, endsAt: plan.endsAt, capacity: plan.capacity),
                    by: secretary)
                state.ids["activity#\(number)"] = activity.id
                state.tally("activities", at: now)
                // The registered volunteers sign up over the next days, before it starts.
                for username in state.lists["volunteers"] ?? [] where state.chance(0.7) {
                    let hours = max(1, plan.startsAt.timeIntervalSince(now) / 3600 - 2)
                    queue.add(.service(.signUp(number, username)), at: now.addingTimeInterval(state.fraction(0.5...hours) * 3600))
                }
            case .signUp(let number, let username):
                guard let activity = state.ids["activity#\(number)"] else { return }
                _ = try await past.volunteers.signUp(activityID: activity, by: try cast.who(username))
                state.lists["signed#\(number)", default: []].append(username)
            case .checkIn(let number):
                guard let activity = state.ids["activity#\(number)"] else { return }
                for username in state.lists["signed#\(number)"] ?? [] where state.chance(0.92) {
                    guard let volunteer = state.ids["volunteer:\(username)"] else { continue }
                    _ = try await past.volunteers.check(.in, activityID: activity, volunteerID: volunteer, by: secretary)
                    state.lists["in#\(number)", default: []].append(username)
                    clock.advance(by: 40)
                }
            case .checkOut(let number):
                guard let activity = state.ids["activity#\(number)"] else { return }
                for username in state.lists["in#\(number)"] ?? [] {
                    guard let volunteer = state.ids["volunteer:\(username)"] else { continue }
                    _ = try await past.volunteers.check(.out, activityID: activity, volunteerID: volunteer, by: secretary)
                    clock.advance(by: 30)
                }
            case .confirm(let number, let minutes):
                guard let activity = state.ids["activity#\(number)"] else { return }
                for username in state.lists["in#\(number)"] ?? [] {
                    guard let volunteer = state.ids["volunteer:\(username)"] else { continue }
                    // Whole half-hours served, now and then one less for arriving late.
                    let hours = HalfHours(max(1, HalfHours(minutes: minutes).count - (state.chance(0.2) ? 1 : 0)))
                    _ = try await past.volunteers.confirm(activityID: activity, volunteerID: volunteer, hours: hours, by: secretary)
                    state.numbers["balance:\(username)", default: 0] += hours.count
                    state.tally("volunteerHalfHours", by: hours.count, at: now)
                }
            case .redeemRound:
                try await redeemRound(&state, &queue)
            case .handOver(let redemption):
                _ = try await past.timeBank.handOver(redemptionID: redemption, by: secretary)
            case .programme(let step):
                try await performProgramme(step, &state, &queue)
            }
        } catch {
            state.refuse("service", error)
        }
    }

    /// Volunteers with enough credits redeem from the catalogue — never the haircut voucher, whose stock the current
    /// day's volunteer sees whole — and the office hands the item over within days.
    private func redeemRound(_ state: inout YearState, _ queue: inout EventQueue) async throws {
        for username in state.lists["volunteers"] ?? [] {
            let balance = state.numbers["balance:\(username)", default: 0]
            let choice: (String, Int)? =
                balance >= 10 && state.chance(0.6) ? ("爱心超市兑换券", 10) : balance >= 6 && state.chance(0.4) ? ("小家电维修一次", 6) : nil
            guard let choice, let item = state.ids["item:\(choice.0)"] else { continue }
            let redemption = try await past.timeBank.redeem(itemID: item, by: try cast.who(username))
            state.numbers["balance:\(username)", default: 0] -= choice.1
            state.tally("redemptions", at: now)
            let later = workday(onOrAfter: day.adding(days: state.number(1...3)))
            queue.add(.service(.handOver(redemption.id)), at: at(later, 10, state.number(0...50)))
        }
    }
}
