import Foundation

/// How counted tries slow the next one: free up to a number within a window, then a wait that doubles from one
/// second with each further try, up to a longest wait. A wait, never a lock: whoever causes it cannot shut the
/// owner of an account out, only slow them by the longest wait.
public struct AttemptLimit: Sendable, Equatable, Codable {
    /// Tries within `window` that cost nothing.
    public var free: Int
    /// How far back tries count.
    public var window: Duration
    /// The most one further try can be made to wait.
    public var longestWait: Duration

    public init(free: Int, window: Duration, longestWait: Duration) {
        self.free = free
        self.window = window
        self.longestWait = longestWait
    }

    /// The start of the window that ends at `now`.
    public func windowStart(endingAt now: Date) -> Date {
        now.addingTimeInterval(-window.seconds)
    }

    /// When the next try may be made after `count` tries in the window, the last at `last`; nil when at once.
    public func nextTry(after count: Int, last: Date) -> Date? {
        guard count >= free else { return nil }
        let doubling = pow(2, Double(min(count - free, 30)))
        return last.addingTimeInterval(min(doubling, longestWait.seconds))
    }
}

/// The limits on tries that anyone can make, kept in the database so several servers count together.
public struct LoginThrottle: Sendable, Equatable, Codable {
    /// Failed sign-ins for one username, from anywhere — known or not, alike, so the answer tells nothing about
    /// whether the account exists. Its longest wait is short: a stranger can slow the owner, not stop them.
    public var perUsername: AttemptLimit
    /// Failed sign-ins from one address, whatever the username: a guesser's own address waits long.
    public var perAddress: AttemptLimit
    /// Public submissions from one address — reports, survey answers, Open311 requests — failed or not.
    public var publicPosts: AttemptLimit

    public init(
        perUsername: AttemptLimit = AttemptLimit(free: 5, window: .seconds(15 * 60), longestWait: .seconds(60)),
        perAddress: AttemptLimit = AttemptLimit(free: 20, window: .seconds(15 * 60), longestWait: .seconds(15 * 60)),
        publicPosts: AttemptLimit = AttemptLimit(free: 30, window: .seconds(60 * 60), longestWait: .seconds(60 * 60))
    ) {
        self.perUsername = perUsername
        self.perAddress = perAddress
        self.publicPosts = publicPosts
    }
}

extension Duration {
    /// The duration in seconds, as `Date` arithmetic wants it.
    public var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
