extension Role {
    /// Whether the role sees people's names in full. An auditor checks what was done, not to whom: names reach
    /// them masked (`张*`), like every other personal field.
    public var seesNames: Bool { self != .auditor }

    /// A name as this role may see it.
    public func shown(name: String) -> String { seesNames ? name : Masking.name(name) }
}

extension Resident {
    public func shown(to role: Role) -> Resident {
        var copy = self
        copy.name = role.shown(name: name)
        return copy
    }
}

extension DataRequest {
    /// A proposed new name is a name too, and a resident's note may name anyone: neither reaches a role that sees
    /// names masked.
    public func shown(to role: Role) -> DataRequest {
        guard !role.seesNames else { return self }
        var copy = self
        copy.residentName = role.shown(name: residentName)
        if field == .name { copy.proposedValue = proposedValue.map { role.shown(name: $0) } }
        copy.note = note.isEmpty ? "" : "***"
        copy.decisionNote = decisionNote.map { _ in "***" }
        return copy
    }
}

extension PartyMember {
    public func shown(to role: Role) -> PartyMember {
        var copy = self
        copy.name = role.shown(name: name)
        return copy
    }
}

extension Account {
    /// A resident's account carries the resident's name.
    public func shown(to role: Role) -> Account {
        guard self.role == .resident else { return self }
        var copy = self
        copy.displayName = role.shown(name: displayName)
        return copy
    }
}
