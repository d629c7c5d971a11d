/// Control characters in submitted text. Nobody types them; a NUL or an escape sequence stored in a name would
/// cut it short in one program and colour a terminal in another. Tabs and line breaks are text, so they stay:
/// multi-line fields keep them and single-line fields are trimmed where they are read.
public enum ControlCharacters {
    /// Whether `text` holds a C0 control other than tab, line feed and carriage return, DEL, or a C1 control.
    public static func found(in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }

    /// Every field of `fields` whose value holds a control character, as field problems named by the field.
    public static func problems(in fields: [String: String]) -> [FieldError] {
        fields.filter { found(in: $0.value) }.keys.sorted().map { FieldError($0, .controlCharacters) }
    }
}
