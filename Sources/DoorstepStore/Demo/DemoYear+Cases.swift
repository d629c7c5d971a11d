import DoorstepCore
import Foundation

/// How one case of the year goes: who reports it and how, who takes it in, who works it and who checks, and what
/// becomes of it. The steps follow the case's own clock as it stands after each one.
struct CaseScript {
    enum Fate {
        case normal, rejected, voided, returned, extended, shelved, rework, late, reopened, abandoned
    }

    var community: Int
    var grid: Int
    var topic: CaseTopic
    var text: String
    var source: CaseSource
    var urgency: Urgency = .routine
    var reportedAt: Date
    /// The account that reports (nil: a resident on the public page).
    var reporter: String?
    var reporterName = ""
    var reporterPhone = ""
    var anonymous = false
    var building: String?
    var latitude: Double?
    var longitude: Double?
    /// Who accepts, registers and dispatches; with `takesItself`, the grid worker who does all that and signs for it
    /// in one tap.
    var intake: String
    var takesItself = false
    /// The grid worker who handles it, or nil for a unit whose work `recorder` (the office) records.
    var worker: String?
    var unit: String
    var recorder: String
    var checker: String
    /// The community's office: voids, shelves, approves more time.
    var office: String
    var fate: Fate = .normal
    var satisfaction: Satisfaction?
    var mediate = false
    // What has happened so far.
    var returned = false
    var reworked = false
    var reopened = false
    var sittings = 0
    var mediated = false
    var outcome: MediationOutcome?

    /// Who acts for the handler: the grid worker, or the office recording a unit's work.
    var handler: String { worker ?? recorder }
}

/// The steps a case goes through in the year.
enum CaseStage {
    case intake, void, signFor, giveBack, redispatch, askMoreTime, grantMoreTime, shelve, resume, mediate, sitting, conclude, feedback,
        check, callBack
}

extension DemoYear {
    /// Cases a month in the first community by month of the year (January first); the second has about 40 % of them.
    static let casesPerMonth = [26, 22, 28, 31, 34, 39, 43, 41, 35, 31, 28, 30]

    func planCases(_ state: inout YearState, _ queue: inout EventQueue) {
        for span in months {
            for community in 0..<2 {
                let full = Double(Self.casesPerMonth[span.month - 1]) * (community == 0 ? 1 : 0.4)
                let count = Int((full * span.share).rounded())
                for _ in 0..<count {
                    if let script = makeScript(community: community, in: span, &state) {
                        queue.add(.report(script), at: script.reportedAt)
                    }
                }
            }
        }
        planOverdue(&queue)
    }

    /// One case of a month: a category by its season, a grid, a channel, a reporter and what will become of it.
    func makeScript(community: Int, in span: MonthSpan, _ state: inout YearState) -> CaseScript? {
        let gridWeights: [Double] = community == 0 ? [0.38, 0.30, 0.16, 0.16] : [0.40, 0.20, 0.20, 0.20]
        let grid = community * 4 + state.index(weights: gridWeights)
        guard grid < cast.grids.count, !cast.buildings[grid].isEmpty else { return nil }
        var topic = Self.topics[state.index(weights: Self.topics.map { $0.weight * $0.season.factor(month: span.month) })]
        let channels: [(CaseSource, Double)] = Self.channels(for: topic.code)
        var source = channels[state.index(weights: channels.map { $0.1 })].0
        let worker = cast.worker(ofGrid: grid)
        if source == .visit && worker == nil { source = .walkIn }
        let working = source != .selfReport
        guard var day = randomDay(in: span, working: working, &state) else { return nil }
        // The first grid's worker mediates the current day's neighbour dispute on the page: none of the year's is still
        // in his hands.
        if topic.code == "L0101", grid == 0, day >= today.adding(days: -40) { topic = Self.topic("L0103") }
        if day < first { day = first }
        let hour = working ? state.number(9...16) : state.pick([7, 8, 9, 10, 12, 14, 16, 18, 19, 20, 21])
        var reportedAt = at(day, hour, state.number(0...59))
        if reportedAt < now { reportedAt = now.addingTimeInterval(60) }
        let building = state.pick(cast.buildings[grid])
        let office = cast.office(of: community)
        var script = CaseScript(
            community: community, grid: grid, topic: topic, text: state.pick(topic.texts), source: source, reportedAt: reportedAt,
            intake: office, unit: Self.unit(for: topic.code), recorder: office, checker: "street.admin", office: office)
        switch source {
        case .patrol, .visit:
            script.reporter = worker ?? office
            script.building = building.id
        case .selfReport:
            script.reporterName = state.personName()
            script.reporterPhone = state.mobile()
            script.anonymous = state.chance(0.1)
            script.latitude = (building.latitude ?? 0) + state.fraction(-0.0002...0.0002)
            script.longitude = (building.longitude ?? 0) + state.fraction(-0.0002...0.0002)
        case .partner:
            script.reporter = "partner"
            script.building = building.id
            script.reporterName = "区人民医院"
        default:
            script.reporter = office
            script.building = building.id
            script.reporterName = state.personName()
            script.reporterPhone = state.mobile()
        }
        // Who works it: the grid's worker where it has one (units for repairs, now and then), else a unit.
        let repairs = ["C0", "E03", "E04", "L05"].contains { topic.code.hasPrefix($0) }
        if let worker, !(repairs && state.chance(0.4)) {
            script.worker = worker
            script.checker = office
            script.takesItself = source == .patrol || source == .visit || state.chance(0.4)
            if script.takesItself { script.intake = worker }
        } else if let worker {
            script.checker = worker  // the grid's worker checks a unit's work on the spot
        }
        if ["E04", "L0206"].contains(where: { topic.code.hasPrefix($0) }), state.chance(0.5) { script.urgency = .urgent }
        script.fate = fate(for: script, day: day, &state)
        script.mediate = topic.code.hasPrefix("L01") && state.chance(0.65)
        script.satisfaction = satisfaction(month: span.index, dispute: topic.code.hasPrefix("L01"), &state)
        return script
    }

    /// The channels a category comes in by, with their weights.
    static func channels(for code: String) -> [(CaseSource, Double)] {
        switch code.prefix(3) {
        case "L01": [(.walkIn, 35), (.hotline12345, 25), (.selfReport, 20), (.patrol, 12), (.visit, 8)]
        case "L02": [(.patrol, 48), (.selfReport, 20), (.hotline12345, 10), (.visit, 15), (.walkIn, 7)]
        case "L03": [(.walkIn, 55), (.hotline12345, 30), (.visit, 10), (.selfReport, 5)]
        case "L04": [(.patrol, 40), (.selfReport, 35), (.hotline12345, 15), (.visit, 10)]
        case "L05": [(.selfReport, 38), (.hotline12345, 30), (.walkIn, 22), (.visit, 10)]
        default: [(.patrol, 48), (.selfReport, 22), (.hotline12345, 15), (.walkIn, 5), (.superior, 5), (.partner, 2), (.visit, 3)]
        }
    }

    func fate(for script: CaseScript, day: CalendarDay, _ state: inout YearState) -> CaseScript.Fate {
        // Nothing of the last days is late on purpose: the overdue ones the year leaves are planned apart.
        let recent = day >= today.adding(days: -12)
        let draw = state.fraction(0...1)
        let byWorker = script.worker != nil
        switch draw {
        case ..<0.03: return .rejected
        case ..<0.06: return .voided
        case ..<0.10: return byWorker && !script.takesItself ? .returned : .normal
        case ..<0.15: return byWorker ? .extended : .normal
        case ..<0.18: return script.topic.code.hasPrefix("L05") || script.topic.code.hasPrefix("C0") ? .shelved : .normal
        case ..<0.25: return .rework
        case ..<0.34: return recent ? .normal : .late
        case ..<0.36: return byWorker ? .reopened : .normal
        default: return .normal
        }
    }

    /// The call-back's answer, if the reporter answers: more satisfied as the year goes on.
    func satisfaction(month: Int, dispute: Bool, _ state: inout YearState) -> Satisfaction? {
        guard state.chance(0.88) else { return nil }
        let satisfied = 0.70 + 0.022 * Double(month) - (dispute ? 0.08 : 0)
        if state.chance(satisfied) { return state.chance(0.55) ? Satisfaction.verySatisfied : Satisfaction.satisfied }
        let unhappy: [Satisfaction] = [.fairlySatisfied, .fairlySatisfied, .fairlySatisfied, .dissatisfied, .dissatisfied, .veryDissatisfied]
        return state.pick(unhappy)
    }

    /// Three cases taken on patrol on the overdue day and never finished: by the last sweep they are overdue by twice
    /// their limit and rise to the street in one step.
    func planOverdue(_ queue: inout EventQueue) {
        guard let day = overdueDay else { return }
        let plans: [(grid: Int, code: String, text: String)] = [
            (0, "L0201", "5 号楼消防通道被私家车长期占用"), (1, "L0203", "4 号楼有住户从三楼拉线给电动车充电"),
            (4, "L0205", "2 号楼楼道堆满纸箱，挡住了安全出口"),
        ]
        for (index, plan) in plans.enumerated() {
            guard plan.grid < cast.grids.count, let worker = cast.worker(ofGrid: plan.grid), let building = cast.buildings[plan.grid].last
            else { continue }
            let office = cast.office(of: cast.community(ofGrid: plan.grid))
            var script = CaseScript(
                community: cast.community(ofGrid: plan.grid), grid: plan.grid, topic: Self.topic(plan.code), text: plan.text,
                source: .patrol, reportedAt: at(day, 9, 30 + index * 5), reporter: worker, building: building.id, intake: worker,
                takesItself: true, worker: worker, unit: Self.unit(for: plan.code), recorder: office, checker: office, office: office)
            script.fate = .abandoned
            queue.add(.report(script), at: script.reportedAt)
        }
    }

    // MARK: - Filing

    func file(_ script: CaseScript, _ state: inout YearState, _ queue: inout EventQueue) async {
        do {
            let reporter = try script.reporter.map { try cast.who($0) }
            let report = CaseReport(
                source: script.source, categoryCode: script.topic.code, urgency: script.urgency, description: script.text,
                latitude: script.latitude, longitude: script.longitude, buildingID: script.building,
                communityCode: cast.communities[script.community].code, reporterName: script.reporterName,
                reporterPhone: script.reporterPhone, anonymous: script.anonymous)
            let filed = try await past.cases.report(report, by: reporter).case
            state.tally("cases", at: now)
            let number = remember(filed, script, &state)
            queue.add(.stage(number, .intake), at: intakeTime(script, &state))
        } catch {
            state.refuse("report \(script.topic.code)", error)
        }
    }

    /// Takes on a case filed elsewhere (at a visit, from an opinion): the office works it like any other.
    func adopt(caseID: String, community: Int, _ state: inout YearState, _ queue: inout EventQueue) async {
        do {
            let office = cast.office(of: community)
            let item = try await past.cases.find(id: caseID, by: try cast.who(office))
            let grid = cast.gridIndex(of: item.gridCode) ?? community * 4
            // A case placed in the community only (a council's opinion) is the office's to hand to a unit.
            let worker = item.gridCode == nil ? nil : cast.worker(ofGrid: grid)
            var script = CaseScript(
                community: community, grid: grid, topic: Self.topic(item.categoryCode), text: item.description, source: item.source,
                reportedAt: now, intake: office, worker: worker, unit: Self.unit(for: item.categoryCode), recorder: office,
                checker: worker == nil ? "street.admin" : office, office: office)
            script.fate = state.chance(0.1) ? .rework : .normal
            script.satisfaction = satisfaction(month: monthIndex(day), dispute: false, &state)
            state.tally("cases", at: now)
            let number = remember(item, script, &state)
            queue.add(.stage(number, .intake), at: working(after: now, hours: state.fraction(0.3...4)))
        } catch {
            state.refuse("adopt case", error)
        }
    }

    /// How many months into the year a day is (0 for the first month).
    func monthIndex(_ day: CalendarDay) -> Int {
        (day.year - first.year) * 12 + day.month - first.month
    }

    func remember(_ item: Case, _ script: CaseScript, _ state: inout YearState) -> Int {
        state.caseCount += 1
        state.cases[state.caseCount] = item
        state.scripts[state.caseCount] = script
        return state.caseCount
    }

    func intakeTime(_ script: CaseScript, _ state: inout YearState) -> Date {
        if script.takesItself && (script.source == .patrol || script.source == .visit) { return now.addingTimeInterval(Double(state.number(2...8)) * 60) }
        return working(after: now, hours: state.fraction(0.2...3))
    }
}
