/// A forward-only reader of the XML inside an XLSX file: start tags with their attributes, end tags and text.
/// Spreadsheet parts are large (a 100,000-row sheet holds a million cells) and simple (no DTDs, no mixed content
/// that matters), so this reads UTF-8 bytes directly instead of building a document. Namespace prefixes are
/// dropped from names, because writers differ in the prefixes they use for the same elements.
struct XMLScanner {
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], empty: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() throws(XLSXError) -> Token? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(try Self.decode(bytes[start..<position]))
            }
            if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                position += 9
                let start = position
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            } else if starts(with: "<!") {
                try skip(past: ">")
            } else if starts(with: "</") {
                position += 2
                let name = readName()
                try skip(past: ">")
                return .end(name: name)
            } else {
                position += 1
                return try readStartTag()
            }
        }
        return nil
    }

    /// The text up to the end tag of the element just started, with nested elements' text joined; `skipping`
    /// names elements whose text does not count (the phonetic guides Excel adds to Chinese text).
    mutating func text(until endName: String, skipping: Set<String> = []) throws(XLSXError) -> String {
        var result = ""
        var depth = 0
        var skippedDepth: Int?
        while let token = try next() {
            switch token {
            case .start(let name, _, let empty):
                if empty { continue }
                depth += 1
                if skippedDepth == nil, skipping.contains(name) { skippedDepth = depth }
            case .end(let name):
                if depth == 0 {
                    guard name == endName else { throw .malformed("</\(name)>") }
                    return result
                }
                if skippedDepth == depth { skippedDepth = nil }
                depth -= 1
            case .text(let text):
                if skippedDepth == nil { result += text }
            }
        }
        throw .malformed("<\(endName)>")
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    private mutating func skip(past terminator: StaticString) throws(XLSXError) {
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw .malformed("unterminated markup")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "="))
    }

    /// A name without its namespace prefix.
    private mutating func readName() -> String {
        var local = position
        while position < bytes.count, Self.isNameByte(bytes[position]) {
            if bytes[position] == UInt8(ascii: ":") { local = position + 1 }
            position += 1
        }
        return String(decoding: bytes[local..<position], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.count,
            bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
                || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
        {
            position += 1
        }
    }

    private mutating func readStartTag() throws(XLSXError) -> Token {
        let name = readName()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw .malformed("<\(name)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return .start(name: name, attributes: attributes, empty: false)
            }
            if starts(with: "/>") {
                position += 2
                return .start(name: name, attributes: attributes, empty: true)
            }
            let attribute = readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw .malformed("<\(name) \(attribute)") }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw .malformed("<\(name) \(attribute)")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw .malformed("<\(name) \(attribute)") }
            attributes[attribute] = try Self.decode(bytes[start..<position])
            position += 1
        }
    }

    /// Text with the five named entities and numeric character references replaced.
    static func decode(_ slice: ArraySlice<UInt8>) throws(XLSXError) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 10 else {
                throw .malformed("&")
            }
            let entity = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { throw .malformed("&\(entity);") }
            output.append(contentsOf: Array(String(scalar).utf8))
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
