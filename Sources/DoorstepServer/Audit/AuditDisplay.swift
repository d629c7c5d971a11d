import DoorstepCore
import Foundation

/// How an audit row reads: who (name and role), what (the action in words), which record (its name, linked where the
/// reader may open it) and the details as words. The raw fields stay beside them for the export and as tooltips.
struct AuditDisplay {
    let names: AuditNames
    let strings: Strings
    let principal: Principal

    func actor(_ entry: AuditEntry) -> String {
        if let id = entry.actorID, let actor = names.actors[id] {
            let role = strings.roleName(actor.role)
            return strings.language == .zhCN ? "\(actor.displayName)（\(role)）" : "\(actor.displayName) (\(role))"
        }
        return entry.actorName.isEmpty ? strings["audit_system"] : entry.actorName
    }

    func action(_ entry: AuditEntry) -> String {
        entry.action.map { strings["action_\($0.rawValue)"] } ?? entry.actionName
    }

    /// The record in words: its kind, and its name where it still has one, else the start of its id.
    func subject(_ entry: AuditEntry) -> String {
        let subject = AuditSubject(entry.subject)
        let kind = strings.word("audit_kind_\(subject.kind)") ?? subject.kind
        guard let id = subject.id else { return kind }
        return "\(kind) \(names.subjects[entry.subject] ?? Self.short(id))"
    }

    /// Where the record opens, for the kinds that have a page and a reader who may open it.
    func link(_ entry: AuditEntry) -> Link? {
        let subject = AuditSubject(entry.subject)
        guard let id = subject.id, names.subjects[entry.subject] != nil else { return nil }
        switch subject.kind {
        case "account" where principal.can(.viewAccounts): return AccountsRoute.detail.path(id)
        case "resident" where principal.can(.viewRegistry): return RegistryRoute.resident.path(id)
        case "case" where principal.can(.viewCases): return CaseRoute.detail.path(id)
        case "partyMember" where principal.can(.viewParty): return PartyRoute.member.path(id)
        case "territory", "community", "grid":
            guard principal.can(.viewTerritory) else { return nil }
            switch ScopeLevel(codeLength: id.count) {
            case .community: return TerritoryRoute.community.path(id)
            case .grid: return TerritoryRoute.grid.path(id)
            default: return nil
            }
        default: return nil
        }
    }

    /// The details as "name：value" pairs in words; ids are shortened, yes and no said, roles and times written out.
    func details(_ entry: AuditEntry) -> [String] {
        // Rows write their details as text to text; anything else (an old or a tampered row) is shown as it stands.
        guard let fields = try? JSONDecoder().decode([String: String].self, from: Data(entry.detail.utf8)) else { return [entry.detail] }
        let separator = strings.language == .zhCN ? "：" : ": "
        return fields.keys.sorted().map { key in (strings.word("audit_key_\(key)") ?? key) + separator + value(fields[key]!, of: key) }
    }

    private func value(_ text: String, of key: String) -> String {
        switch text {
        case "true": return strings["yes"]
        case "false": return strings["no"]
        default: break
        }
        if let word = strings.word("audit_value_\(key)_\(text)") { return word }
        if key == "role", let role = Role(rawValue: text) { return strings.roleName(role) }
        if key == "field", let name = strings.word("field_\(text)") { return name }
        if UUID(uuidString: text) != nil { return Self.short(text) }
        if text.hasSuffix("Z"), let date = Timestamp.parse(text) { return Display.time(date) }
        return text
    }

    /// The first eight characters of an id, enough to tell records apart on one page.
    static func short(_ id: String) -> String { "#" + id.prefix(8) }
}
