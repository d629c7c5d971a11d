import Foundation

/// A resident identity card number (GB 11643): 6 digits of area, 8 of birth date, 3 of sequence (odd for men,
/// even for women) and a check character. Only a number that passes every check can be made; lower-case `x` is
/// accepted and stored upper-case. Unknown area codes are accepted: retired codes stay valid in old cards.
public struct IDNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 18 characters, check character upper-case.
    public let value: String

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters = Array("10X98765432".utf8)

    /// Checks `text` (spaces around it are ignored) and returns the number, or the reason it is refused. Works on
    /// the bytes, without a pattern or a calendar: an import checks a million of these.
    public static func parse(_ text: String, today: Date = Date()) -> Result<IDNumber, FieldProblem> {
        let trimmed = text.trimmedOfSpaces.uppercased()
        let bytes = Array(trimmed.utf8)
        // What an office's files get wrong most: a masked export read back, and a cell Excel made a number.
        if bytes.contains(UInt8(ascii: "*")) { return .failure(.maskedValue) }
        if isScientificNotation(bytes) { return .failure(.storedAsNumber) }
        let length = bytes.allSatisfy { $0 < 0x80 } ? bytes.count : trimmed.count
        guard length == 18 else { return .failure(.idNumberLength) }
        guard bytes.count == 18, bytes.prefix(17).allSatisfy(isDigit), isDigit(bytes[17]) || bytes[17] == UInt8(ascii: "X")
        else { return .failure(.idNumberCharacters) }
        guard birthDate(of: bytes, before: today) != nil else { return .failure(.idNumberBirthDate) }
        guard bytes[17] == checkCharacter(forDigits: bytes) else { return .failure(.idNumberCheckCharacter) }
        return .success(IDNumber(value: trimmed))
    }

    /// `1.1010519491231E+17` and the like: what Excel shows of an 18-digit number it took for a quantity.
    static func isScientificNotation(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        guard bytes.first.map(isDigit) == true else { return false }
        index = 1
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "E") else { return false }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") { index += 1 }
        return digits() > 0 && index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

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
        Character(Unicode.Scalar(checkCharacter(forDigits: Array(text.utf8))))
    }

    private static func checkCharacter(forDigits bytes: [UInt8]) -> UInt8 {
        let sum = zip(bytes.prefix(17), weights).reduce(0) { $0 + Int($1.0 &- 0x30) * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// The birth date in the number when it is a real date, not in the future (China time) and not before 1900.
    static func birthDate(of bytes: [UInt8], before today: Date) -> DateComponents? {
        func number(_ range: Range<Int>) -> Int? {
            range.allSatisfy { isDigit(bytes[$0]) } ? range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } : nil
        }
        guard bytes.count >= 14, let year = number(6..<10), let month = number(10..<12), let day = number(12..<14),
            year >= 1900, (1...12).contains(month), day >= 1, day <= CalendarDay.days(inMonth: month, of: year),
            today == .distantFuture || CalendarDay(year, month, day) <= CalendarDay(containing: today)
        else { return nil }
        return DateComponents(year: year, month: month, day: day)
    }

    /// The holder's date of birth.
    public var birthDate: DateComponents { Self.birthDate(of: Array(value.utf8), before: .distantFuture)! }

    /// The holder's sex, from the parity of the sequence number.
    public var sex: Sex { Array(value.utf8)[16] % 2 == 1 ? .male : .female }

    /// The 6-digit area code where the number was issued.
    public var areaCode: String { String(value.prefix(6)) }
}

/// Sex as recorded on an identity document.
public enum Sex: String, Sendable, Codable, CaseIterable, Hashable {
    case male
    case female
}
