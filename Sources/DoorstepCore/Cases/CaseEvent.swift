import Foundation

/// One line of a case's history: who did what, when, from which state to which, and why. Lines are never changed.
public struct CaseEvent: Sendable, Codable, Equatable, Hashable {
    public var caseID: String
    /// The case's version after the step: the history's order.
    public var version: Int
    public var action: String
    public var from: CaseState
    public var to: CaseState
    public var actorID: String
    public var actorName: String
    public var actorStanding: CaseActor.Standing
    public var note: String
    public var isPublic: Bool
    public var noteIsPublic: Bool
    public var at: Date

    public init(
        caseID: String, version: Int, action: String, from: CaseState, to: CaseState, actor: CaseActor, note: String,
        isPublic: Bool, noteIsPublic: Bool, at: Date
    ) {
        self.caseID = caseID
        self.version = version
        self.action = action
        self.from = from
        self.to = to
        self.actorID = actor.id
        self.actorName = actor.name
        self.actorStanding = actor.standing
        self.note = note
        self.isPublic = isPublic
        self.noteIsPublic = noteIsPublic
        self.at = at
    }
}
