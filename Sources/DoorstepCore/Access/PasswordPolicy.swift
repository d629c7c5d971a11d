/// The password rule: at least 8 characters drawn from at least 3 of the 4 classes (lower case, upper case,
/// digits, other characters).
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let minimumClasses = 3

    /// The reason a password is refused, or nil when it is acceptable.
    public static func problem(with password: String) -> FieldProblem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if classes(in: password) < minimumClasses { return .tooFewCharacterClasses(minimum: minimumClasses) }
        return nil
    }

    static func classes(in password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for character in password.unicodeScalars {
            switch character {
            case "a"..."z": lower = true
            case "A"..."Z": upper = true
            case "0"..."9": digit = true
            default: other = true
            }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}
