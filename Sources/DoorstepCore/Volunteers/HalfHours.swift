/// Volunteer time, kept in whole half-hours: hours are credited in half-hours (`DOMAIN.md` §4), and the time bank
/// counts 1 h as 1 credit, so both are integers of this unit and never drift by rounding.
public struct HalfHours: Sendable, Codable, Equatable, Hashable, Comparable, AdditiveArithmetic {
    public var count: Int

    public init(_ count: Int) { self.count = count }

    /// Reads `2.5` (hours) or `2:30`; nil for anything that is not a whole number of half-hours.
    /// More hours than anything in a community is counted in; typed beyond it is a mistake.
    static let most = 100_000

    public init?(hours text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let colon = trimmed.firstIndex(of: ":") {
            guard let h = Int(trimmed[..<colon]), let m = Int(trimmed[trimmed.index(after: colon)...]), m == 0 || m == 30, (0...Self.most).contains(h)
            else { return nil }
            self.init(h * 2 + m / 30)
        } else {
            // Bounded before it becomes an Int: `inf` or `1e300` typed in a form must be refused, not trap.
            guard let value = Double(trimmed), value.isFinite, value >= 0, value <= Double(Self.most), (value * 2).rounded() == value * 2
            else { return nil }
            self.init(Int(value * 2))
        }
    }

    /// The whole half-hours in a span of minutes, rounded down: time on duty is credited as served, never more.
    public init(minutes: Int) { self.init(max(0, minutes) / 30) }

    public var hours: Double { Double(count) / 2 }

    /// `2.5` or `3`.
    public var text: String { count % 2 == 0 ? String(count / 2) : "\(count / 2).5" }

    public static var zero: HalfHours { HalfHours(0) }
    public static func + (lhs: HalfHours, rhs: HalfHours) -> HalfHours { HalfHours(lhs.count + rhs.count) }
    public static func - (lhs: HalfHours, rhs: HalfHours) -> HalfHours { HalfHours(lhs.count - rhs.count) }
    public static func < (lhs: HalfHours, rhs: HalfHours) -> Bool { lhs.count < rhs.count }
}
