/// Why a street's database cannot be carried into the target, field by field: nothing was written.
public struct CarryRefusal: Error, Sendable, Equatable {
    public var problems: [CarryProblem]

    public init(_ problems: [CarryProblem]) { self.problems = problems }
}

/// One thing that stops the carry: `field` names the table and column (or the file) it is about, `code` the
/// reason (the words are the catalog's `carry_<code>`), `values` what the words name — codes, usernames, row ids;
/// never a person's data.
public struct CarryProblem: Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var code: String
    public var values: [String: String]

    public init(_ field: String, _ code: String, _ values: [String: String] = [:]) {
        self.field = field
        self.code = code
        self.values = values
    }

    /// Names for the words, the first few of a long list and how many more.
    static func list(_ names: [String], showing limit: Int = 12) -> String {
        names.count <= limit ? names.joined(separator: ", ") : names.prefix(limit).joined(separator: ", ") + " … (+\(names.count - limit))"
    }

    public var description: String {
        "\(field): \(code)" + (values.isEmpty ? "" : " " + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
}
