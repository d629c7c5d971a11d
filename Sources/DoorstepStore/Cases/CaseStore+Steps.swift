import DoorstepCore
import Foundation
import SQLKit

extension CaseStore {
    /// Takes one step on a case the caller may see. The step names the version it saw: if the case has moved
    /// since, nothing is written and `CaseMoved` carries the case as it now stands.
    public func act(on id: String, _ step: CaseStep, by principal: Principal) async throws -> Case {
        try await act(on: id, [step], by: principal)
    }

    /// Takes several steps in one transaction, all or none: a grid worker's one tap that accepts, registers and
    /// takes a report from their own grid. The first step names the version seen; the others follow on.
    public func act(on id: String, _ steps: [CaseStep], by principal: Principal) async throws -> Case {
        guard let actor = Self.actor(for: principal) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        if actor.standing == .reporter && steps.contains(where: { $0.action != "evaluate" }) { throw StoreError.forbidden }
        let visible = try Self.visibility(for: principal)
        return try await perform(steps, by: actor, on: "id = \(bind: id) AND \(visible)", principal: principal)
    }

    /// The reporter's call-back answer, by the tracking code they were given: no account needed.
    public func evaluate(trackingCode: String, _ step: CaseStep) async throws -> Case {
        guard step.action == "evaluate" else { throw StoreError.forbidden }
        let actor = CaseActor(id: "tracking", name: "", standing: .reporter)
        do {
            return try await perform(
                [step], by: actor, on: "tracking_code = \(bind: trackingCode.uppercased().trimmingCharacters(in: .whitespaces))",
                principal: nil)
        } catch is CaseMoved {
            // The reporter sees the case again through the public view; the office's case never leaves here.
            throw StoreError.conflict
        }
    }

    private func perform(
        _ steps: [CaseStep], by actor: CaseActor, on condition: SQLQueryString, principal: Principal?
    ) async throws -> Case {
        let now = clock()
        let base = self.calendar
        let lock: SQLQueryString = database.engine == .postgres ? " FOR UPDATE" : ""
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM cases WHERE \(condition)\(lock)").first() else {
                throw StoreError.notFound
            }
            let first = try CaseRow.decode(row)
            guard first.version == steps.first?.version else { throw CaseMoved(current: first) }
            let calendar = try await CalendarStore.current(base: base, in: sql)
            var current = first
            for step in steps {
                let action = try await Self.action(for: step, on: current, by: actor, principal: principal, in: sql)
                let (next, event) = try current.applying(action, by: actor.recorded(on: current), at: now, calendar: calendar)
                guard try await CaseRow.update(next, in: sql) else {
                    let moved = try await sql.raw("SELECT * FROM cases WHERE id = \(bind: current.id)").first().map(CaseRow.decode)
                    throw CaseMoved(current: moved ?? current)
                }
                try await CaseRow.insert(event, in: sql)
                if case .submitFeedback = action {
                    try await Self.insert(step.photos, caseID: next.id, version: next.version, at: now, in: sql)
                }
                // A step that moved the warning point makes a new warning due.
                if next.warnAt != current.warnAt {
                    try await sql.raw("UPDATE cases SET warned = \(bind: false) WHERE id = \(bind: next.id)").run()
                }
                try await Self.notify(after: action, on: next, by: actor, at: now, in: sql)
                if next.state == .closed, current.state != .closed {
                    try await PointsAccrual.caseClosed(next, at: now, in: sql)
                }
                current = next
            }
            return current
        }
    }

    /// Turns the client's step into the loop's action, checking what the loop cannot: that the category exists
    /// for the community and that a handler is someone who may handle cases there.
    static func action(
        for step: CaseStep, on item: Case, by actor: CaseActor, principal: Principal?, in sql: any SQLDatabase
    ) async throws -> CaseAction {
        switch step.action {
        case "accept": return .accept(note: step.note)
        case "reject": return .reject(reason: step.note)
        case "register":
            let code = step.categoryCode ?? item.categoryCode
            guard let category = try await CategoryStore.current(code: code, community: item.communityCode, in: sql) else {
                throw ValidationFailure([FieldError("categoryCode", .notFound)])
            }
            return .register(category: category, urgency: step.urgency ?? item.urgency)
        case "void": return .void(reason: step.note)
        case "merge":
            let target = step.into ?? ""
            guard
                let row = try await sql.raw(
                    """
                    SELECT id FROM cases WHERE (id = \(bind: target) OR tracking_code = \(bind: target.uppercased()))
                    AND community_code = \(bind: item.communityCode) AND id <> \(bind: item.id)
                    """
                ).first()
            else { throw ValidationFailure([FieldError("into", .notFound)]) }
            return .merge(into: try row.string("id"), note: step.note)
        case "dispatch":
            return .dispatch(handler: try await handler(for: step, on: item, by: actor, in: sql), note: step.note)
        case "signFor": return .signFor
        case "return": return .returnToDispatcher(reason: step.note)
        case "requestExtension":
            guard let days = step.workingDays else { throw ValidationFailure([FieldError("workingDays", .required)]) }
            return .requestExtension(workingDays: days, reason: step.note)
        case "approveExtension": return .decideExtension(approved: true, note: step.note)
        case "refuseExtension": return .decideExtension(approved: false, note: step.note)
        case "shelve":
            guard let text = step.reviewOn, let day = CalendarDay(iso: text) else {
                throw ValidationFailure([FieldError("reviewOn", step.reviewOn == nil ? .required : .dateFormat)])
            }
            return .shelve(reason: step.note, reviewOn: day)
        case "resume": return .resume(note: step.note)
        case "submitFeedback":
            if step.photos.count > Photo.maximumPerStep {
                throw ValidationFailure([FieldError("photos", .tooManyPhotos(maximum: Photo.maximumPerStep))])
            }
            return .submitFeedback(note: step.note)
        case "startCheck": return .startCheck
        case "checkPassed": return .check(passed: true, note: step.note)
        case "checkFailed": return .check(passed: false, note: step.note)
        case "evaluate":
            var problems: [FieldError] = []
            if step.solved == nil { problems.append(FieldError("solved", .required)) }
            if step.satisfaction == nil { problems.append(FieldError("satisfaction", .required)) }
            guard let solved = step.solved, let satisfaction = step.satisfaction else { throw ValidationFailure(problems) }
            if actor.standing == .reporter, let principal, item.reporterAccountID != principal.accountID {
                throw StoreError.forbidden
            }
            return .evaluate(solved: solved, satisfaction: satisfaction, note: step.note)
        default:
            throw ValidationFailure([FieldError("action", .unknownValue(allowed: CaseStep.actions))])
        }
    }

    /// A handler must work in the case's community (a grid worker of the dispatcher's own grid, when a grid
    /// worker dispatches), or be a unit named by text.
    static func handler(for step: CaseStep, on item: Case, by actor: CaseActor, in sql: any SQLDatabase) async throws
        -> CaseHandler
    {
        if let unit = step.handlerUnit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty, step.handlerAccountID == nil {
            guard actor.standing == .staff else { throw ValidationFailure([FieldError("handlerUnit", .outsideYourScope)]) }
            guard unit.count <= 60 else { throw ValidationFailure([FieldError("handlerUnit", .tooLong(maximum: 60))]) }
            return CaseHandler(accountID: nil, name: unit)
        }
        guard let accountID = step.handlerAccountID else { throw ValidationFailure([FieldError("handler", .required)]) }
        let within: SQLQueryString =
            actor.standing == .gridWorker
            ? "grid_code = \(bind: item.gridCode ?? "")"
            : "(community_code = \(bind: item.communityCode) OR (role = 'streetAdmin' AND street_code = \(bind: item.streetCode)))"
        guard
            let row = try await sql.raw(
                """
                SELECT id, display_name FROM accounts WHERE id = \(bind: accountID) AND disabled = \(bind: false)
                AND role IN ('gridWorker', 'communityAdmin', 'streetAdmin') AND \(within)
                """
            ).first()
        else { throw ValidationFailure([FieldError("handler", .notFound)]) }
        return CaseHandler(accountID: try row.string("id"), name: try row.string("display_name"))
    }

    /// Tells those who must act next.
    static func notify(after action: CaseAction, on item: Case, by actor: CaseActor, at now: Date, in sql: any SQLDatabase)
        async throws
    {
        let handler = [item.handler?.accountID].compactMap { $0 }.filter { $0 != actor.id }
        switch action {
        case .dispatch: try await Notifications.send(.dispatched, about: item, to: handler, at: now, in: sql)
        case .check(false, _): try await Notifications.send(.rework, about: item, to: handler, at: now, in: sql)
        case .evaluate(false, _, _): try await Notifications.send(.reopened, about: item, to: handler, at: now, in: sql)
        case .requestExtension:
            let staff = try await Notifications.staff(at: .community, of: item, in: sql)
            try await Notifications.send(.extensionRequested, about: item, to: staff, at: now, in: sql)
        case .returnToDispatcher:
            let staff = try await Notifications.staff(at: .community, of: item, in: sql)
            try await Notifications.send(.returned, about: item, to: staff, at: now, in: sql)
        case .submitFeedback:
            let checkers = try await Notifications.staff(at: item.gridCode == nil ? .community : .grid, of: item, in: sql)
                .filter { $0 != actor.id }
            let others = checkers.isEmpty ? try await Notifications.staff(at: .community, of: item, in: sql) : checkers
            try await Notifications.send(.awaitingCheck, about: item, to: others.filter { $0 != actor.id }, at: now, in: sql)
        default: break
        }
    }
}
