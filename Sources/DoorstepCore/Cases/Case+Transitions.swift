import Foundation

extension Case {
    /// Takes one step of the loop: checks who may, from which state, and with what; returns the changed case and
    /// the history line. The version rises by one with every step.
    public func applying(
        _ action: CaseAction, by actor: CaseActor, at now: Date, calendar: WorkCalendar
    ) throws(CaseFlowError) -> (Case, CaseEvent) {
        var next = self
        try next.apply(action, by: actor, at: now, calendar: calendar)
        next.version = version + 1
        next.updatedAt = now
        let event = CaseEvent(
            caseID: id, version: next.version, action: action.name, from: state, to: next.state, actor: actor,
            note: action.note.trimmingCharacters(in: .whitespacesAndNewlines), isPublic: action.isPublic,
            noteIsPublic: action.noteIsPublic, at: now)
        return (next, event)
    }

    private mutating func apply(
        _ action: CaseAction, by actor: CaseActor, at now: Date, calendar: WorkCalendar
    ) throws(CaseFlowError) {
        switch action {
        case .accept:
            try require(actor.isOffice, in: [.reported])
            state = .accepted
        case .reject(let reason):
            try require(actor.isOffice, in: [.reported])
            try requireText("reason", reason)
            state = .rejected
        case .register(let category, let urgency):
            try require(actor.isOffice, in: [.accepted])
            guard category.isLeaf, category.active else { throw .invalid([FieldError("categoryCode", .notFound)]) }
            kind = category.kind
            categoryCode = category.code
            categoryName = category.name
            self.urgency = urgency
            limit = category.limit(for: urgency)
            responseLimit = category.responseLimit
            state = .registered
        case .void(let reason):
            try require(actor.standing == .staff, in: [.accepted, .registered, .returned])
            try requireText("reason", reason)
            state = .voided
        case .merge(let target, _):
            try require(actor.standing == .staff, in: [.reported, .accepted, .registered, .returned])
            guard target != id, !target.isEmpty else { throw .invalid([FieldError("into", .notFound)]) }
            mergedInto = target
            state = .voided
        case .dispatch(let handler, _):
            try require(actor.isOffice, in: [.registered, .returned])
            guard !handler.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalid([FieldError("handler", .required)])
            }
            self.handler = handler
            startClock(at: now, calendar: calendar)
            respondedAt = nil
            respondedInTime = nil
            state = .dispatched
        case .signFor:
            try require(isHandler(actor), in: [.dispatched])
            markResponded(at: now, calendar: calendar)
            state = .inProgress
        case .returnToDispatcher(let reason):
            try require(isHandler(actor), in: [.dispatched, .inProgress])
            guard extensionRequest == nil else { throw .notInState(state) }
            try requireText("reason", reason)
            handler = nil
            stopClock()
            state = .returned
        case .requestExtension(let days, let reason):
            try require(isHandler(actor), in: [.dispatched, .inProgress])
            guard extensionRequest == nil else { throw .notInState(state) }
            var problems: [FieldError] = []
            // More time is asked for before the limit runs out; an overdue case stays overdue and escalates.
            if let deadline, now > deadline { problems.append(FieldError("workingDays", .pastDeadline)) }
            if !(1...30).contains(days) { problems.append(FieldError("workingDays", days < 1 ? .tooSmall(minimum: 1) : .tooLarge(maximum: 30))) }
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(FieldError("reason", .required)) }
            guard problems.isEmpty else { throw .invalid(problems) }
            extensionRequest = ExtensionRequest(workingDays: days, reason: reason, requestedAt: now, requestedBy: actor.id)
            pausedAt = now
        case .decideExtension(let approved, _):
            try require(actor.standing == .staff, in: [.dispatched, .inProgress])
            guard let request = extensionRequest else { throw .notInState(state) }
            // No one approves their own request.
            guard actor.id != request.requestedBy, actor.id != handler?.accountID else { throw .notPermitted }
            if approved {
                // The wait for an approved extension does not count against the handler.
                resumeClock(at: now, calendar: calendar)
                if let deadline { self.deadline = calendar.adding(workingDays: request.workingDays, to: deadline) }
                if let warnAt { self.warnAt = calendar.adding(workingDays: request.workingDays, to: warnAt) }
                scheduleEscalation(calendar: calendar)
            } else {
                pausedAt = nil
            }
            extensionRequest = nil
        case .shelve(let reason, let reviewOn):
            // A shelved case reviewed and still waiting is shelved again until a later date; its clock stays stopped
            // from when it was first shelved.
            try require(actor.standing == .staff, in: [.dispatched, .inProgress, .shelved])
            guard extensionRequest == nil else { throw .notInState(state) }
            var problems: [FieldError] = []
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(FieldError("reason", .required)) }
            if reviewOn <= CalendarDay(containing: now) { problems.append(FieldError("reviewOn", .dateFormat)) }
            guard problems.isEmpty else { throw .invalid(problems) }
            shelvedReviewOn = reviewOn
            if state != .shelved { pausedAt = now }
            state = .shelved
        case .resume:
            try require(actor.standing == .staff, in: [.shelved])
            resumeClock(at: now, calendar: calendar)
            shelvedReviewOn = nil
            state = respondedAt == nil ? .dispatched : .inProgress
        case .submitFeedback(let note):
            try require(isHandler(actor), in: [.dispatched, .inProgress])
            try requireText("note", note)
            markResponded(at: now, calendar: calendar)
            // Finishing the work withdraws a pending request for more time; the wait counts as working time.
            extensionRequest = nil
            pausedAt = nil
            handledBy = actor.id
            feedbackAt = now
            state = .feedback
        case .startCheck:
            try require(actor.isOffice, in: [.feedback])
            try requireNotHandler(actor)
            checkedBy = actor.id
            state = .checking
        case .check(let passed, let note):
            try require(actor.isOffice, in: [.feedback, .checking])
            try requireNotHandler(actor)
            checkedBy = actor.id
            if passed {
                closedAt = now
                closedOnTime = deadline.map { (feedbackAt ?? now) <= $0 } ?? true
                state = .closed
            } else {
                try requireText("note", note)
                reworkCount += 1
                startClock(at: now, calendar: calendar)
                state = .dispatched
            }
        case .evaluate(let solved, let satisfaction, _):
            try require(actor.standing != .system, in: [.closed])
            // A call-back is made by someone other than whoever handled the case.
            if actor.standing != .reporter { try requireNotHandler(actor) }
            evaluation = Evaluation(solved: solved, satisfaction: satisfaction, at: now)
            if solved {
                state = .evaluated
            } else {
                // "Not solved" sends the case back to its handler with a fresh limit.
                reopenCount += 1
                closedAt = nil
                closedOnTime = nil
                checkedBy = nil
                startClock(at: now, calendar: calendar)
                state = .dispatched
            }
        case .escalate(let level):
            try require(actor.standing == .system, in: [.dispatched, .inProgress])
            guard level.rank > escalation.rank else { throw .notInState(state) }
            escalation = level
            scheduleEscalation(calendar: calendar)
        }
    }

    private func require(_ permitted: Bool, in states: Set<CaseState>) throws(CaseFlowError) {
        guard states.contains(state) else { throw .notInState(state) }
        guard permitted else { throw .notPermitted }
    }

    private func requireText(_ field: String, _ text: String) throws(CaseFlowError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .invalid([FieldError(field, .required)]) }
        if trimmed.count > 2_000 { throw .invalid([FieldError(field, .tooLong(maximum: 2_000))]) }
    }

    private func requireNotHandler(_ actor: CaseActor) throws(CaseFlowError) {
        if actor.id == handledBy || actor.id == handler?.accountID { throw .checkerIsHandler }
    }

    /// The handler's own account acts; for a unit without an account, staff record its work.
    func isHandler(_ actor: CaseActor) -> Bool {
        guard let handler else { return false }
        if let account = handler.accountID { return actor.id == account }
        return actor.standing == .staff
    }

    /// The first response to a dispatch, and whether it came within the response limit.
    private mutating func markResponded(at now: Date, calendar: WorkCalendar) {
        guard respondedAt == nil else { return }
        respondedAt = now
        respondedInTime = dispatchedAt.map { now <= responseLimit.end(from: $0, over: calendar) }
    }

    /// Starts the handler's limit now: yellow at 80 % of its working time, red at its end.
    private mutating func startClock(at now: Date, calendar: WorkCalendar) {
        let end = limit.end(from: now, over: calendar)
        dispatchedAt = now
        deadline = end
        warnAt = calendar.adding(workingHours: calendar.workingMinutes(from: now, to: end) * 0.8 / 60, to: now)
        pausedAt = nil
        extensionRequest = nil
        escalation = .grid
        escalateAt = end
    }

    /// When the case next rises a level if still overdue: the community at the deadline, the street once the limit
    /// has run out again after it.
    private mutating func scheduleEscalation(calendar: WorkCalendar) {
        guard let deadline else { escalateAt = nil; return }
        switch escalation {
        case .grid: escalateAt = deadline
        case .community: escalateAt = limit.end(from: deadline, over: calendar)
        case .street: escalateAt = nil
        }
    }

    private mutating func stopClock() {
        deadline = nil
        warnAt = nil
        escalateAt = nil
        pausedAt = nil
        extensionRequest = nil
    }

    /// Moves the warning and the deadline on by the working time the clock stood still.
    private mutating func resumeClock(at now: Date, calendar: WorkCalendar) {
        guard let pausedAt else { return }
        let stopped = calendar.workingMinutes(from: pausedAt, to: now) / 60
        if let deadline { self.deadline = calendar.adding(workingHours: stopped, to: deadline) }
        if let warnAt { self.warnAt = calendar.adding(workingHours: stopped, to: warnAt) }
        if let escalateAt { self.escalateAt = calendar.adding(workingHours: stopped, to: escalateAt) }
        self.pausedAt = nil
    }
}

extension CaseActor {
    /// Staff and grid workers: those who accept, register, dispatch and check.
    var isOffice: Bool { standing == .staff || standing == .gridWorker }
}

extension HandlerLevel {
    /// Grid below community below street.
    public var rank: Int {
        switch self {
        case .grid: 0
        case .community: 1
        case .street: 2
        }
    }
}
