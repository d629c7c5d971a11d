/// Text for charts drawn as SVG: escaped, with numbers written the same way on every machine, and with widths
/// estimated so labels can be laid out on the server, which has no font engine (the reader's browser sets the text
/// in whatever font it has, so every estimate errs on the wide side).
enum ChartText {
    /// The text made safe as XML content or attribute value: the five markup characters become references, and the
    /// control characters XML 1.0 forbids are dropped — a name pasted from a spreadsheet must not break the page.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A number with at most one decimal, rounded half away from zero, no grouping, no locale: `37`, `62.5`, `0.1`,
    /// `-3.3`. Formatting by hand rather than with `String(format:)` keeps the output identical on every server and
    /// in every language the page is shown in. A non-number, which no caller means to show, prints as `0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let magnitude = abs(value)
        guard magnitude < 1e14 else { return (value < 0 ? "-" : "") + "\(magnitude.rounded())" }
        // Snapped to a millionth of a tenth first, so 0.15 (0.1499999… in binary) still rounds up as written.
        let tenths = Int(((magnitude * 10 * 1e6).rounded() / 1e6).rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && tenths > 0 ? "-" : ""
        let whole = tenths / 10
        let tenth = tenths % 10
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }

    /// A value with its unit as the pages write it: `62.5%` and `37件` run together, `3.5 h` takes a space before a
    /// Latin unit.
    static func value(_ value: Double, unit: String) -> String {
        let text = number(value)
        guard let first = unit.unicodeScalars.first else { return text }
        return first.isASCII && first.properties.isAlphabetic ? "\(text) \(unit)" : text + unit
    }

    /// Roughly how wide the text sets at `size`: Chinese and other wide characters a full em, Latin letters and
    /// digits about 0.62 em, narrow punctuation and spaces 0.35 em.
    static func width(_ text: String, size: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x21, 0x27, 0x2C, 0x2E, 0x3A, 0x3B, 0x49, 0x69, 0x6A, 0x6C, 0x7C: ems += 0.35
            case 0x300..<0x370: break  // combining marks take no room of their own
            case 0x2014, 0x2026: ems += 1  // — and …, a full em in Chinese fonts
            case 0..<0x2E80: ems += 0.62
            default: ems += 1
            }
        }
        return ems * size
    }

    /// The text broken into lines no wider than `width`, at most `maxLines` of them — Chinese between any two
    /// characters, Latin at a space where there is one. Text that still does not fit ends its last line with `…`;
    /// `truncated` says so, and the chart then puts the whole text in a tooltip (the table beside has it too).
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int) -> (lines: [String], truncated: Bool) {
        let limit = max(1, maxLines)
        var lines: [String] = []
        var current = ""
        for character in text {
            if current.isEmpty && character == " " { continue }
            let candidate = current + String(character)
            if current.isEmpty || Self.width(candidate, size: size) <= width {
                current = candidate
            } else if character != " ", let space = current.lastIndex(of: " ") {
                lines.append(String(current[..<space]))
                current = String(current[current.index(after: space)...]) + String(character)
            } else {
                lines.append(current)
                current = character == " " ? "" : String(character)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { return ([""], false) }
        guard lines.count > limit else { return (lines, false) }
        var kept = Array(lines.prefix(limit))
        var last = kept[limit - 1]
        while !last.isEmpty, Self.width(last + "…", size: size) > width { last.removeLast() }
        kept[limit - 1] = last + "…"
        return (kept, true)
    }

    /// The text on one line of at most `width`, shortened with `…` if need be.
    static func fit(_ text: String, width: Double, size: Double) -> String {
        wrap(text, width: width, size: size, maxLines: 1).lines[0]
    }
}

extension Double {
    /// The number as charts print it, labels and coordinates alike (see `ChartText.number`).
    var chartNumber: String { ChartText.number(self) }
}
