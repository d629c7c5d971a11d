import DoorstepCore
import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` body read into its text fields and its files, several files per name allowed (the
/// photos of a report). Bodies are limited by `BodyLimit.upload`.
struct MultipartForm: Sendable {
    struct File: Sendable {
        var fileName: String
        var bytes: [UInt8]
    }

    var fields: [String: String] = [:]
    var files: [String: [File]] = [:]

    static func read(_ request: Request) async throws -> MultipartForm {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"), let boundary = boundary(of: type) else { throw AppError.badRequest }
        let buffer = try await SheetFiles.collect(request)
        let form = try parse(buffer, boundary: boundary)
        let problems = ControlCharacters.problems(in: form.fields)
        if !problems.isEmpty { throw ValidationFailure(problems) }
        return form
    }

    /// `multipart/form-data; boundary="abc"` → `abc`.
    static func boundary(of type: String) -> String? {
        type.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: { $0.lowercased().hasPrefix("boundary=") })
            .map({ String($0.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) })
    }

    static func parse(_ buffer: ByteBuffer, boundary: String) throws -> MultipartForm {
        var form = MultipartForm()
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in body += chunk.readBytes(length: chunk.readableBytes) ?? [] }
        parser.onPartComplete = {
            let disposition = Self.parameters(headers["content-disposition"] ?? "")
            if let name = disposition["name"] {
                if let fileName = disposition["filename"] {
                    if !body.isEmpty { form.files[name, default: []].append(File(fileName: fileName, bytes: body)) }
                } else {
                    form.fields[name] = String(decoding: body, as: UTF8.self)
                }
            }
            headers = [:]
            body = []
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw AppError.badRequest
        }
        return form
    }

    /// `form-data; name="photos"; filename="门口.jpg"` → ["name": "photos", "filename": "门口.jpg"].
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            result[parts[0].lowercased()] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return result
    }

    /// The form's CSRF token matches the signed-in session's, or the form is refused.
    func checkCSRF(_ context: AppRequestContext) throws {
        guard let expected = context.session?.csrfToken, let given = fields["_csrf"],
            Secrets.constantTimeEquals(expected, given)
        else { throw AppError.csrfFailed }
    }
}
