import DoorstepCore

/// The words of the interface in each language. English is complete: a test checks both catalogues have the same
/// keys.
public struct Strings: Sendable {
    public let language: Language
    let table: [String: String]

    public init(_ language: Language) {
        self.language = language
        self.table = language == .zhCN ? Catalog.zhCN : Catalog.en
    }

    /// The text for `key`; the key itself when missing, so a gap shows up instead of an empty space.
    public subscript(_ key: String) -> String { table[key] ?? key }

    /// A unit for `count` things: the singular English word for one ("1 visit"); Chinese, which has none, as it is.
    public func unit(_ key: String, count: Int) -> String {
        if language == .en, count == 1, let one = Catalog.enSingular[key] { return one }
        return self[key]
    }

    /// A household relation as people write it (户主, 配偶, 子女): in English its word where the catalogue knows it,
    /// else as written.
    public func relation(_ written: String) -> String { table["relation_\(written)"] ?? written }

    /// A case category's name as a case keeps it: the shipped categories in the reader's language, a community's
    /// own as written.
    public func category(_ name: String) -> String { CategoryCatalog.name(name, in: language) }

    /// The text for `key`, or nil where the catalogue has none: for values that read as words when they can.
    public func word(_ key: String) -> String? { table[key] }

    /// The text for `key` with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        // English counts one thing in the singular: a sentence whose count `{n}` is 1 has its own words.
        let template = language == .en && values["n"] == "1" ? Catalog.enSingularSentences[key] ?? self[key] : self[key]
        return Self.fill(template, values)
    }

    /// `template` with each `{name}` of `values` replaced, in one pass: a value is never read for placeholders, and
    /// other braces stay as written. (Foundation's replacing, once per value, was a twentieth of an inbox's time.)
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var filled = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            filled += rest[..<open]
            let name = rest.index(after: open)
            if let close = rest[name...].firstIndex(of: "}"), let value = values[String(rest[name..<close])] {
                filled += value
                rest = rest[rest.index(after: close)...]
            } else {
                filled += "{"
                rest = rest[name...]
            }
        }
        return filled + rest
    }

    /// Every string, for templates (`{{t.key}}`).
    public var all: [String: String] { table }

    public func roleName(_ role: Role) -> String { self["role_\(role.rawValue)"] }
    public func scopeLevelName(_ level: ScopeLevel) -> String { self["scope_\(level.rawValue)"] }
    public func languageName(_ language: Language) -> String { self["language_\(language.rawValue)"] }

    /// The message for a refused field.
    public func message(for problem: FieldProblem) -> String {
        switch problem {
        case .tooShort(let minimum): format("problem_tooShort", ["n": String(minimum)])
        case .tooLong(let maximum): format("problem_tooLong", ["n": String(maximum)])
        case .tooFewCharacterClasses(let minimum): format("problem_tooFewCharacterClasses", ["n": String(minimum)])
        case .codeFormat(let digits): format("problem_codeFormat", ["n": String(digits)])
        case .codeNotUnderParent(let parent): format("problem_codeNotUnderParent", ["parent": parent])
        case .unknownValue(let allowed):
            format("problem_unknownValue", ["allowed": valueWords(allowed).joined(separator: language == .zhCN ? "、" : ", ")])
        case .scopeNotAllowedForRole(let role): format("problem_scopeNotAllowedForRole", ["role": roleName(role)])
        case .duplicateIDNumber(let place): format("problem_duplicateIDNumber", ["place": place])
        case .duplicateInFile(let row): format("problem_duplicateInFile", ["row": String(row)])
        case .tooSmall(let minimum): format("problem_tooSmall", ["n": String(minimum)])
        case .tooLarge(let maximum): format("problem_tooLarge", ["n": String(maximum)])
        case .photoTooLarge(let megabytes): format("problem_photoTooLarge", ["n": String(megabytes)])
        case .tooManyPhotos(let maximum): format("problem_tooManyPhotos", ["n": String(maximum)])
        case .tooLongAgo(let days): format("problem_tooLongAgo", ["n": String(days)])
        case .capReached(let maximum): format("problem_capReached", ["n": String(maximum)])
        case .wrongType(let expected): format("problem_wrongType", ["kind": self["json_kind_\(expected.rawValue)"]])
        case .missingColumns(let columns): format("problem_missingColumns", ["columns": columns.joined(separator: language == .zhCN ? "、" : ", ")])
        default: self["problem_\(problem.code)"]
        }
    }

    /// Codes of a closed set as their words (registered, resident, floating → 户籍、常住、流动): the words of the one
    /// catalogue family that names every code. Codes no family names as a whole stay codes.
    func valueWords(_ codes: [String]) -> [String] {
        guard let first = codes.first else { return codes }
        // The audit log's words for details are about stored rows, not about what a client may send.
        let families = table.keys.filter { $0.hasSuffix("_" + first) && !$0.hasPrefix("audit_") }.map { String($0.dropLast(first.count)) }.sorted()
        guard let family = families.first(where: { family in codes.allSatisfy { table[family + $0] != nil } }) else { return codes }
        return codes.map { table[family + $0]! }
    }

    /// The label of a field, for messages that name it.
    public func fieldName(_ field: String) -> String {
        // A field of one item of a list, `commitments[1].content`, is named by the list, the item's number and the field.
        // The closing bracket is looked for after the opening one: a field named by a client may hold either anywhere.
        if let open = field.firstIndex(of: "["), let close = field[open...].firstIndex(of: "]"),
            let index = Int(field[field.index(after: open)..<close])
        {
            let rest = field[field.index(after: close)...].drop { $0 == "." }
            return "\(fieldName(String(field[..<open]))) \(index + 1)" + (rest.isEmpty ? "" : " · \(fieldName(String(rest)))")
        }
        return table["field_\(field)"] ?? field
    }
}

/// The interface's words, one table per language, assembled from each domain's part (`Catalog+en+Cases.swift` beside
/// the cases' pages, and so on).
enum Catalog {
    static func merged(_ parts: [[String: String]]) -> [String: String] {
        parts.reduce(into: [:]) { table, part in
            table.merge(part) { _, _ in preconditionFailure("a catalogue key appears twice") }
        }
    }
}
