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
    /// Decodes a JSON body of at most `limit` bytes: one that is not JSON of the expected shape is a 400, not a
    /// 500, and a string holding a control character is refused naming its field.
    func decodeJSON<T: Decodable>(as type: T.Type, context: AppRequestContext, limit: Int = BodyLimit.json) async throws -> T {
        let data = Data(buffer: try await collectBody(limit: limit))
        if Self.mayHoldControlCharacters(data), let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
            let problems = Self.controlCharacterFields(in: value, at: "").map { FieldError($0, .controlCharacters) }
            if !problems.isEmpty { throw ValidationFailure(problems) }
        }
        do {
            return try APICoding.decoder.decode(type, from: data)
        } catch let failure as ValidationFailure {
            throw failure
        } catch DecodingError.typeMismatch(let expected, let context) where !context.codingPath.isEmpty {
            throw ValidationFailure([FieldError(FieldPath.name(context.codingPath), .wrongType(expected: JSONKind(of: expected)))])
        } catch {
            throw AppError.badRequest
        }
    }

    /// Whether a JSON text could decode to a control character: only through an escape (`\u`, `\b`, `\f`; raw C0
    /// controls are not valid JSON), a raw DEL, or a raw C1 control (UTF-8 `C2 80`–`C2 9F`). Most bodies have none of
    /// these, and are then decoded once rather than walked first.
    static func mayHoldControlCharacters(_ data: Data) -> Bool {
        var previous: UInt8 = 0
        for byte in data {
            switch (previous, byte) {
            case (0x5C, 0x75), (0x5C, 0x62), (0x5C, 0x66), (_, 0x7F), (0xC2, 0x80...0x9F): return true
            default: previous = previous == 0x5C && byte == 0x5C ? 0 : byte
            }
        }
        return false
    }

    /// The paths (`name`, `commitments[1].content`) of the strings in a JSON value that hold a control character;
    /// a key holding one is named by its path too.
    static func controlCharacterFields(in value: Any, at path: String) -> [String] {
        switch value {
        case let text as String:
            return ControlCharacters.found(in: text) ? [path] : []
        case let object as [String: Any]:
            return object.keys.sorted().flatMap { key in
                let keyPath = path.isEmpty ? key : "\(path).\(key)"
                return (ControlCharacters.found(in: key) ? [keyPath] : []) + controlCharacterFields(in: object[key]!, at: keyPath)
            }
        case let array as [Any]:
            return array.enumerated().flatMap { controlCharacterFields(in: $1, at: "\(path)[\($0)]") }
        default:
            return []
        }
    }
}

extension JSONKind {
    /// The kind of JSON value a Swift type is read from, as `DecodingError.typeMismatch` names it.
    init(of type: Any.Type) {
        switch type {
        case is String.Type: self = .text
        case is Bool.Type: self = .boolean
        case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type: self = .number
        case is [Any].Type: self = .list
        default: self = .object
        }
    }
}
