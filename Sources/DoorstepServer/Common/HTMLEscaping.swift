import Mustache

/// What swift-mustache's own HTML escaping does — `<`, `>`, `&`, `"` and `'` replaced — on the text's bytes, and
/// nothing at all for text without them (nearly every value a page shows). The package's own walks every
/// `Character` through a dictionary: a tenth of a case list's time under load (`docs/decisions/0049-…`).
/// `PageRenderer` sets it on every template it registers.
struct HTMLEscaping: MustacheContentType {
    static let name = "DOORSTEP_HTML"
    /// The pragma that sets it, at the head of each template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { Self.replacement(for: $0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let replacement = Self.replacement(for: byte) {
                escaped.append(contentsOf: replacement.utf8)
            } else {
                escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Each of these is ASCII, so it never stands inside a longer UTF-8 sequence.
    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
