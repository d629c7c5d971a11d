import Foundation

/// Comma-separated values as Excel and WPS write them (RFC 4180): quoted fields may hold commas, quotes ("") and
/// line breaks; a UTF-8 byte-order mark is dropped; lines end in CRLF or LF.
public enum CSV {
    /// The records of `text`, each a list of fields. A blank line stays as an empty record, so that record *n* is
    /// the row Excel numbers *n* when it opens the file; blank lines at the end are dropped. The apostrophe `line`
    /// puts before a field that would read as a formula is taken off again, so an export imports unchanged.
    public static func parse(_ text: String) -> [[String]] {
        var rows = Array(CSVRecords(utf8: Data(text.utf8)))
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// One line of CSV, quoting fields that need it. Fields that a spreadsheet would read as a formula are
    /// prefixed with an apostrophe, so an export cannot carry a formula into someone's Excel.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            var value = field
            if Self.needsGuard(value) { value = "'" + value }
            if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: ",") + "\r\n"
    }

    /// Whether a value is written with one more apostrophe in front: one a spreadsheet would take for a formula, and
    /// one that already starts with apostrophes before such a character, so that reading takes exactly one off again.
    static func needsGuard(_ value: String) -> Bool {
        value.drop { $0 == "'" }.first.map { "=+-@".contains($0) } ?? false
    }
}
