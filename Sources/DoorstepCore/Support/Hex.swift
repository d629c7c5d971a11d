/// Bytes as lower-case hexadecimal, two characters a byte: how digests, keyed hashes and MACs are stored.
/// Written out by hand because `String(format:)` per byte cost an import of a million rows a sixth of its time.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var characters: [UInt8] = []
        characters.reserveCapacity(64)
        for byte in bytes {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
