import Crypto
import Foundation

/// The key file's text: one JSON object, so an operator can read which keys exist (never what they are).
extension KeyRing {
    struct FileContents: Codable {
        var current: String
        var keys: [String: String]
        var index: String
    }

    /// Reads the key file's contents.
    public init(fileContents data: Data) throws {
        let contents = try JSONDecoder().decode(FileContents.self, from: data)
        var keys: [String: [UInt8]] = [:]
        for (id, text) in contents.keys {
            guard let bytes = Data(base64Encoded: text) else { throw KeyRingError.malformed }
            keys[id] = Array(bytes)
        }
        guard let index = Data(base64Encoded: contents.index) else { throw KeyRingError.malformed }
        try self.init(currentID: contents.current, keys: keys, indexKey: Array(index))
    }

    /// The key file's contents for this ring.
    public var fileContents: Data {
        let encode = { (key: [UInt8]) in Data(key).base64EncodedString() }
        let contents = FileContents(current: currentID, keys: keys.mapValues(encode), index: encode(indexKey))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(contents)) ?? Data()
    }

    /// The next unused key id (`k2` after `k1`).
    public var nextKeyID: String {
        let numbers = keys.keys.compactMap { Int($0.dropFirst()) }
        return "k\((numbers.max() ?? 0) + 1)"
    }
}
