import Foundation

/// Where a case came from.
public enum CaseSource: String, Codable, Sendable, CaseIterable, NamedValues, Hashable {
    /// A grid worker on patrol (巡查).
    case patrol
    /// A household visit (走访).
    case visit
    /// A resident on the public page.
    case selfReport
    /// Handed over from the 12345 hotline.
    case hotline12345
    /// A resident at the community office.
    case walkIn
    /// Assigned by a superior (上级交办).
    case superior
    /// A partner organisation.
    case partner
}

/// Where a case stands in the loop of `DOMAIN.md` §3.
public enum CaseState: String, Codable, Sendable, CaseIterable, Hashable {
    case reported
    case accepted
    case registered
    case dispatched
    case inProgress
    case feedback
    case checking
    case closed
    case evaluated
    case rejected
    case voided
    case returned
    case shelved

    /// States after which nothing more happens to the case (closed cases still await their evaluation).
    public var isFinal: Bool {
        self == .evaluated || self == .rejected || self == .voided
    }

    /// States in which a handler's clock runs.
    public var clockRuns: Bool {
        self == .dispatched || self == .inProgress
    }

    /// Not yet given to a handler: what the dispatch board lists as unassigned.
    public var awaitsDispatch: Bool {
        self == .reported || self == .accepted || self == .registered || self == .returned
    }
}

/// Who handles a dispatched case: an account (a grid worker or community staff), or a handling unit named by
/// text (a utility, the city-management squad) on whose behalf staff record the work.
public struct CaseHandler: Sendable, Codable, Equatable, Hashable {
    public var accountID: String?
    public var name: String

    public init(accountID: String?, name: String) {
        self.accountID = accountID
        self.name = name
    }
}

/// Someone a case may be dispatched to, with the grid they work in (none for the community's staff), so that two
/// grids' workers can be told apart in the picker.
public struct HandlerChoice: Sendable, Equatable {
    public var handler: CaseHandler
    public var gridCode: String?

    public init(handler: CaseHandler, gridCode: String?) {
        self.handler = handler
        self.gridCode = gridCode
    }
}

/// A pending request for more time.
public struct ExtensionRequest: Sendable, Codable, Equatable, Hashable {
    public var workingDays: Int
    public var reason: String
    public var requestedAt: Date
    /// Who asked: they may not also decide it.
    public var requestedBy: String

    public init(workingDays: Int, reason: String, requestedAt: Date, requestedBy: String) {
        self.workingDays = workingDays
        self.reason = reason
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
    }
}

/// A resident's answer to the call-back.
public struct Evaluation: Sendable, Codable, Equatable, Hashable {
    public var solved: Bool
    public var satisfaction: Satisfaction
    public var at: Date

    public init(solved: Bool, satisfaction: Satisfaction, at: Date) {
        self.solved = solved
        self.satisfaction = satisfaction
        self.at = at
    }
}

/// A problem moving through the closed loop. Personal data about the reporter (their phone) lives in the store,
/// sealed; the case carries only what every handler may see.
public struct Case: Sendable, Codable, Equatable, Hashable, Identifiable {
    public var id: String
    /// What the reporter follows the case by, without an account.
    public var trackingCode: String
    /// Raised by every change: an action names the version it saw, and a moved case refuses it.
    public var version: Int
    public var state: CaseState
    public var source: CaseSource
    public var kind: CaseKind
    public var categoryCode: String
    public var categoryName: String
    public var urgency: Urgency
    /// The limit to finish, copied from the category when the case was registered.
    public var limit: TimeLimit
    public var responseLimit: TimeLimit
    public var description: String
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
    public var buildingID: String?
    public var streetCode: String
    public var communityCode: String
    /// Nil for a report that could not be placed in a grid (a resident who named only the community): the
    /// community's staff place it.
    public var gridCode: String?
    /// The reporter's name as given (empty when anonymous).
    public var reporterName: String
    public var anonymous: Bool
    /// The reporter's phone as it may be shown (`138****8000`); the number itself stays sealed in the store.
    public var reporterPhoneMasked: String?
    public var reporterAccountID: String?
    public var handler: CaseHandler?
    public var dispatchedAt: Date?
    /// When the reporter was first contacted or the handler signed for the case (响应).
    public var respondedAt: Date?
    /// Whether that response came within the category's response limit (counted in 响应率); nil until then.
    public var respondedInTime: Bool?
    /// When the clock turns yellow (80 % of the limit) and red.
    public var warnAt: Date?
    public var deadline: Date?
    /// When the clock stopped (shelved, or waiting for an extension); the deadline moves on by the working time
    /// stopped when it starts again.
    public var pausedAt: Date?
    public var extensionRequest: ExtensionRequest?
    public var shelvedReviewOn: CalendarDay?
    /// The level the case has been escalated to for being overdue; `.grid` until then.
    public var escalation: HandlerLevel
    /// When it is due to rise a level if still open: the deadline, then the deadline plus the limit again; nil at
    /// the street or with no clock.
    public var escalateAt: Date?
    /// When the handler last reported back: whether the work was done in time is judged by this, not by when the
    /// check came.
    public var feedbackAt: Date?
    public var handledBy: String?
    public var checkedBy: String?
    public var reworkCount: Int
    public var reopenCount: Int
    public var closedAt: Date?
    /// Whether it closed by its deadline (counted in 按期结案率); nil until closed.
    public var closedOnTime: Bool?
    public var evaluation: Evaluation?
    public var mergedInto: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String, trackingCode: String, source: CaseSource, category: CaseCategory, urgency: Urgency,
        description: String, address: String, latitude: Double?, longitude: Double?, buildingID: String?,
        communityCode: String, gridCode: String?, reporterName: String, anonymous: Bool, reporterAccountID: String?, at now: Date
    ) {
        self.id = id
        self.trackingCode = trackingCode
        self.version = 1
        self.state = .reported
        self.source = source
        self.kind = category.kind
        self.categoryCode = category.code
        self.categoryName = category.name
        self.urgency = urgency
        self.limit = category.limit(for: urgency)
        self.responseLimit = category.responseLimit
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.buildingID = buildingID
        self.streetCode = TerritoryCode.streetCode(of: communityCode)
        self.communityCode = communityCode
        self.gridCode = gridCode
        self.reporterName = anonymous ? "" : reporterName
        self.anonymous = anonymous
        self.reporterAccountID = reporterAccountID
        self.escalation = .grid
        self.reworkCount = 0
        self.reopenCount = 0
        self.createdAt = now
        self.updatedAt = now
    }
}
