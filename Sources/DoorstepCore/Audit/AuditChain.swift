import Crypto
import Foundation

/// The hash chain that makes the audit log tamper-evident: each row's hash covers its own fields and the hash of
/// the row before it, so a row changed or removed directly in the database breaks the chain at that row.
public enum AuditChain {
    /// The `previousHash` of the first row.
    public static let genesis = String(repeating: "0", count: 64)

    /// Places `event` after the row with `previousHash` at `sequence`.
    public static func seal(_ event: AuditEvent, sequence: Int, at: Date, previousHash: String) -> AuditEntry {
        var entry = AuditEntry(
            sequence: sequence, recordedAt: Timestamp.format(at), actorID: event.actorID, actorName: event.actorName,
            actionName: event.action.rawValue,
            subject: event.subject, territoryCode: event.territoryCode, detail: event.detailJSON,
            reason: event.reason, clientAddress: event.clientAddress, previousHash: previousHash, hash: "")
        entry.hash = hash(of: entry)
        return entry
    }

    /// The hash of every field but `hash` itself. Fields are joined with the unit separator, which no field
    /// may contain unescaped, so two different rows cannot join to the same text.
    public static func hash(of entry: AuditEntry) -> String {
        let fields: [String] = [
            String(entry.sequence), entry.recordedAt, entry.actorID ?? "", entry.actorName,
            entry.actionName, entry.subject, entry.territoryCode ?? "", entry.detail, entry.reason ?? "",
            entry.clientAddress ?? "", entry.previousHash,
        ].map { $0.replacingOccurrences(of: "\u{1F}", with: "\u{1F}\u{1F}") }
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
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
    private var expectedSequence = 1
    private var previousHash = AuditChain.genesis
    private var previousEntry: AuditEntry?
    public private(set) var finding: AuditVerification?

    public init() {}

    /// Checks the next row; returns false once a break has been found.
    public mutating func check(_ entry: AuditEntry) -> Bool {
        guard finding == nil else { return false }
        if entry.sequence != expectedSequence {
            finding = .removed(sequence: expectedSequence)
            return false
        }
        if entry.previousHash != previousHash {
            // The link is broken: either the row before was edited and its hash rewritten to match, or this row's
            // link itself was edited. Both point at the earliest row that no longer agrees with the chain.
            finding = .changed(sequence: previousEntry?.sequence ?? entry.sequence)
            return false
        }
        if AuditChain.hash(of: entry) != entry.hash {
            finding = .changed(sequence: entry.sequence)
            return false
        }
        previousHash = entry.hash
        previousEntry = entry
        expectedSequence += 1
        return true
    }

    /// The result once every row has been checked, with the head the store recorded: rows removed from the end
    /// leave the head pointing past the last row.
    public func result(headSequence: Int, headHash: String) -> AuditVerification {
        if let finding { return finding }
        let last = expectedSequence - 1
        if headSequence > last { return .removed(sequence: last + 1) }
        if headSequence == last, headHash != previousHash { return .changed(sequence: last) }
        return .intact(rows: last)
    }
}
