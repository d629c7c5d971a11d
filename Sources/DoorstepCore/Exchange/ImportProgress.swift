/// How far an import has gone, for a progress bar: rows checked on their own, then against the records (buildings,
/// duplicates), then written. An import writes nothing until every row has passed both checks.
public struct ImportProgress: Sendable, Equatable, Codable {
    public enum Phase: String, Sendable, Codable {
        case checking
        case matching
        case writing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }

    /// Each phase counts as a third of the work.
    public var percent: Int {
        let before = switch phase {
        case .checking: 0
        case .matching: 1
        case .writing: 2
        }
        // Nothing counted yet means nothing done yet, not a finished phase.
        let share = total > 0 ? 100 * min(done, total) / total : (phase == .checking ? 0 : 100)
        return (100 * before + share) / 3
    }

    /// How often to report: about every 1 % of the rows, and at least every 1,000.
    public static func step(for total: Int) -> Int { max(1, min(1_000, total / 100)) }
}
