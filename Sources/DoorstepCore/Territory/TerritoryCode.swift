/// Checks for the statistical division codes that name streets (9 digits: county + township) and communities
/// (12 digits: + village-level unit), and for the grid codes Doorstep gives (15 digits: community + 3).
public enum TerritoryCode {
    /// The reason `code` cannot name a territory at `level`, or nil when it can.
    public static func problem(with code: String, at level: ScopeLevel) -> FieldProblem? {
        guard code.count == level.codeLength, code.allSatisfy(\.isASCIIDigit) else {
            return .codeFormat(digits: level.codeLength)
        }
        return nil
    }

    /// The reason `code` cannot name a child of `parent`, or nil when it can.
    public static func problem(with code: String, at level: ScopeLevel, under parent: String) -> FieldProblem? {
        if let problem = problem(with: code, at: level) { return problem }
        return code.hasPrefix(parent) ? nil : .codeNotUnderParent(parent: parent)
    }

    /// The street code inside any territory code.
    public static func streetCode(of code: String) -> String { String(code.prefix(ScopeLevel.street.codeLength)) }

    /// The community code inside a community or grid code; nil for a street code.
    public static func communityCode(of code: String) -> String? {
        code.count >= ScopeLevel.community.codeLength ? String(code.prefix(ScopeLevel.community.codeLength)) : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
