import Testing

@testable import DoorstepCore

@Suite("Password policy")
struct PasswordPolicyTests {
    @Test("accepts 8+ characters from 3 classes", arguments: ["Abcdefg1", "abc-def-1", "ABCD-1234", "密码Abc12x"])
    func accepts(password: String) {
        #expect(PasswordPolicy.problem(with: password) == nil)
    }

    @Test("refuses short passwords")
    func short() {
        #expect(PasswordPolicy.problem(with: "Ab1-") == .tooShort(minimum: 8))
    }

    @Test("refuses passwords from fewer than 3 classes", arguments: ["abcdefgh", "abcd1234", "ABCDEFGH12"])
    func fewClasses(password: String) {
        #expect(PasswordPolicy.problem(with: password) == .tooFewCharacterClasses(minimum: 3))
    }
}
