import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The JSON coders of the API: camelCase keys, ISO-8601 times in UTC.
enum APICoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension AppRequestContext {
    public var requestDecoder: JSONDecoder { APICoding.decoder }
    public var responseEncoder: JSONEncoder { APICoding.encoder }
}

extension Request {
    /// Decodes a JSON body; a body that is not JSON of the expected shape is a 400, not a 500.
    func decodeJSON<T: Decodable>(as type: T.Type, context: AppRequestContext) async throws -> T {
        do {
            return try await decode(as: type, context: context)
        } catch {
            throw AppError.badRequest
        }
    }
}
