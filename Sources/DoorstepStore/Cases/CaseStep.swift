import DoorstepCore

/// A step as a client names it: the action's name, the version it saw, and the fields that action needs. The
/// store turns it into the loop's `CaseAction`, looking up categories and handlers in the caller's territory.
public struct CaseStep: Sendable, Equatable {
    public var action: String
    public var version: Int
    public var note: String
    public var categoryCode: String?
    public var urgency: Urgency?
    /// A handler with an account…
    public var handlerAccountID: String?
    /// …or a handling unit without one, by name.
    public var handlerUnit: String?
    public var workingDays: Int?
    public var reviewOn: String?
    /// The case (id or tracking code) a duplicate is merged into.
    public var into: String?
    public var solved: Bool?
    public var satisfaction: Satisfaction?
    /// After-photos, with feedback.
    public var photos: [Photo]

    public init(
        action: String, version: Int, note: String = "", categoryCode: String? = nil, urgency: Urgency? = nil,
        handlerAccountID: String? = nil, handlerUnit: String? = nil, workingDays: Int? = nil, reviewOn: String? = nil,
        into: String? = nil, solved: Bool? = nil, satisfaction: Satisfaction? = nil, photos: [Photo] = []
    ) {
        self.action = action
        self.version = version
        self.note = note
        self.categoryCode = categoryCode
        self.urgency = urgency
        self.handlerAccountID = handlerAccountID
        self.handlerUnit = handlerUnit
        self.workingDays = workingDays
        self.reviewOn = reviewOn
        self.into = into
        self.solved = solved
        self.satisfaction = satisfaction
        self.photos = photos
    }

    /// Every action name a client may send.
    public static let actions = [
        "accept", "reject", "register", "void", "merge", "dispatch", "signFor", "return", "requestExtension",
        "approveExtension", "refuseExtension", "shelve", "resume", "submitFeedback", "startCheck", "checkPassed",
        "checkFailed", "evaluate",
    ]
}
