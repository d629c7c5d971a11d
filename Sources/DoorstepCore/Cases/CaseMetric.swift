/// The rates of the closed loop (`DOMAIN.md` §3), each a `MetricDefinition`: what is counted above the line and
/// below it, over which period and scope, and how a case is counted once. The words of each definition are in the
/// interface's catalogue under `metric_<id>_…`; the counting itself is in the store, one query per part.
public enum CaseMetric: String, Codable, Sendable, CaseIterable, Hashable {
    /// 结案率: closed / due to close in the period.
    case closedRate
    /// 按期结案率: closed by the deadline / due to close in the period.
    case onTimeRate
    /// 返工率: sent back by a failed check / handled (fed back) in the period.
    case reworkRate
    /// 响应率: signed for or first contacted within the response limit / dispatched in the period.
    case responseRate
    /// 解决率: rated "solved" / rated in the period.
    case resolutionRate
    /// 满意率: rated 非常满意 or 满意 / rated in the period.
    case satisfactionRate

    /// The set of cases below the line; the numerator is always a subset of it.
    public var denominator: CaseSet {
        switch self {
        case .closedRate, .onTimeRate: .dueInPeriod
        case .reworkRate: .handledInPeriod
        case .responseRate: .dispatchedInPeriod
        case .resolutionRate, .satisfactionRate: .ratedInPeriod
        }
    }

    /// The cases above the line.
    public var numerator: CaseSet {
        switch self {
        case .closedRate: .closedOfDue
        case .onTimeRate: .closedOnTimeOfDue
        case .reworkRate: .reworkedOfHandled
        case .responseRate: .respondedInTimeOfDispatched
        case .resolutionRate: .solvedOfRated
        case .satisfactionRate: .satisfiedOfRated
        }
    }
}

/// A set of cases a rate counts, each case once: the parts of the metric definitions, and what a figure opens to.
public enum CaseSet: String, Codable, Sendable, CaseIterable, Hashable {
    /// Deadline in the period; rejected and voided cases left out.
    case dueInPeriod
    case closedOfDue
    case closedOnTimeOfDue
    /// Fed back at least once in the period.
    case handledInPeriod
    /// Of those, sent back by a failed check in the period.
    case reworkedOfHandled
    /// Last dispatched in the period.
    case dispatchedInPeriod
    case respondedInTimeOfDispatched
    /// Last rated in the period.
    case ratedInPeriod
    case solvedOfRated
    case satisfiedOfRated
}

/// A rate's figures for one territory and period: the two counts and the rate they make.
public struct RateFigure: Sendable, Codable, Equatable, Hashable {
    public var metric: CaseMetric
    public var numerator: Int
    public var denominator: Int

    public init(metric: CaseMetric, numerator: Int, denominator: Int) {
        self.metric = metric
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The rate in per cent, one decimal; nil when nothing was counted (a rate of nothing is not 0 % or 100 %).
    public var percent: Double? { Percentage(numerator, of: denominator).percent }
}
