import Foundation

/// The two file formats community offices exchange tables in.
public enum SheetFormat: String, CaseIterable, Sendable {
    case csv
    case xlsx

    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    public var fileExtension: String { rawValue }

    /// What a file holds, by its first bytes: every XLSX is a ZIP archive ("PK\3\4"); anything else is read as CSV.
    public static func of(_ data: Data) -> SheetFormat {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? .xlsx : .csv
    }
}

/// Why a file could not be read as a table.
public enum SpreadsheetError: Error, Equatable, Sendable {
    /// A CSV in neither UTF-8 nor GB 18030 (Excel's plain "CSV" on a Chinese Windows, which is read).
    case notUTF8
    /// An OLE compound file rather than a ZIP: an Excel 97–2003 workbook (.xls), or an .xlsx with a password, which
    /// Excel wraps the same way.
    case oldExcel
    case xlsx(XLSXError)
}

/// Files to rows of text and back; what the rows mean is the caller's business.
public enum Spreadsheet {
    public static func rows(_ data: Data) throws(SpreadsheetError) -> [[String]] {
        var rows = Array(try records(data))
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// The records of a file, the header first, read one at a time from a CSV (a workbook is read whole: its cells are
    /// in a compressed part). Blank lines are empty records, blank lines at the end included.
    public static func records(_ data: Data) throws(SpreadsheetError) -> SheetRecords {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldExcel }
        switch SheetFormat.of(data) {
        case .xlsx:
            do {
                return SheetRecords(.table(try XLSXReader.rows(data)))
            } catch {
                throw .xlsx(error)
            }
        case .csv:
            // UTF-8 first: GBK text is almost never valid UTF-8, while UTF-8 text is often valid GB 18030. A file that
            // says it is UTF-8 (Excel's "CSV UTF-8" starts with a byte-order mark) is never read as anything else.
            if isUTF8(data) { return SheetRecords(.csv(CSVRecords(utf8: data))) }
            guard !data.starts(with: [0xEF, 0xBB, 0xBF]), let text = GB18030.decode(data) else { throw .notUTF8 }
            return SheetRecords(.csv(CSVRecords(utf8: Data(text.utf8))))
        }
    }

    /// Whether `data` is UTF-8 throughout, checked in place rather than by making a string of it.
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// A file of `rows` (the first is the header). CSV starts with a byte-order mark so Excel reads it as UTF-8.
    public static func file(_ rows: [[String]], as format: SheetFormat, sheetName: String) -> Data {
        switch format {
        case .csv: Data(("\u{FEFF}" + rows.map(CSV.line).joined()).utf8)
        case .xlsx: XLSXWriter.workbook(rows, sheetName: sheetName)
        }
    }
}
