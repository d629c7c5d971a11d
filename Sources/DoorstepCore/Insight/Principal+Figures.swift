extension Principal {
    /// The same account looking at a territory inside its own scope (a street's administrator at one community), or
    /// nil when the territory lies outside it. The scope only ever narrows.
    public func narrowed(to code: String) -> Principal? {
        guard let level = ScopeLevel(codeLength: code.count), scope.contains(code: code) else { return nil }
        var narrowed = self
        narrowed.scope = TerritoryScope(level: level, code: code)
        return narrowed
    }
}
