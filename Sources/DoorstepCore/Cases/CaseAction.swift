/// Who acts on a case, as the loop sees them. The store derives it from the signed-in account (or the tracking
/// code, or the escalation job); territory has been checked before the loop is asked.
public struct CaseActor: Sendable, Codable, Equatable, Hashable {
    public enum Standing: String, Sendable, Codable, Hashable {
        /// Community or street staff: accept, register, dispatch, approve, shelve, check.
        case staff
        /// A grid worker: reports, accepts and dispatches in their grid, handles what they are given, checks others'.
        case gridWorker
        /// Whoever holds the case's tracking code, or the resident account that reported it.
        case reporter
        /// The escalation job.
        case system
    }

    public var id: String
    public var name: String
    public var standing: Standing

    public init(id: String, name: String, standing: Standing) {
        self.id = id
        self.name = name
        self.standing = standing
    }

    /// Who an anonymous case's reporter is in its history: nobody named, no account (decision 36).
    public static let anonymousReporter = CaseActor(id: "anonymous", name: "", standing: .reporter)

    /// The actor as `item`'s history records them: the reporter of an anonymous case stays unnamed in every line,
    /// so no page, answer or export built from the history can name them.
    public func recorded(on item: Case) -> CaseActor {
        item.anonymous && standing == .reporter ? .anonymousReporter : self
    }

    public static let system = CaseActor(id: "system", name: "Doorstep", standing: .system)
}

/// One step a person (or the escalation job) takes on a case.
public enum CaseAction: Sendable, Equatable, Hashable {
    case accept(note: String)
    case reject(reason: String)
    case register(category: CaseCategory, urgency: Urgency)
    case void(reason: String)
    case merge(into: String, note: String)
    case dispatch(handler: CaseHandler, note: String)
    case signFor
    case returnToDispatcher(reason: String)
    case requestExtension(workingDays: Int, reason: String)
    case decideExtension(approved: Bool, note: String)
    case shelve(reason: String, reviewOn: CalendarDay)
    case resume(note: String)
    case submitFeedback(note: String)
    case startCheck
    case check(passed: Bool, note: String)
    case evaluate(solved: Bool, satisfaction: Satisfaction, note: String)
    case escalate(to: HandlerLevel)

    /// The stable name stored in the case history and used by the API.
    public var name: String {
        switch self {
        case .accept: "accept"
        case .reject: "reject"
        case .register: "register"
        case .void: "void"
        case .merge: "merge"
        case .dispatch: "dispatch"
        case .signFor: "signFor"
        case .returnToDispatcher: "return"
        case .requestExtension: "requestExtension"
        case .decideExtension(let approved, _): approved ? "approveExtension" : "refuseExtension"
        case .shelve: "shelve"
        case .resume: "resume"
        case .submitFeedback: "submitFeedback"
        case .startCheck: "startCheck"
        case .check(let passed, _): passed ? "checkPassed" : "checkFailed"
        case .evaluate(let solved, _, _): solved ? "evaluate" : "reopen"
        case .escalate: "escalate"
        }
    }

    /// The note the actor wrote, if the action has one.
    public var note: String {
        switch self {
        case .accept(let note), .merge(_, let note), .dispatch(_, let note), .decideExtension(_, let note),
            .resume(let note), .submitFeedback(let note), .check(_, let note), .evaluate(_, _, let note):
            note
        case .reject(let reason), .void(let reason), .returnToDispatcher(let reason), .requestExtension(_, let reason),
            .shelve(let reason, _):
            reason
        case .register, .signFor, .startCheck, .escalate: ""
        }
    }

    /// Whether the step appears on the reporter's tracking page. Internal steps (extensions, escalation, returns,
    /// a failed check) do not: the reporter sees the case move, not the office's workings.
    public var isPublic: Bool {
        switch self {
        case .accept, .reject, .register, .void, .merge, .dispatch, .signFor, .submitFeedback, .check(true, _), .evaluate:
            true
        default:
            false
        }
    }

    /// Whether the note itself is shown to the reporter: the reason for refusing their report and the account of
    /// what was done. Other notes are the office's own.
    public var noteIsPublic: Bool {
        switch self {
        case .reject, .void, .merge, .submitFeedback: true
        default: false
        }
    }
}
