import DoorstepCore
import Foundation

/// Where the store gets its keys: the key file named by `DOORSTEP_KEY_FILE`, created with mode 0600 on first
/// start, or a ring held in memory (tests). When a value sealed under a key it does not know turns up — another
/// instance has rotated — it reads the file again, so readers keep working through a rotation.
public final class KeySource: Sendable {
    public let path: String?
    private let ring: LockedBox<KeyRing>

    /// Keys held only in memory.
    public init(ring: KeyRing) {
        self.path = nil
        self.ring = LockedBox(ring)
    }

    /// Reads the key file at `path`, creating it with a new key and index key when it does not exist.
    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            self.ring = LockedBox(try KeyRing(fileContents: try Data(contentsOf: URL(fileURLWithPath: path))))
        } else {
            let ring = KeyRing.generate()
            try Self.write(ring, to: path, creating: true)
            self.ring = LockedBox(ring)
        }
    }

    public var current: KeyRing { ring.value }

    /// Opens a sealed value, reading the key file again once if the value names a key this instance lacks.
    func open(_ sealed: String, context: String) throws -> String {
        do {
            return try current.open(sealed, context: context)
        } catch KeyRingError.missingKey(let id) {
            guard reloadFromFile(), current.keyIDs.contains(id) else { throw KeyRingError.missingKey(id) }
            return try current.open(sealed, context: context)
        }
    }

    /// Reads the key file again and takes its ring when it holds other keys than this instance's (another
    /// instance rotated); whether it did.
    @discardableResult
    func reloadFromFile() -> Bool {
        guard let path, let fresh = try? KeyRing(fileContents: Data(contentsOf: URL(fileURLWithPath: path))),
            fresh.keyIDs != current.keyIDs
        else { return false }
        ring.set(fresh)
        return true
    }

    func seal(_ plaintext: String, context: String) throws -> String {
        try current.seal(plaintext, context: context)
    }

    func blindIndex(_ normalized: String, context: String) -> String {
        current.blindIndex(normalized, context: context)
    }

    /// Makes `ring` current, writing it to the key file first (atomically, mode 0600) so that every instance can
    /// read values sealed under the new key before any exist.
    func replace(with ring: KeyRing) throws {
        if let path { try Self.write(ring, to: path, creating: false) }
        self.ring.set(ring)
    }

    private static func write(_ ring: KeyRing, to path: String, creating: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
        guard FileManager.default.createFile(
            atPath: temporary.path, contents: ring.fileContents, attributes: [.posixPermissions: 0o600])
        else { throw KeyRingError.malformed }
        if creating, FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(at: temporary)
            throw KeyRingError.duplicateKey(path)
        }
        // rename(2) replaces the file in one step: a reader sees the old ring or the new, never half of one.
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw KeyRingError.malformed
        }
    }
}

/// A value behind a lock, for state shared by concurrent requests.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { self.stored = value }

    var value: Value { lock.withLock { stored } }

    func set(_ value: Value) { lock.withLock { stored = value } }
}
