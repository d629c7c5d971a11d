/// How a resident's typed unit and room are matched to the registry's: residents write `1`, `1单元` or `１单元`
/// for the same unit, and `101`, `101室` or `101号` for the same room.
public enum SurveyAddress {
    public static func normalized(_ text: String) -> String {
        var value = String(text.unicodeScalars.compactMap { scalar -> Character? in
            // Full-width digits and letters (U+FF10…) as the ASCII ones; spaces of any width dropped.
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { return Character(ascii) }
            if scalar.properties.isWhitespace { return nil }
            return Character(scalar)
        }).uppercased()
        for suffix in ["单元", "室", "号", "户"] where value.hasSuffix(suffix) && value.count > suffix.count {
            value.removeLast(suffix.count)
        }
        return value
    }
}
