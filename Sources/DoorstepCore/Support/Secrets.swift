import Crypto
import Foundation

/// Random secrets and their one-way fingerprints. Session and API tokens are stored only as fingerprints, so a
/// copy of the database does not let anyone sign in.
public enum Secrets {
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// A URL-safe random token with `bytes` bytes of entropy.
    public static func token(bytes: Int = 32) -> String {
        Data(randomBytes(bytes)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of `token` as hex: how tokens are stored and looked up.
    public static func fingerprint(_ token: String) -> String {
        Hex.string(SHA256.hash(data: Data(token.utf8)))
    }

    /// A new record identifier: a UUID of version 7 (RFC 9562) in lower case, whose first 48 bits are the time in
    /// milliseconds. Records made one after another get neighbouring ids, so an index on an id — a table's key, a
    /// resident's household, a grid's residents in id order — grows at its end instead of at a random page: an import
    /// of a million residents touched pages all over those indexes and spent most of its time reading them back.
    public static func identifier(at moment: Date = Date()) -> String {
        let milliseconds = UInt64(max(0, moment.timeIntervalSince1970 * 1_000))
        var generator = SystemRandomNumberGenerator()
        var bytes = [generator.next(), generator.next()].flatMap { (word: UInt64) in
            (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        }
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (40 - 8 * UInt64(index))) }
        bytes[6] = 0x70 | bytes[6] & 0x0F  // version 7
        bytes[8] = 0x80 | bytes[8] & 0x3F  // the RFC's variant
        let hex = Array(Hex.string(bytes).utf8)
        let groups = [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]]
        return groups.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
    }

    /// Compares two strings in time that does not depend on where they first differ.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
