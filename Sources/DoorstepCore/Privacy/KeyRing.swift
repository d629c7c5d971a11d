import Crypto
import Foundation

/// The keys that protect personal data at rest. Values are sealed with AES-GCM under the current key and carry
/// that key's id, so older values stay readable after a rotation until they are sealed again. Exact-match search
/// uses a keyed hash (HMAC-SHA256) under a separate index key that does not rotate, so a search never decrypts.
public struct KeyRing: Sendable {
    public let currentID: String
    // Raw bytes rather than SymmetricKey, which is not Sendable; a key object is made for each use.
    let keys: [String: [UInt8]]
    let indexKey: [UInt8]

    /// The prefix of every sealed value: the format version.
    static let format = "v1"

    public init(currentID: String, keys: [String: [UInt8]], indexKey: [UInt8]) throws(KeyRingError) {
        guard keys[currentID] != nil else { throw .missingKey(currentID) }
        guard keys.values.allSatisfy({ $0.count == 32 }), indexKey.count == 32 else { throw .malformed }
        self.currentID = currentID
        self.keys = keys
        self.indexKey = indexKey
    }

    /// 256 random bits.
    public static func newKey() -> [UInt8] { Secrets.randomBytes(32) }

    /// The ids of every key held.
    public var keyIDs: [String] { keys.keys.sorted() }

    /// Seals `plaintext` for the column named by `context` (e.g. `accounts.totp_secret`). The context is bound into
    /// the seal, so a value copied into another column does not open there.
    public func seal(_ plaintext: String, context: String) throws -> String {
        let box = try AES.GCM.seal(
            Data(plaintext.utf8), using: SymmetricKey(data: keys[currentID]!), authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw KeyRingError.malformed }
        return "\(Self.format):\(currentID):\(combined.base64EncodedString())"
    }

    /// Opens a sealed value; fails when the value was altered, sealed for another column, or under a key not held.
    public func open(_ sealed: String, context: String) throws -> String {
        let parts = sealed.split(separator: ":", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == Self.format, let data = Data(base64Encoded: parts[2]) else {
            throw KeyRingError.malformed
        }
        guard let key = keys[parts[1]] else { throw KeyRingError.missingKey(parts[1]) }
        let box = try AES.GCM.SealedBox(combined: data)
        let plaintext = try AES.GCM.open(box, using: SymmetricKey(data: key), authenticating: Data(context.utf8))
        return String(decoding: plaintext, as: UTF8.self)
    }

    /// The audit chain's MAC of `message` under key `keyID` (the current key when nil): HMAC-SHA256 with a key
    /// derived from that data key for this use alone, so the chain rotates with the keys and a MAC says nothing
    /// about a data key.
    public func chainMAC(_ message: Data, keyID: String? = nil) throws(KeyRingError) -> (keyID: String, mac: String) {
        let id = keyID ?? currentID
        guard let key = keys[id] else { throw .missingKey(id) }
        let derived = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: key), info: Data("doorstep audit chain".utf8), outputByteCount: 32)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: derived)
        return (id, Hex.string(mac))
    }

    /// The id of the key a sealed value was sealed under.
    public static func keyID(of sealed: String) -> String? {
        let parts = sealed.split(separator: ":", maxSplits: 2)
        return parts.count == 3 ? String(parts[1]) : nil
    }

    /// The keyed hash used to find a value exactly: the same input always gives the same hash, and without the
    /// index key the hash says nothing about the input.
    public func blindIndex(_ normalized: String, context: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(context)\u{1F}\(normalized)".utf8), using: SymmetricKey(data: indexKey))
        return Hex.string(mac)
    }

    /// A ring with the same keys and index key, plus a new current key.
    public func rotated(newID: String, newKey: [UInt8] = KeyRing.newKey()) throws(KeyRingError) -> KeyRing {
        guard keys[newID] == nil else { throw .duplicateKey(newID) }
        var keys = self.keys
        keys[newID] = newKey
        return try KeyRing(currentID: newID, keys: keys, indexKey: indexKey)
    }

    /// A ring with one new key and a new index key, for a first start.
    public static func generate(id: String = "k1") -> KeyRing {
        try! KeyRing(currentID: id, keys: [id: newKey()], indexKey: newKey())
    }
}

public enum KeyRingError: Error, Equatable, CustomStringConvertible {
    case missingKey(String)
    case duplicateKey(String)
    case malformed

    public var description: String {
        switch self {
        case .missingKey(let id): "no key with id \(id) in the key file"
        case .duplicateKey(let id): "a key with id \(id) already exists"
        case .malformed: "the sealed value or key file is malformed"
        }
    }
}
