import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30-second steps), as every authenticator app
/// expects. Secrets travel as Base32 (RFC 4648) text.
public struct TOTP: Sendable, Equatable {
    public static let digits = 6
    public static let step: TimeInterval = 30

    /// The shared secret as Base32 text.
    public let secret: String

    public init(secret: String) {
        self.secret = secret
    }

    /// A new random 160-bit secret.
    public static func generateSecret() -> String {
        Base32.encode(Secrets.randomBytes(20))
    }

    /// The time step that contains `date`.
    public static func stepNumber(at date: Date) -> Int {
        Int((date.timeIntervalSince1970 / step).rounded(.down))
    }

    /// The code for a time step.
    public func code(step: Int) -> String {
        guard let key = Base32.decode(secret) else { return "" }
        var counter = UInt64(step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: key)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary =
            (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        let value = binary % 1_000_000
        let text = String(value)
        return String(repeating: "0", count: Self.digits - text.count) + text
    }

    /// The step `code` belongs to, accepting one step either side for clock drift; nil when it matches none.
    /// Callers refuse a step at or before the last one used, so a code cannot be replayed.
    public func matchingStep(for code: String, at date: Date) -> Int? {
        let typed = code.filter { !$0.isWhitespace }
        guard typed.count == Self.digits else { return nil }
        let now = Self.stepNumber(at: date)
        return [now, now - 1, now + 1].first { self.code(step: $0) == typed }
    }

    /// The `otpauth://` address an authenticator app reads (usually from a QR code).
    public func provisioningURI(account: String, issuer: String) -> String {
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? account
        let issuerQuery = issuer.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? issuer
        return "otpauth://totp/\(label)?secret=\(secret)&issuer=\(issuerQuery)&digits=\(Self.digits)&period=30"
    }
}
