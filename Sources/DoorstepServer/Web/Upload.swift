import DoorstepCore
import Foundation
import Hummingbird
import MultipartKit
import NIOFoundationCompat

/// A form with a file (`multipart/form-data`), checked against the session's CSRF token like every other form.
struct Upload: Sendable {
    var fileName: String
    /// The file's bytes; nil when the form came without one.
    var data: Data?
    /// The form's other text fields.
    var fields: [String: String]

    private struct Body: Decodable {
        var _csrf: String?
        var kind: String?
        var file: File?
    }

    /// The file part: MultipartKit hands it over whole through `MultipartPartConvertible`.
    private struct File: Decodable, MultipartPartConvertible {
        var name: String
        var body: ByteBuffer

        var multipart: MultipartPart? { MultipartPart(body: body) }

        init?(multipart: MultipartPart) {
            body = multipart.body
            // Content-Disposition: form-data; name="file"; filename="居民.xlsx"
            let disposition = multipart.headers.first(name: "Content-Disposition") ?? ""
            name = disposition.split(separator: ";").lazy
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix("filename=") }
                .map { String($0.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? ""
        }

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a file part"))
        }
    }

    /// The file and fields of a checked form.
    static func checked(_ request: Request, context: AppRequestContext) async throws -> Upload {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = type.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })
                .map({ String($0.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) })
        else { throw AppError.badRequest }
        let buffer = try await SheetFiles.collect(request)
        let body = try FormDataDecoder().decode(Body.self, from: buffer, boundary: boundary)
        guard let expected = context.session?.csrfToken, let given = body._csrf,
            Secrets.constantTimeEquals(expected, given)
        else { throw AppError.csrfFailed }
        let file = body.file.flatMap { $0.body.readableBytes > 0 ? $0 : nil }
        return Upload(
            fileName: file?.name ?? "", data: file.map { Data(buffer: $0.body) }, fields: ["kind": body.kind ?? ""])
    }
}
