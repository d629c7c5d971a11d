import Foundation

/// A resident identity card number (GB 11643): 6 digits of area, 8 of birth date, 3 of sequence (odd for men,
/// even for women) and a check character. Only a number that passes every check can be made; lower-case `x` is
/// accepted and stored upper-case. Unknown area codes are accepted: retired codes stay valid in old cards.
public struct IDNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 18 characters, check character upper-case.
    public let value: String

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters = Array("10X98765432")

    /// Checks `text` (spaces around it are ignored) and returns the number, or the reason it is refused.
    public static func parse(_ text: String, today: Date = Date()) -> Result<IDNumber, FieldProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let characters = Array(trimmed)
        // What an office's files get wrong most: a masked export read back, and a cell Excel made a number.
        if trimmed.contains("*") { return .failure(.maskedValue) }
        if trimmed.wholeMatch(of: /[0-9](\.[0-9]+)?E\+?[0-9]+/) != nil { return .failure(.storedAsNumber) }
        guard characters.count == 18 else { return .failure(.idNumberLength) }
        guard characters.prefix(17).allSatisfy(\.isASCIIDigit), characters[17].isASCIIDigit || characters[17] == "X"
        else { return .failure(.idNumberCharacters) }
        guard birthDate(of: trimmed, before: today) != nil else { return .failure(.idNumberBirthDate) }
        guard characters[17] == checkCharacter(for: trimmed) else { return .failure(.idNumberCheckCharacter) }
        return .success(IDNumber(value: trimmed))
    }

    private init(value: String) {
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard case .success(let number) = Self.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ID number"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public var description: String { Masking.idNumber(value) }

    /// The check character for the first 17 digits of `text`.
    public static func checkCharacter(for text: String) -> Character {
        let digits = text.prefix(17).compactMap { $0.wholeNumberValue }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// The birth date in the number when it is a real date, not in the future and not before 1900.
    static func birthDate(of text: String, before today: Date) -> DateComponents? {
        let characters = Array(text)
        guard characters.count >= 14,
            let year = Int(String(characters[6..<10])), let month = Int(String(characters[10..<12])),
            let day = Int(String(characters[12..<14]))
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let components = DateComponents(year: year, month: month, day: day)
        guard year >= 1900, let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date) == components,
            date <= today
        else { return nil }
        return components
    }

    /// The holder's date of birth.
    public var birthDate: DateComponents { Self.birthDate(of: value, before: .distantFuture)! }

    /// The holder's sex, from the parity of the sequence number.
    public var sex: Sex { Int(String(Array(value)[16]))! % 2 == 1 ? .male : .female }

    /// The 6-digit area code where the number was issued.
    public var areaCode: String { String(value.prefix(6)) }
}

/// Sex as recorded on an identity document.
public enum Sex: String, Sendable, Codable, CaseIterable, Hashable {
    case male
    case female
}
