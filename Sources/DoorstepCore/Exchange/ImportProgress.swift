/// How far an import has gone, for a progress bar: rows checked on their own, then against the records (buildings,
/// duplicates), then written — or, for residents, all three a row at a time (`importing`), in a transaction that
/// keeps nothing unless every row passed.
public struct ImportProgress: Sendable, Equatable, Codable {
    public enum Phase: String, Sendable, Codable {
        case checking
        case matching
        case writing
        case importing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// Each phase counts as a third of the work; one that does all three, as the whole.
    public var percent: Int {
        if phase == .importing { return total > 0 ? 100 * min(done, total) / total : 0 }
        let before = switch phase {
        case .checking: 0
        case .matching: 1
        case .writing, .importing: 2
        }
        // Nothing counted yet means nothing done yet, not a finished phase.
        let share = total > 0 ? 100 * min(done, total) / total : (phase == .checking ? 0 : 100)
        return (100 * before + share) / 3
    }

    /// How often to report: about every 1 % of the rows, and at least every 1,000.
    public static func step(for total: Int) -> Int { max(1, min(1_000, total / 100)) }
}
