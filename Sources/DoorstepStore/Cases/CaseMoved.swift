import DoorstepCore

/// A step named a version of the case that is no longer current: someone else acted first. The caller gets the
/// case as it now stands, to decide again.
public struct CaseMoved: Error, Sendable, Equatable {
    public var current: Case

    public init(current: Case) {
        self.current = current
    }
}
