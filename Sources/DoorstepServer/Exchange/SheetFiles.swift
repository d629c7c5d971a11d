import DoorstepCore
import DoorstepExchange
import Foundation
import Hummingbird
import NIOFoundationCompat

/// Spreadsheet files over HTTP: an upload read into rows (CSV or XLSX, told apart by their bytes), and rows sent
/// back as a download in the format asked for.
enum SheetFiles {
    /// A request's whole body, up to `BodyLimit.upload`; a larger one is a `file` problem, not a bare 413.
    static func collect(_ request: Request) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(limit: BodyLimit.upload)
        } catch AppError.contentTooLarge {
            throw AppError.validation([FieldError("file", .fileTooLarge)])
        }
    }

    /// The rows of an uploaded file; a file that cannot be read is a problem with the `file` field.
    static func rows(_ data: Data) throws(AppError) -> [[String]] {
        try read { () throws(SpreadsheetError) in try Spreadsheet.rows(data) }
    }

    /// The same, read as they are asked for (a CSV a record at a time).
    static func records(_ data: Data) throws(AppError) -> SheetRecords {
        try read { () throws(SpreadsheetError) in try Spreadsheet.records(data) }
    }

    private static func read<T>(_ body: () throws(SpreadsheetError) -> T) throws(AppError) -> T {
        do {
            return try body()
        } catch {
            throw .validation([FieldError("file", error.problem)])
        }
    }

    /// `rows` (the first is the header) as an attachment named `name` plus the format's extension.
    static func download(_ rows: [[String]], as format: SheetFormat, name: String, sheetName: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: format.contentType,
                .contentDisposition: "attachment; filename=\"\(name).\(format.fileExtension)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(data: Spreadsheet.file(rows, as: format, sheetName: sheetName))))
    }
}

extension SpreadsheetError {
    public var problem: FieldProblem {
        switch self {
        case .notUTF8: .fileNotUTF8
        case .oldExcel: .fileOldExcel
        case .xlsx(.notWorkbook): .fileNotWorkbook
        case .xlsx(.tooLarge): .fileTooLarge
        case .xlsx(.malformed): .fileDamaged
        }
    }
}

extension SheetFormat {
    /// The format named in the last path component of a download address (`export.xlsx`), CSV by default.
    init(path: String) {
        self = path.hasSuffix(".xlsx") ? .xlsx : .csv
    }
}
