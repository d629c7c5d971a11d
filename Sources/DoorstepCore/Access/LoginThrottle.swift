import Foundation

/// When repeated failed logins lock an account. Both numbers come from configuration.
public struct LoginThrottle: Sendable, Equatable, Codable {
    /// Failures within `window` that lock the account.
    public var maximumFailures: Int
    /// How far back failures count.
    public var window: Duration
    /// How long a lock lasts.
    public var lockDuration: Duration

    public init(maximumFailures: Int = 5, window: Duration = .seconds(15 * 60), lockDuration: Duration = .seconds(15 * 60)) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockDuration = lockDuration
    }

    /// The start of the window that ends at `now`.
    public func windowStart(endingAt now: Date) -> Date {
        now.addingTimeInterval(-window.seconds)
    }

    /// The lock's end when `failures` recent failures (including the one just made) reach the limit, else nil.
    public func lockUntil(afterFailures failures: Int, at now: Date) -> Date? {
        failures >= maximumFailures ? now.addingTimeInterval(lockDuration.seconds) : nil
    }
}

extension Duration {
    /// The duration in seconds, as `Date` arithmetic wants it.
    public var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
