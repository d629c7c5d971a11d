import DoorstepCore
import Foundation

extension DemoYear {
    /// Takes case `number`'s next step, by whoever takes it on the page, and plans the one after from the case as it
    /// now stands.
    func advance(_ number: Int, _ stage: CaseStage, _ state: inout YearState, _ queue: inout EventQueue) async {
        guard var script = state.scripts[number] else { return }
        do {
            try await take(stage, number, &script, &state, &queue)
        } catch {
            state.refuse("case \(script.topic.code) \(stage)", error)
        }
        state.scripts[number] = script
    }

    private func take(
        _ stage: CaseStage, _ number: Int, _ script: inout CaseScript, _ state: inout YearState, _ queue: inout EventQueue
    ) async throws {
        switch stage {
        case .intake:
            let office = try cast.who(script.intake)
            if script.fate == .rejected {
                try await act(number, [step("reject", note: "经核实不属于社区管辖范围，已告知居民向相关部门反映。")], by: office, &state)
                return
            }
            if script.fate == .voided {
                try await act(number, [step("accept")], by: office, &state)
                queue.add(.stage(number, .void), at: working(after: now, hours: state.fraction(1...6)))
                return
            }
            var steps = [step("accept"), step("register"), try dispatch(script)]
            if script.takesItself { steps.append(step("signFor")) }
            let item = try await act(number, steps, by: office, &state)
            if script.takesItself {
                afterSignFor(number, item, &script, &state, &queue)
            } else {
                queue.add(.stage(number, .signFor), at: working(after: now, hours: state.fraction(0.2...2.5)))
            }
        case .void:
            try await act(number, [step("void", note: "经核实系重复上报，已并入此前受理的事件处理。")], by: try cast.who(script.office), &state)
        case .signFor:
            let item = try await act(number, [step("signFor")], by: try cast.who(script.handler), &state)
            afterSignFor(number, item, &script, &state, &queue)
        case .giveBack:
            try await act(
                number, [step("return", note: "需要专业维修，超出网格处置能力，请转物业或专业单位处理。")], by: try cast.who(script.handler), &state)
            script.returned = true
            // The grid worker checks the unit's work on the spot.
            if let worker = script.worker { script.checker = worker }
            script.worker = nil
            queue.add(.stage(number, .redispatch), at: working(after: now, hours: state.fraction(1...3)))
        case .redispatch:
            try await act(number, [try dispatch(script)], by: try cast.who(script.office), &state)
            queue.add(.stage(number, .signFor), at: working(after: now, hours: state.fraction(0.5...4)))
        case .askMoreTime:
            // More time is asked for before the limit runs out; past it, the work is simply finished late.
            guard let item = state.cases[number], let deadline = item.deadline, now < deadline else {
                script.fate = .normal
                if let item = state.cases[number] { queue.add(.stage(number, .feedback), at: feedbackTime(item, script, &state)) }
                return
            }
            var request = step("requestExtension", note: "需等待配件到货，申请延长办理时限。")
            request.workingDays = state.number(2...5)
            try await act(number, [request], by: try cast.who(script.handler), &state)
            queue.add(.stage(number, .grantMoreTime), at: working(after: now, hours: state.fraction(0.5...3)))
        case .grantMoreTime:
            let item = try await act(number, [step("approveExtension", note: "情况属实，同意延期。")], by: try cast.who(script.office), &state)
            script.fate = .normal
            queue.add(.stage(number, .feedback), at: feedbackTime(item, script, &state))
        case .shelve:
            var shelve = step("shelve", note: "需申请住宅专项维修资金，等待业主表决后再处理。")
            let review = day.adding(days: state.number(14...28))
            shelve.reviewOn = review.description
            try await act(number, [shelve], by: try cast.who(script.office), &state)
            queue.add(.stage(number, .resume), at: at(workday(onOrAfter: review), 10, state.number(0...50)))
        case .resume:
            let item = try await act(number, [step("resume", note: "维修资金已到位，恢复办理。")], by: try cast.who(script.office), &state)
            script.fate = .normal
            queue.add(.stage(number, .feedback), at: feedbackTime(item, script, &state))
        case .mediate:
            guard let item = state.cases[number] else { return }
            let members = cast.members(ofCommunity: script.community)
            let retired = members.filter { $0.employment == .retired }
            let pool = retired.isEmpty ? members : retired
            guard !pool.isEmpty else { throw StoreError.notFound }
            let mediator = state.pick(pool)
            let parties = [
                NewMediation.Party(name: state.personName(), side: .applicant),
                NewMediation.Party(name: state.personName(), side: .respondent),
            ]
            _ = try await past.mediations.start(
                NewMediation(mediatorName: mediator.name, mediatorMemberID: mediator.id, parties: parties), on: item.id,
                by: try cast.who(script.handler))
            script.sittings = state.number(1...3)
            queue.add(.stage(number, .sitting), at: sittingTime(&state))
        case .sitting:
            guard let item = state.cases[number] else { return }
            _ = try await past.mediations.addSession(
                to: item.id, heldOn: day.description, place: "社区人民调解室", notes: state.pick(Self.sittingNotes),
                by: try cast.who(script.handler))
            script.sittings -= 1
            if script.sittings > 0 {
                queue.add(.stage(number, .sitting), at: sittingTime(&state))
            } else {
                queue.add(.stage(number, .conclude), at: now.addingTimeInterval(Double(state.number(30...150)) * 60))
            }
        case .conclude:
            guard let item = state.cases[number] else { return }
            let outcomes: [MediationOutcome] = [.agreementReached, .partial, .failed, .referred]
            let outcome = outcomes[state.index(weights: [75, 10, 10, 5])]
            _ = try await past.mediations.conclude(
                item.id, outcome: outcome, agreement: outcome.settles ? state.pick(Self.agreements) : "", by: try cast.who(script.handler))
            script.mediated = true
            script.outcome = outcome
            state.tally("mediations", at: now)
            queue.add(.stage(number, .feedback), at: working(after: now, hours: state.fraction(0.5...4)))
        case .feedback:
            let note = script.outcome.map(Self.mediationFeedback) ?? state.pick(Self.feedback(for: script.topic.code))
            try await act(number, [step("submitFeedback", note: note)], by: try cast.who(script.handler), &state)
            queue.add(.stage(number, .check), at: working(after: now, hours: state.fraction(0.5...8)))
        case .check:
            let checker = try cast.who(script.checker)
            if script.fate == .rework && !script.reworked {
                script.reworked = true
                // The limit starts again: the rework is done within it.
                let item = try await act(number, [step("checkFailed", note: "现场核查仍有遗留，请继续处理到位。")], by: checker, &state)
                queue.add(.stage(number, .feedback), at: feedbackTime(item, script, &state))
            } else {
                var steps = [step("checkPassed", note: "经现场核查，问题已处置。")]
                if state.chance(0.2) { steps.insert(step("startCheck"), at: 0) }
                try await act(number, steps, by: checker, &state)
                if script.satisfaction != nil {
                    let later = day.adding(days: state.number(1...3))
                    queue.add(.stage(number, .callBack), at: at(later, state.number(10...19), state.number(0...59)))
                }
            }
        case .callBack:
            guard let item = state.cases[number], let satisfaction = script.satisfaction else { return }
            let reopen = script.fate == .reopened && !script.reopened
            let answer = CaseStep(
                action: "evaluate", version: item.version, note: reopen ? "居民反映问题仍未彻底解决。" : "", solved: !reopen,
                satisfaction: reopen ? .dissatisfied : satisfaction)
            state.cases[number] = try await past.cases.evaluate(trackingCode: item.trackingCode, answer)
            state.tally("callBacks", at: now)
            if reopen {
                script.reopened = true
                queue.add(.stage(number, .signFor), at: working(after: now, hours: state.fraction(0.5...3)))
            }
        }
    }

    /// After the handler has signed for it: handed back, more time asked, shelved, mediated, or the work done.
    private func afterSignFor(
        _ number: Int, _ item: Case, _ script: inout CaseScript, _ state: inout YearState, _ queue: inout EventQueue
    ) {
        switch script.fate {
        case .abandoned:
            return
        case .returned where !script.returned:
            queue.add(.stage(number, .giveBack), at: working(after: now, hours: state.fraction(1...5)))
        case .extended:
            queue.add(.stage(number, .askMoreTime), at: beforeDeadline(item, share: 0.3...0.6, &state))
        case .shelved:
            queue.add(.stage(number, .shelve), at: working(after: now, hours: state.fraction(1...6)))
        default:
            if script.mediate && !script.mediated {
                queue.add(.stage(number, .mediate), at: working(after: now, hours: state.fraction(2...10)))
            } else {
                queue.add(.stage(number, .feedback), at: feedbackTime(item, script, &state))
            }
        }
    }

    /// When the work is reported done: within the case's limit, or (for a late one) some hours past it.
    func feedbackTime(_ item: Case, _ script: CaseScript, _ state: inout YearState) -> Date {
        guard let deadline = item.deadline else { return working(after: now, hours: state.fraction(1...6)) }
        if script.fate == .late { return working(after: max(deadline, now), hours: state.fraction(1...10)) }
        let minutes = calendar.workingMinutes(from: now, to: deadline)
        guard minutes > 30 else { return working(after: now, hours: 0.3) }
        return working(after: now, hours: minutes * state.fraction(0.15...0.8) / 60)
    }

    func beforeDeadline(_ item: Case, share: ClosedRange<Double>, _ state: inout YearState) -> Date {
        guard let deadline = item.deadline else { return working(after: now, hours: 1) }
        let minutes = calendar.workingMinutes(from: now, to: deadline)
        return working(after: now, hours: max(minutes, 20) * state.fraction(share) / 60)
    }

    func sittingTime(_ state: inout YearState) -> Date {
        at(day.adding(days: state.number(1...4)), state.pick([10, 15, 19]), state.number(0...30))
    }

    /// Case `number`'s steps in one go, naming the version the walk last saw; when the case clock has raised the case
    /// since, once more on the case as it now stands.
    @discardableResult
    func act(_ number: Int, _ steps: [CaseStep], by actor: Principal, _ state: inout YearState) async throws -> Case {
        guard var item = state.cases[number] else { throw StoreError.notFound }
        for attempt in 0..<2 {
            var versioned = steps
            for index in versioned.indices { versioned[index].version = item.version }
            do {
                let next = try await past.cases.act(on: item.id, versioned, by: actor)
                state.cases[number] = next
                return next
            } catch let moved as CaseMoved where attempt == 0 {
                item = moved.current
            }
        }
        throw StoreError.conflict
    }

    func step(_ action: String, note: String = "") -> CaseStep {
        CaseStep(action: action, version: 0, note: note)
    }

    func dispatch(_ script: CaseScript) throws -> CaseStep {
        if let worker = script.worker {
            return CaseStep(action: "dispatch", version: 0, handlerAccountID: try cast.who(worker).accountID)
        }
        return CaseStep(action: "dispatch", version: 0, handlerUnit: script.unit)
    }

    static func mediationFeedback(_ outcome: MediationOutcome) -> String {
        switch outcome {
        case .agreementReached: "经社区人民调解，双方达成调解协议，矛盾已化解。"
        case .partial: "经调解，双方就主要问题达成一致，其余事项另行协商。"
        case .failed: "调解未能达成一致，已引导当事人通过司法途径解决。"
        case .referred: "已转交街道人民调解委员会继续调解。"
        }
    }

    static let sittingNotes = [
        "双方分别陈述诉求，调解员讲解相关法律规定。", "调解员与双方分别谈话，了解矛盾起因。", "邀请楼栋党员、楼长共同参与，双方情绪趋于平稳。",
        "现场查看了漏水和受损情况，双方对事实无异议。", "双方就赔偿金额和整改时间协商。",
    ]

    static let agreements = [
        "一方于本月底前完成维修，并承担楼下住户的修复费用。", "双方约定装修只在工作日 8:00–12:00、14:00–18:00 进行。",
        "一方三日内清理楼道堆物，今后不再占用公共部位。", "广场舞音响音量调低，每晚 20:30 前结束。", "空调外机移位，费用由双方各承担一半。",
    ]
}
