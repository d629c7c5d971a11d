import Foundation
import Testing

@testable import DoorstepCore

@Suite("One-time codes")
struct TOTPTests {
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890"; the 8-digit values end in these 6 digits.
    static let secret = Base32.encode(Array("12345678901234567890".utf8))

    @Test(
        "matches the RFC 6238 test vectors",
        arguments: [(59, "287082"), (1_111_111_109, "081804"), (1_111_111_111, "050471"), (1_234_567_890, "005924"),
                    (2_000_000_000, "279037")])
    func vectors(time: Int, code: String) {
        let totp = TOTP(secret: Self.secret)
        #expect(totp.code(step: TOTP.stepNumber(at: Date(timeIntervalSince1970: TimeInterval(time)))) == code)
    }

    @Test("accepts one step of drift either side and no more")
    func drift() {
        let totp = TOTP(secret: Self.secret)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let step = TOTP.stepNumber(at: now)
        #expect(totp.matchingStep(for: totp.code(step: step - 1), at: now) == step - 1)
        #expect(totp.matchingStep(for: totp.code(step: step + 1), at: now) == step + 1)
        #expect(totp.matchingStep(for: totp.code(step: step - 3), at: now) == nil)
        #expect(totp.matchingStep(for: "12345", at: now) == nil)
    }

    @Test("Base32 round-trips any bytes")
    func base32() {
        for length in 0..<40 {
            let bytes = Secrets.randomBytes(length)
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
        }
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("mzxw 6ytb oi") == Array("foobar".utf8))
        #expect(Base32.decode("MZ1") == nil)
    }
}
