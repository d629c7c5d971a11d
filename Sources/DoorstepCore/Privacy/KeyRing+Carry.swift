import Crypto
import Foundation

/// Carrying sealed values from one key file's database into another's. Key ids are not names of keys: two key
/// files made apart both start at `k1` with different bytes, so what decides is whether the bytes are the same.
extension KeyRing {
    /// Whether this ring's key `id` has the same bytes as `other`'s key of that id.
    public func holdsSameKey(_ id: String, as other: KeyRing) -> Bool {
        guard let mine = keys[id], let theirs = other.keys[id] else { return false }
        return Self.sameBytes(mine, theirs)
    }

    /// Whether both rings find values by the same keyed hashes.
    public func sharesIndexKey(with other: KeyRing) -> Bool { Self.sameBytes(indexKey, other.indexKey) }

    /// `sealed` (sealed under `source`) as this ring opens it: unchanged when this ring holds the very key it was
    /// sealed under, else opened with `source` and sealed again under this ring's current key.
    public func resealed(_ sealed: String, context: String, from source: KeyRing) throws -> String {
        if let id = Self.keyID(of: sealed), holdsSameKey(id, as: source) { return sealed }
        return try seal(try source.open(sealed, context: context), context: context)
    }

    /// Compared without stopping at the first difference, so the time taken says nothing about the bytes.
    private static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
