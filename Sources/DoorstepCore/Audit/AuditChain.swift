import Crypto
import Foundation

/// The chain that makes the audit log tamper-evident: each row's hash covers its own fields and the hash of the
/// row before it, so a row changed or removed directly in the database breaks the chain at that row. Rows are keyed
/// (`hmac:<key id>:<hex>`, an HMAC under a key derived from the key file's data key), so whoever can write to the
/// database but does not hold the key file cannot rewrite a row and hash the chain again. Rows written before the
/// chain was keyed keep their plain SHA-256 (`legacyHash`); the first keyed row seals their head.
public enum AuditChain {
    /// The `previousHash` of the first row.
    public static let genesis = String(repeating: "0", count: 64)
    static let keyedPrefix = "hmac:"

    /// Places `event` after the row with `previousHash` at `sequence`, keyed with the ring's current key.
    public static func seal(
        _ event: AuditEvent, sequence: Int, at: Date, previousHash: String, keys: KeyRing
    ) throws -> AuditEntry {
        var entry = AuditEntry(
            sequence: sequence, recordedAt: Timestamp.format(at), actorID: event.actorID, actorName: event.actorName,
            actionName: event.action.rawValue,
            subject: event.subject, territoryCode: event.territoryCode, detail: event.detailJSON,
            reason: event.reason, clientAddress: event.clientAddress, previousHash: previousHash, hash: "")
        entry.hash = try keyedHash(of: entry, keys: keys)
        return entry
    }

    /// The keyed hash of every field but `hash`, each field prefixed by its length in bytes, so no two different
    /// rows encode alike whatever their fields hold.
    public static func keyedHash(of entry: AuditEntry, keys: KeyRing, keyID: String? = nil) throws -> String {
        var message = Data()
        for field in fields(of: entry) {
            let bytes = Data(field.utf8)
            message.append(Data("\(bytes.count):".utf8))
            message.append(bytes)
        }
        let (id, mac) = try keys.chainMAC(message, keyID: keyID)
        return "\(keyedPrefix)\(id):\(mac)"
    }

    /// The plain SHA-256 of rows written before the chain was keyed, reproduced exactly as they were hashed.
    public static func legacyHash(of entry: AuditEntry) -> String {
        let joined = fields(of: entry).map { $0.replacingOccurrences(of: "\u{1F}", with: "\u{1F}\u{1F}") }
            .joined(separator: "\u{1F}")
        return Hex.string(SHA256.hash(data: Data(joined.utf8)))
    }

    public static func isKeyed(_ entry: AuditEntry) -> Bool { entry.hash.hasPrefix(keyedPrefix) }

    /// Whether the row's hash is the one its fields give: under the key it names, or by plain SHA-256 for a row
    /// from before the chain was keyed. A row naming a key the ring does not hold does not hold.
    public static func holds(_ entry: AuditEntry, keys: KeyRing) -> Bool {
        guard isKeyed(entry) else { return legacyHash(of: entry) == entry.hash }
        let parts = entry.hash.dropFirst(keyedPrefix.count).split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return false }
        return (try? keyedHash(of: entry, keys: keys, keyID: String(parts[0]))) == entry.hash
    }

    private static func fields(of entry: AuditEntry) -> [String] {
        [
            String(entry.sequence), entry.recordedAt, entry.actorID ?? "", entry.actorName,
            entry.actionName, entry.subject, entry.territoryCode ?? "", entry.detail, entry.reason ?? "",
            entry.clientAddress ?? "", entry.previousHash,
        ]
    }
}

/// A row's place and hash kept outside the database (`doorstep audit anchor`), as `SEQUENCE:HASH`: the rows up to
/// it can then be neither removed nor rewritten, even by someone holding the key file and the database.
public struct AuditAnchor: Sendable, Equatable {
    public var sequence: Int
    public var hash: String

    public init(sequence: Int, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let sequence = Int(parts[0]), sequence > 0, !parts[1].isEmpty else { return nil }
        self.init(sequence: sequence, hash: String(parts[1]))
    }

    public var description: String { "\(sequence):\(hash)" }
}

/// What a verification of the chain found.
public enum AuditVerification: Sendable, Equatable {
    /// Every row is intact; `rows` were checked.
    case intact(rows: Int)
    /// The row at `sequence` no longer matches its hash: it was edited.
    case changed(sequence: Int)
    /// The row at `sequence` is missing: it was removed.
    case removed(sequence: Int)

    public var isIntact: Bool {
        if case .intact = self { true } else { false }
    }
}

/// Walks the chain row by row, so a log of any length is checked in pages without holding it in memory.
public struct AuditChainVerifier: Sendable {
    private let keys: KeyRing
    private let anchor: AuditAnchor?
    private var expectedSequence = 1
    private var previousHash = AuditChain.genesis
    private var previousEntry: AuditEntry?
    private var keyedSince: Int?
    public private(set) var finding: AuditVerification?

    public init(keys: KeyRing, anchor: AuditAnchor? = nil) {
        self.keys = keys
        self.anchor = anchor
    }

    /// Checks the next row; returns false once a break has been found.
    public mutating func check(_ entry: AuditEntry) -> Bool {
        guard finding == nil else { return false }
        if entry.sequence != expectedSequence {
            finding = .removed(sequence: expectedSequence)
            return false
        }
        // The row's own hash first: a row whose link (or any field) was edited is named itself.
        if !AuditChain.holds(entry, keys: keys) || (keyedSince != nil && !AuditChain.isKeyed(entry)) {
            finding = .changed(sequence: entry.sequence)
            return false
        }
        if entry.previousHash != previousHash {
            // The row holds, so its link is as written: the row before was changed and its hash rewritten.
            finding = .changed(sequence: previousEntry?.sequence ?? entry.sequence)
            return false
        }
        if let anchor, anchor.sequence == entry.sequence, anchor.hash != entry.hash {
            finding = .changed(sequence: entry.sequence)
            return false
        }
        if AuditChain.isKeyed(entry), keyedSince == nil { keyedSince = entry.sequence }
        previousHash = entry.hash
        previousEntry = entry
        expectedSequence += 1
        return true
    }

    /// The result once every row has been checked, with the head the store recorded: rows removed from the end
    /// leave the head pointing past the last row, or the anchor past it.
    public func result(headSequence: Int, headHash: String) -> AuditVerification {
        if let finding { return finding }
        let last = expectedSequence - 1
        if headSequence > last { return .removed(sequence: last + 1) }
        if let anchor, anchor.sequence > last { return .removed(sequence: last + 1) }
        if headSequence == last, headHash != previousHash { return .changed(sequence: last) }
        return .intact(rows: last)
    }
}

extension AuditChain {
    /// `entry`, from another database's chain, placed in this chain at `sequence` after `previousHash` and keyed
    /// with the ring's current key; everything it records stays as it was.
    public static func carried(_ entry: AuditEntry, sequence: Int, previousHash: String, keys: KeyRing) throws -> AuditEntry {
        var carried = entry
        carried.sequence = sequence
        carried.previousHash = previousHash
        carried.hash = try keyedHash(of: carried, keys: keys)
        return carried
    }
}
