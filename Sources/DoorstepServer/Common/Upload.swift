import DoorstepCore
import Foundation
import Hummingbird

/// A form with one file (an import's workbook), checked against the session's CSRF token like every other form.
struct Upload: Sendable {
    var fileName: String
    /// The file's bytes; nil when the form came without one.
    var data: Data?
    /// The form's other text fields.
    var fields: [String: String]

    /// The file and fields of a checked form.
    static func checked(_ request: Request, context: AppRequestContext) async throws -> Upload {
        let form = try await MultipartForm.read(request)
        try form.checkCSRF(context)
        let file = form.files["file"]?.first
        return Upload(fileName: file?.fileName ?? "", data: file.map { Data($0.bytes) }, fields: form.fields)
    }
}
