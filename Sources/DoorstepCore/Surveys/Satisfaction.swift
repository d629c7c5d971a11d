/// The five-level satisfaction scale of the 12345 hotline and of community surveys, best first.
public enum Satisfaction: String, Codable, Sendable, CaseIterable, NamedValues, Hashable {
    case verySatisfied
    case satisfied
    case fairlySatisfied
    case dissatisfied
    case veryDissatisfied

    /// Counted as satisfied in 满意率: 非常满意 and 满意 only.
    public var countsAsSatisfied: Bool {
        self == .verySatisfied || self == .satisfied
    }
}
