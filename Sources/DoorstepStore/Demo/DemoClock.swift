import Foundation
import Synchronization

/// The demo's own time, moved forward as it writes a year of work day by day.
public final class DemoClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    /// Moves to `date` (never back).
    public func set(_ date: Date) {
        current.withLock { $0 = max($0, date) }
    }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    public var closure: @Sendable () -> Date { { self.now } }
}
