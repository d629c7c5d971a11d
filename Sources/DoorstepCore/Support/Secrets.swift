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
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new record identifier.
    public static func identifier() -> String {
        UUID().uuidString.lowercased()
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
