import DoorstepCore
import Foundation

/// A partners' joint meeting: under whose agreement, who else attends, what was said and decided.
struct JointPlan {
    var partner: String
    var others: [String]
    var topic: String
    var minutes: String
    var decisions: String
}

/// A satisfaction survey of a community's first estate.
struct SurveyPlan {
    var community: Int
    var title: String
    var opens: CalendarDay
    var closes: CalendarDay
}

/// The partners' work and the service programmes, day by day.
enum ProgrammeStep {
    case clinic(service: String, served: Int, doctor: String, byPartner: Bool)
    case classDay
    case classEnd
    case enrolChild
    case aid(note: String)
    case delivery(String, people: Int, note: String)
    case fulfil(String, evidence: String)
    case jointMeeting(JointPlan)
    case openSurvey(Int, SurveyPlan)
    case answers(Int, visitor: String, households: [String], levels: [Satisfaction])
}

extension DemoYear {
    /// The child enrolled when the new school year starts, with the grandfather who collects him.
    static let newChild = (
        name: "陈思远", born: "2018-10-09", grade: "二年级", guardian: "陈伟", phone: "13700002004", pickUp: "陈爷爷", pickUpPhone: "13600002004"
    )

    func planProgrammes(_ state: inout YearState, _ queue: inout EventQueue) {
        let doctors = ["陈医生", "王医生", "刘医生"]
        var enrolled = false
        for candidate in (1...max(1, first.days(until: yesterday))).map({ first.adding(days: $0) }) {
            let weekday = Self.weekday(candidate)
            let working = calendar.isWorkday(candidate)
            let winter = [12, 1, 2].contains(candidate.month) ? 6 : 0
            if weekday == 2, working, !reserved.contains(candidate), programmes.stationID != nil {
                let served = state.number(15...32) + winter
                queue.add(.service(.programme(.clinic(service: "量血压、测血糖", served: served, doctor: state.pick(doctors), byPartner: true))), at: at(candidate, 11, 15))
            }
            if weekday == 4, working, programmes.stationID != nil {
                let served = state.number(8...20)
                queue.add(.service(.programme(.clinic(service: "中医理疗", served: served, doctor: "周医师", byPartner: false))), at: at(candidate, 16, 15))
            }
            if !enrolled, candidate.month == 9, candidate.day <= 7, working {
                enrolled = true
                queue.add(.service(.programme(.enrolChild)), at: at(candidate, 10))
            }
            if weekday <= 5, working, !Self.schoolHoliday(candidate), programmes.classID != nil {
                queue.add(.service(.programme(.classDay)), at: at(candidate, 16, 25))
                queue.add(.service(.programme(.classEnd)), at: at(candidate, 17, 35))
            }
        }
        planMonthly(&state, &queue)
        planSurveys(&state, &queue)
    }

    /// Monthly: the aid project's visit, the two partner projects' deliveries; the commitments on their days; a
    /// joint meeting in the middle month of each quarter.
    private func planMonthly(_ state: inout YearState, _ queue: inout EventQueue) {
        let notes = ["上门探访，送米面油", "陪同就医，代购药品", "电话问候，上门打扫卫生", "节日慰问，送去月饼和慰问金", "上门理发，检查家中用电安全"]
        for span in months {
            let workdays = span.days.filter { calendar.isWorkday($0) && $0 > first }
            if let day = workdays.first(where: { (10...20).contains($0.day) }), day < today.adding(days: -10), !programmes.beneficiaries.isEmpty {
                queue.add(.service(.programme(.aid(note: notes[span.index % notes.count]))), at: at(day, 10))
            }
            if let day = workdays.last(where: { $0.day <= 26 }) {
                let classDays = span.days.filter { Self.weekday($0) <= 5 && calendar.isWorkday($0) && !Self.schoolHoliday($0) && $0 <= day }.count
                if classDays > 0 {
                    queue.add(
                        .service(.programme(.delivery("school", people: classDays * 3 + state.number(0...6), note: "本月四点半课堂开班 \(classDays) 天"))),
                        at: at(day, 16))
                }
                queue.add(
                    .service(.programme(.delivery("society", people: state.number(18...30), note: "社工上门陪伴独居老人"))), at: at(day, 16, 30))
            }
            if span.month % 3 == 2, let day = workdays.first(where: { $0.day >= 12 }), day < today.adding(days: -25) {
                let plans = Self.jointPlans
                queue.add(.service(.programme(.jointMeeting(plans[span.index / 3 % plans.count]))), at: at(day, 15))
            }
        }
        let year = today.year
        let fulfilments: [(String, Int, Int, String)] = [
            ("hospital:3", 5, 20, "陈主任参加 5 月居民议事会，就预约挂号难题作了答复"), ("hospital:2", 10, 25, "义诊 1 次，服务居民 86 人次"),
            ("school:1", 7, 10, "联合开展防溺水安全教育，120 名学生参加"), ("school:2", 11, 20, "家长学校开课 2 次，家长 60 人次参加"),
            ("society:1", 9, 12, "社工参加 9 月居民议事会，反映独居老人助餐需求"), ("society:2", 10, 20, "重阳节敬老活动，慰问老人 45 人"),
        ]
        for (key, month, dayOfMonth, evidence) in fulfilments {
            let day = CalendarDay(year, month, dayOfMonth)
            guard day > first, day <= yesterday else { continue }
            queue.add(.service(.programme(.fulfil(key, evidence: evidence))), at: at(day, 16))
        }
    }

    /// Two waves of a satisfaction survey of each community's first estate, a season apart (in the third and the ninth
    /// month of the year), answered door to door by the grid workers and the office; satisfaction rises between them.
    private func planSurveys(_ state: inout YearState, _ queue: inout EventQueue) {
        let spans = months
        let waves: [(index: Int, rates: [Double], answered: [Int])] = [(2, [0.62, 0.58], [72, 40]), (8, [0.84, 0.76], [80, 44])]
        var number = 0
        for wave in waves where wave.index < spans.count {
            let opens = workday(onOrAfter: max(spans[wave.index].first.adding(days: 2), first.adding(days: 1)))
            let closes = opens.adding(days: 18)
            guard closes < today else { continue }
            for community in cast.communities.indices where cast.estates[community] != nil {
                number += 1
                let season = [3, 4, 5].contains(opens.month) ? "春季" : [6, 7, 8].contains(opens.month) ? "夏季" : [9, 10, 11].contains(opens.month) ? "秋季" : "冬季"
                let plan = SurveyPlan(community: community, title: "\(opens.year)年\(season)居民满意度测评", opens: opens, closes: closes)
                queue.add(.service(.programme(.openSurvey(number, plan))), at: at(opens, 9))
                // The estate is its community's first two grids; each grid's households are asked by its own worker.
                var doors: [(visitor: String, household: String)] = []
                for grid in [community * 4, community * 4 + 1] where grid < cast.grids.count {
                    let visitor = cast.worker(ofGrid: grid) ?? cast.office(of: community)
                    doors += cast.households(ofGrid: grid).map { (visitor: visitor, household: $0) }
                }
                let asked = Array(state.shuffled(doors).prefix(wave.answered[community]))
                let satisfied = Int((Double(asked.count) * wave.rates[community]).rounded())
                var levels = (0..<asked.count).map { index -> Satisfaction in
                    index < satisfied ? (index % 5 < 2 ? .verySatisfied : .satisfied) : (index % 4 == 0 ? .dissatisfied : .fairlySatisfied)
                }
                levels = state.shuffled(levels)
                let days = (0...opens.days(until: closes)).map { opens.adding(days: $0) }.filter { calendar.isWorkday($0) }
                guard !days.isEmpty else { continue }
                for visitor in Set(asked.map { $0.visitor }).sorted() {
                    let mine = asked.indices.filter { asked[$0].visitor == visitor }
                    let perDay = max(1, (mine.count + days.count - 1) / days.count + 2)
                    for (chunk, start) in stride(from: 0, to: mine.count, by: perDay).enumerated() {
                        let slice = mine[start..<min(start + perDay, mine.count)]
                        let day = days[min(chunk, days.count - 1)]
                        queue.add(
                            .service(.programme(.answers(
                                number, visitor: visitor, households: slice.map { asked[$0].household }, levels: slice.map { levels[$0] }))),
                            at: at(day, 14, state.number(0...50)))
                    }
                }
            }
        }
    }

    /// 1 for Monday … 7 for Sunday.
    static func weekday(_ day: CalendarDay) -> Int {
        let monday = CalendarDay(2024, 1, 1)
        return ((monday.days(until: day) % 7) + 7) % 7 + 1
    }

    /// The schools' winter and summer holidays, when the after-school class does not meet.
    static func schoolHoliday(_ day: CalendarDay) -> Bool {
        let date = day.month * 100 + day.day
        return (120...229).contains(date) || (705...831).contains(date)
    }

    static let jointPlans = [
        JointPlan(
            partner: "hospital", others: ["school"], topic: "共建联席会议：春季传染病防控与老人健康管理",
            minutes: "区人民医院通报辖区老人慢病管理情况；社区介绍健康驿站运行情况；实验小学提出春季传染病防控需求。",
            decisions: "健康驿站每周二增加一名护士\n实验小学与医院联合开展卫生知识讲座"),
        JointPlan(
            partner: "society", others: ["hospital"], topic: "共建联席会议：独居老人关爱服务",
            minutes: "暖阳为老服务中心汇报独居老人探访情况；区人民医院介绍上门巡诊安排；社区通报助餐点运行情况。",
            decisions: "建立独居老人健康档案共享机制\n每月联合探访一次高龄独居老人"),
        JointPlan(
            partner: "school", others: ["society"], topic: "共建联席会议：暑期青少年安全与“四点半课堂”",
            minutes: "实验小学通报暑期安全教育安排；社区介绍“四点半课堂”开班情况；暖阳为老服务中心提出组织“小手拉大手”敬老活动。",
            decisions: "暑期开展防溺水宣传进楼栋\n“四点半课堂”秋季学期增设志愿辅导岗"),
        JointPlan(
            partner: "hospital", others: ["school", "society"], topic: "共建联席会议：冬季安全与年度共建总结",
            minutes: "各共建单位汇报本年度承诺事项落实情况；社区通报冬季消防和燃气安全隐患排查情况。",
            decisions: "年底前完成共建承诺事项总结\n冬季联合开展消防安全宣传"),
    ]
}
