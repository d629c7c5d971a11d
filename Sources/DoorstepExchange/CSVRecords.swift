import Foundation

/// The records of a CSV text read one at a time, from its UTF-8 bytes: an import of a million rows holds the file (a
/// file mapped, not copied) and the record in hand, never a table of every cell. The rules are `CSV.parse`'s (it
/// reads through this).
public struct CSVRecords: Sequence, Sendable {
    let bytes: Data

    /// `bytes` must be UTF-8: a field that is not decodes with replacement characters.
    public init(utf8 bytes: Data) {
        self.bytes = bytes
    }

    public func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    /// How many records there are, counting line ends outside quotes — cheap enough to size a progress bar.
    public var count: Int {
        bytes.withUnsafeBytes { bytes in
            var records = 0
            var quoted = false
            var lineHasText = false
            for byte in bytes {
                switch byte {
                case quote: quoted.toggle()
                case newline where !quoted:
                    records += 1
                    lineHasText = false
                default: lineHasText = true
                }
            }
            return records + (lineHasText ? 1 : 0)
        }
    }

    public struct Iterator: IteratorProtocol {
        let data: Data
        var position = 0

        init(bytes: Data) {
            data = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }

        /// The next record; a blank line is an empty record, so that record *n* is the row Excel numbers *n*.
        public mutating func next() -> [String]? {
            data.withUnsafeBytes { bytes in next(in: bytes.bindMemory(to: UInt8.self)) }
        }

        private mutating func next(in bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
            guard position < bytes.count else { return nil }
            var record: [String] = []
            var field: [UInt8] = []
            var quoted = false
            func endField() {
                var text = String(decoding: field, as: UTF8.self)
                if text.hasPrefix("'"), CSV.needsGuard(text) { text.removeFirst() }
                record.append(text)
                field.removeAll(keepingCapacity: true)
            }
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if quoted {
                    if byte == quote {
                        if position < bytes.count, bytes[position] == quote {
                            field.append(quote)
                            position += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case quote where field.isEmpty: quoted = true
                case comma: endField()
                case carriageReturn:
                    if position < bytes.count, bytes[position] == newline { position += 1 }
                    endField()
                    return Self.finished(record)
                case newline:
                    endField()
                    return Self.finished(record)
                default: field.append(byte)
                }
            }
            endField()
            return Self.finished(record)
        }

        private static func finished(_ record: [String]) -> [String] {
            record.count == 1 && record[0].isEmpty ? [] : record
        }
    }
}

private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let carriageReturn = UInt8(ascii: "\r")
private let newline = UInt8(ascii: "\n")
