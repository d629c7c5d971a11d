import DoorstepCore
import Foundation
import Hummingbird
import NIOCore

/// How large a request's body may be, by what it carries. A larger body is refused with 413 in the route's own
/// format (problem+json, an HTML page, or Open311's error list), never read whole. The limits are documented in
/// `docs/api.md`.
enum BodyLimit {
    /// A page's form and Open311's form-encoded report: typed text only.
    static let form = 64 * 1024
    /// A JSON body of the API.
    static let json = 1024 * 1024
    /// A JSON body carrying up to `count` photos in base64 (a third larger than their bytes), each up to the photo
    /// limit, so a photo the documents allow is never refused for its body, and one over it is named as a photo.
    static func json(photos count: Int) -> Int { json + count * (Photo.maximumBytes / 3 + 1) * 4 }
    /// A file upload (a residents' sheet, a report's photos): 100,000 residents are about 10 MiB of CSV.
    static let upload = 64 * 1024 * 1024
}

extension Request {
    /// The whole body, up to `limit` bytes; a larger one is `AppError.contentTooLarge`.
    func collectBody(limit: Int) async throws -> ByteBuffer {
        var request = self
        return try await request.collectBodyKept(limit: limit)
    }

    /// The same, kept in the request, so a handler after a middleware that read it reads it again from memory.
    mutating func collectBodyKept(limit: Int) async throws -> ByteBuffer {
        do {
            return try await collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw AppError.contentTooLarge(limit: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw AppError.contentTooLarge(limit: limit)
        }
    }
}
