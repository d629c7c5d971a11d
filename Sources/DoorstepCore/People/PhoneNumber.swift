/// A mainland China phone number: an 11-digit mobile (1[3-9]x xxxx xxxx) or a landline with its area code
/// (010–099 followed by 8 digits, or 0xxx followed by 7 or 8 digits), optionally with an extension. Stored
/// normalised: digits only for mobiles, `0AREA-NUMBER[-EXT]` for landlines.
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String
    public let isMobile: Bool

    /// Checks and normalises `text`. Spaces, dashes, brackets and a leading `+86` or `86` are allowed.
    public static func parse(_ text: String) -> Result<PhoneNumber, FieldProblem> {
        if text.contains("*") { return .failure(.maskedValue) }
        var extensionPart: String?
        var main = text.trimmingCharacters(in: .whitespaces)
        for marker in ["转", "ext.", "ext", "x", "#"] {
            if let range = main.range(of: marker, options: .caseInsensitive) {
                extensionPart = String(main[range.upperBound...]).filter(\.isASCIIDigit)
                main = String(main[..<range.lowerBound])
                break
            }
        }
        // The stored form itself, `0AREA-NUMBER-EXT`, as an export writes it, reads back the same; a number written in
        // groups (`021-5888-8888`) is not one, since its first two groups make no whole landline.
        let groups = main.split(separator: "-", omittingEmptySubsequences: false)
        if extensionPart == nil, groups.count == 3, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            Self.isLandline(area: groups[0], number: groups[1])
        {
            extensionPart = String(groups[2])
            main = groups[0] + "-" + groups[1]
        }
        guard main.allSatisfy({ $0.isASCIIDigit || " -()+（）".contains($0) }) else { return .failure(.phoneFormat) }
        var digits = main.filter(\.isASCIIDigit)
        if main.trimmingCharacters(in: .whitespaces).hasPrefix("+86") || (digits.hasPrefix("86") && digits.count == 13) {
            digits.removeFirst(2)
        }
        if digits.count == 11, digits.hasPrefix("1"), let second = digits.dropFirst().first, ("3"..."9").contains(second) {
            guard extensionPart == nil else { return .failure(.phoneFormat) }
            return .success(PhoneNumber(value: digits, isMobile: true))
        }
        guard digits.hasPrefix("0"), !digits.hasPrefix("00") else { return .failure(.phoneFormat) }
        // Two- and three-digit area codes (010, 020–029) carry 8-digit numbers; four-digit ones 7 or 8.
        let areaLength = digits.hasPrefix("01") || digits.hasPrefix("02") ? 3 : 4
        let number = digits.dropFirst(areaLength)
        guard (areaLength == 3 ? [8] : [7, 8]).contains(number.count) else { return .failure(.phoneFormat) }
        var value = "\(digits.prefix(areaLength))-\(number)"
        if let extensionPart, !extensionPart.isEmpty {
            guard extensionPart.count <= 6 else { return .failure(.phoneFormat) }
            value += "-\(extensionPart)"
        }
        return .success(PhoneNumber(value: value, isMobile: false))
    }

    /// Whether an area code and a number make a whole landline: 010 and 020–029 with 8 digits, other areas with 7 or 8.
    private static func isLandline(area: Substring, number: Substring) -> Bool {
        guard area.hasPrefix("0"), !area.hasPrefix("00") else { return false }
        let short = area.hasPrefix("01") || area.hasPrefix("02")
        return short ? area.count == 3 && number.count == 8 : area.count == 4 && (7...8).contains(number.count)
    }

    private init(value: String, isMobile: Bool) {
        self.value = value
        self.isMobile = isMobile
    }

    public var description: String { Masking.phone(value) }
}
