/// The part of the territory an account answers for: one street, one community or one grid. Because codes nest,
/// a scope contains exactly the codes that begin with its own.
public struct TerritoryScope: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    public var level: ScopeLevel
    public var code: String

    public init(level: ScopeLevel, code: String) {
        self.level = level
        self.code = code
    }

    /// Parses the form used on the command line and in the API: `street:110105001`, `community:…`, `grid:…`,
    /// or a bare code whose length gives its level.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            guard let level = ScopeLevel(rawValue: parts[0]), TerritoryCode.problem(with: parts[1], at: level) == nil
            else { return nil }
            self.init(level: level, code: parts[1])
        } else {
            guard let level = ScopeLevel(codeLength: text.count), TerritoryCode.problem(with: text, at: level) == nil
            else { return nil }
            self.init(level: level, code: text)
        }
    }

    public var description: String { "\(level.rawValue):\(code)" }

    /// The street this scope lies in.
    public var streetCode: String { TerritoryCode.streetCode(of: code) }

    /// The community this scope lies in, when it is a community or a grid.
    public var communityCode: String? { TerritoryCode.communityCode(of: code) }

    /// The grid this scope is, when it is one.
    public var gridCode: String? { level == .grid ? code : nil }

    /// Whether the territory named by `code` (a street, community or grid) lies inside this scope.
    public func contains(code other: String) -> Bool { other.hasPrefix(code) }

    /// Whether `other` lies entirely inside this scope: an administrator may only hand out scopes inside their own.
    public func contains(_ other: TerritoryScope) -> Bool { other.code.hasPrefix(code) }
}
