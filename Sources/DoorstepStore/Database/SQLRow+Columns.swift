import DoorstepCore
import Foundation
import SQLKit

/// Typed column reads that behave the same on both engines.
extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try optional(column, as: String.self) }
    func int(_ column: String) throws -> Int { try decode(column: column, as: Int.self) }
    func optionalInt(_ column: String) throws -> Int? { try optional(column, as: Int.self) }

    /// A column that may be null. SQLiteKit decodes an optional through a decoder made for each value, its slowest
    /// path (a tenth of drawing a list of cases), so the null is asked for first and a value read as the plain type.
    func optional<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
        guard try decodeNil(column: column) else { return try decode(column: column, as: T.self) }
        // A row without the column answers "null" too; that stays the error the engine's own decoding gives.
        return contains(column: column) ? nil : try decode(column: column, as: T?.self)
    }
    func bool(_ column: String) throws -> Bool { try decode(column: column, as: Bool.self) }

    func date(_ column: String) throws -> Date {
        let text = try string(column)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a time: \(text)"))
        }
        return date
    }

    func optionalDate(_ column: String) throws -> Date? {
        try optionalString(column).flatMap(Timestamp.parse)
    }
}
