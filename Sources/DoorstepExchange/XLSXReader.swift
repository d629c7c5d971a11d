import Foundation
import ZIPFoundation

/// Why an XLSX file could not be read.
public enum XLSXError: Error, Equatable, Sendable {
    /// Not a ZIP archive with a workbook in it (for example an old .xls, or a renamed CSV).
    case notWorkbook
    /// A part of the workbook is larger than a spreadsheet we accept should be; guards against ZIP bombs.
    case tooLarge
    /// The XML inside is broken; the text says where.
    case malformed(String)
}

/// Reads the first worksheet of an XLSX workbook into rows of text, as Excel shows them: record *n* is row *n*
/// (empty rows stay as empty records), cells are placed by their column letters, shared strings are resolved, and
/// numbers come back as Excel displays them in a general cell (so a room typed as 101 is "101").
public enum XLSXReader {
    /// Excel's own limits; a file claiming cells beyond them is refused rather than padded out to them.
    public static let maximumRows = 1_048_576
    public static let maximumColumns = 16_384

    /// The largest uncompressed part we read: 100,000 residents make a sheet of about 60 MB.
    public static let partLimit = 256 * 1024 * 1024

    public static func rows(_ data: Data) throws(XLSXError) -> [[String]] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            // It begins as a ZIP (that is how it was told from a CSV) but does not open as one: cut short or corrupted.
            throw .malformed("zip")
        }
        guard let sheetPath = try firstSheetPath(archive) else { throw .notWorkbook }
        let shared = try archive["xl/sharedStrings.xml"].map { entry throws(XLSXError) in
            try sharedStrings(try part(entry, of: archive))
        } ?? []
        guard let sheet = archive[sheetPath] else { throw .notWorkbook }
        return try cells(try part(sheet, of: archive), shared: shared)
    }

    static func part(_ entry: Entry, of archive: Archive) throws(XLSXError) -> [UInt8] {
        guard entry.uncompressedSize <= partLimit else { throw .tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= partLimit else { throw XLSXError.tooLarge }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw .malformed(entry.path)
        }
        return bytes
    }

    /// The path of the workbook's first sheet, through the workbook's relationships.
    static func firstSheetPath(_ archive: Archive) throws(XLSXError) -> String? {
        guard let workbook = archive["xl/workbook.xml"] else { return nil }
        var scanner = XMLScanner(try part(workbook, of: archive))
        var relationship: String?
        while relationship == nil, let token = try scanner.next() {
            if case .start("sheet", let attributes, _) = token { relationship = attributes["id"] }
        }
        guard let relationship else { return nil }
        guard let relationships = archive["xl/_rels/workbook.xml.rels"] else { return nil }
        scanner = XMLScanner(try part(relationships, of: archive))
        while let token = try scanner.next() {
            guard case .start("Relationship", let attributes, _) = token, attributes["Id"] == relationship,
                let target = attributes["Target"]
            else { continue }
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return nil
    }

    static func sharedStrings(_ bytes: [UInt8]) throws(XLSXError) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        while let token = try scanner.next() {
            guard case .start("si", _, let empty) = token else { continue }
            strings.append(empty ? "" : try scanner.text(until: "si", skipping: ["rPh"]))
        }
        return strings
    }

    static func cells(_ bytes: [UInt8], shared: [String]) throws(XLSXError) -> [[String]] {
        var scanner = XMLScanner(bytes)
        var rows: [[String]] = []
        var row: [String] = []
        var rowNumber = 0
        var cellType = "n"
        var column = 0
        var value = ""
        var inCell = false
        while let token = try scanner.next() {
            switch token {
            case .start("row", let attributes, let empty):
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                guard (1...maximumRows).contains(rowNumber) else { throw .malformed("row \(rowNumber)") }
                row = []
                column = 0
                if empty { place(row, at: rowNumber, in: &rows) }
            case .end("row"):
                place(row, at: rowNumber, in: &rows)
            case .start("c", let attributes, let empty):
                cellType = attributes["t"] ?? "n"
                column = attributes["r"].flatMap(columnIndex) ?? row.count
                guard column < maximumColumns else { throw .malformed("column \(column + 1)") }
                value = ""
                inCell = !empty
            case .start("v", _, false) where inCell:
                value = try scanner.text(until: "v")
            case .start("is", _, false) where inCell:
                value = try scanner.text(until: "is", skipping: ["rPh"])
            case .end("c"):
                inCell = false
                let text: String
                switch cellType {
                case "s":
                    guard let index = Int(value), shared.indices.contains(index) else {
                        throw .malformed("shared string \(value)")
                    }
                    text = shared[index]
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                case "n": text = general(value)
                default: text = value
                }
                if !text.isEmpty {
                    while row.count < column { row.append("") }
                    if row.count == column { row.append(text) } else { row[column] = text }
                }
            default:
                continue
            }
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    private static func place(_ row: [String], at number: Int, in rows: inout [[String]]) {
        guard number >= 1 else { return }
        while rows.count < number - 1 { rows.append([]) }
        if rows.count == number - 1 { rows.append(row) } else { rows[number - 1] = row }
    }

    /// "C12" → 2; more than three letters (past XFD) is out of any sheet, and nil.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            letters += 1
            guard letters <= 3 else { return maximumColumns }
            index = index * 26 + Int(scalar.value - 64)
        }
        return letters == 0 ? nil : index - 1
    }

    /// A number as a general-format cell shows it: integers without a decimal point or exponent (Excel stores
    /// 13800138000 typed into a cell as "1.3800138E10" in some writers), everything else as written.
    static func general(_ stored: String) -> String {
        guard stored.contains(where: { $0 == "E" || $0 == "e" || $0 == "." }), let number = Double(stored),
            number.rounded() == number, abs(number) < 1e15
        else { return stored }
        return String(Int64(number))
    }
}
