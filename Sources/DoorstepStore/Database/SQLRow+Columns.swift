import DoorstepCore
import Foundation
import SQLKit

/// Typed column reads that behave the same on both engines.
extension SQLRow {
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int(_ column: String) throws -> Int { try decode(column: column, as: Int.self) }
    func optionalInt(_ column: String) throws -> Int? { try decode(column: column, as: Int?.self) }
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
