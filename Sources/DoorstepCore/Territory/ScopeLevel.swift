/// The levels of territory an account can be scoped to.
public enum ScopeLevel: String, Codable, Sendable, CaseIterable, Hashable {
    case street
    case community
    case grid

    /// How many digits a code at this level has. Codes nest: a community's code begins with its street's code, and
    /// a grid's with its community's.
    public var codeLength: Int {
        switch self {
        case .street: 9
        case .community: 12
        case .grid: 15
        }
    }

    /// The level whose codes have `length` digits.
    public init?(codeLength length: Int) {
        guard let level = ScopeLevel.allCases.first(where: { $0.codeLength == length }) else { return nil }
        self = level
    }
}
