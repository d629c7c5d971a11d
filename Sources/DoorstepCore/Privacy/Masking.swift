/// How personal data is shown to everyone who has not revealed it: enough to recognise, not enough to use.
public enum Masking {
    /// `110105********0123`: the area code and the last four characters.
    public static func idNumber(_ value: String) -> String {
        guard value.count > 10 else { return String(repeating: "*", count: value.count) }
        return String(value.prefix(6)) + String(repeating: "*", count: value.count - 10) + String(value.suffix(4))
    }

    /// `138****8000` for a mobile; a landline keeps its area code and last two digits: `010-******34`.
    public static func phone(_ value: String) -> String {
        if value.count == 11, !value.contains("-") {
            return String(value.prefix(3)) + "****" + String(value.suffix(4))
        }
        let parts = value.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return String(repeating: "*", count: value.count) }
        let rest = parts[1]
        return parts[0] + "-" + String(repeating: "*", count: max(rest.count - 2, 0)) + String(rest.suffix(2))
    }

    /// `张*`, `欧阳**`: the surname only. Two-character compound surnames are kept whole when the name is longer
    /// than three characters.
    public static func name(_ value: String) -> String {
        let characters = Array(value)
        guard characters.count > 1 else { return value }
        let kept = characters.count >= 4 && compoundSurnames.contains(String(characters.prefix(2))) ? 2 : 1
        return String(characters.prefix(kept)) + String(repeating: "*", count: characters.count - kept)
    }

    /// Free text written by a resident, as a public page shows it: every run of seven or more digits (a phone, an
    /// ID or bank number typed into a description) keeps its first three and last two, the rest `*`. Names in free
    /// text cannot be found reliably; public pages say so beside the form.
    public static func freeText(_ value: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            if digits.count >= 7 {
                out += String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 5) + String(digits.suffix(2))
            } else {
                out += digits
            }
            digits = ""
        }
        for character in value {
            // An X closes a Chinese ID number; it belongs to the run before it.
            if character.isASCII && (character.isNumber || ((character == "X" || character == "x") && digits.count == 17)) {
                digits.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    ]
}
