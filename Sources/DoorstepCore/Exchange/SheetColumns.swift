import Foundation

/// Where each known column sits in a sheet, found by its header, so that the order of columns in a file does not
/// matter. A header missing required columns is refused once, naming every missing one as the template does.
public struct SheetColumns<Column: RawRepresentable & CaseIterable & Hashable>: Sendable
where Column.RawValue == String, Column: Sendable {
    private let index: [Column: Int]

    public init(header: [String]?, required: [Column]) throws(RowValidationFailure) {
        guard let header else { throw RowValidationFailure([RowError(1, "header", .required)]) }
        var index: [Column: Int] = [:]
        for (position, title) in header.enumerated() {
            if let column = Column(rawValue: title.trimmedOfSpaces) { index[column] = position }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty { throw RowValidationFailure([RowError(1, "header", .missingColumns(missing.map(\.rawValue)))]) }
        self.index = index
    }

    /// The trimmed text of `column` in a row; empty when the column or the cell is absent.
    public func value(_ column: Column, in fields: [String]) -> String {
        guard let position = index[column], position < fields.count else { return "" }
        return fields[position].trimmedOfSpaces
    }

    /// The data rows of a table with their numbers as the spreadsheet shows them; blank rows are skipped.
    public static func dataRows(_ table: [[String]]) -> [(number: Int, fields: [String])] {
        table.enumerated().dropFirst().compactMap { offset, fields in isBlank(fields) ? nil : (offset + 1, fields) }
    }

    /// A row with no text in any cell: skipped, though it keeps its number.
    public static func isBlank(_ fields: [String]) -> Bool { fields.allSatisfy { $0.trimmedOfSpaces.isEmpty } }
}
