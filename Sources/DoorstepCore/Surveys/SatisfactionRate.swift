/// 满意率: answers of 非常满意 or 满意 over all answers to the overall question, with both counts kept so the rate is
/// never shown without what it was made of.
public struct SatisfactionRate: Sendable, Codable, Equatable, Hashable {
    /// Answers counted as satisfied (`Satisfaction.countsAsSatisfied`).
    public var satisfied: Int
    /// Every answer to the question.
    public var answers: Int

    public init(satisfied: Int, answers: Int) {
        self.satisfied = satisfied
        self.answers = answers
    }

    /// The rate in per cent, one decimal rounded half-up; nil when nobody answered (a rate of nothing is not 0 %).
    public var percent: Double? { Percentage(satisfied, of: answers).percent }

    /// The change from this rate to `later` in percentage points, one decimal, worked out from the counts rather
    /// than from the rounded rates; nil when either side has no answers.
    public func pointsChange(to later: SatisfactionRate) -> Double? {
        guard answers > 0, later.answers > 0 else { return nil }
        let change = Double(later.satisfied) / Double(later.answers) - Double(satisfied) / Double(answers)
        return (change * 1000).rounded() / 10
    }
}

/// How many answered each level of one scale question.
public struct SatisfactionTally: Sendable, Equatable, Hashable {
    public private(set) var counts: [Satisfaction: Int] = [:]

    public init() {}

    public init(_ counts: [Satisfaction: Int]) {
        self.counts = counts.filter { $0.value != 0 }
    }

    public mutating func add(_ level: Satisfaction, count: Int = 1) {
        counts[level, default: 0] += count
    }

    public func count(of level: Satisfaction) -> Int { counts[level] ?? 0 }

    public var answers: Int { counts.values.reduce(0, +) }

    public var rate: SatisfactionRate {
        SatisfactionRate(satisfied: counts.filter { $0.key.countsAsSatisfied }.values.reduce(0, +), answers: answers)
    }

    public static func + (lhs: SatisfactionTally, rhs: SatisfactionTally) -> SatisfactionTally {
        var sum = lhs
        for (level, count) in rhs.counts { sum.add(level, count: count) }
        return sum
    }
}
