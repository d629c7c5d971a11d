import Foundation
import Testing

@testable import DoorstepCore

@Suite("Audit hash chain")
struct AuditChainTests {
    static let keys = try! KeyRing(currentID: "k1", keys: ["k1": KeyRing.newKey()], indexKey: KeyRing.newKey())

    func chain(_ count: Int, keys: KeyRing = Self.keys) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var previous = AuditChain.genesis
        for index in 1...count {
            let event = AuditEvent(
                actorID: "a\(index)", actorName: "user\(index)", action: .loginSucceeded, subject: "account:a\(index)",
                territoryCode: "320106005001", detail: ["n": String(index)])
            let entry = try! AuditChain.seal(
                event, sequence: index, at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)),
                previousHash: previous, keys: keys)
            entries.append(entry)
            previous = entry.hash
        }
        return entries
    }

    func verify(_ entries: [AuditEntry], head: (Int, String)? = nil, anchor: AuditAnchor? = nil) -> AuditVerification {
        var verifier = AuditChainVerifier(keys: Self.keys, anchor: anchor)
        for entry in entries where !verifier.check(entry) { break }
        let head = head ?? (entries.last?.sequence ?? 0, entries.last?.hash ?? AuditChain.genesis)
        return verifier.result(headSequence: head.0, headHash: head.1)
    }

    @Test("an untouched chain verifies, keyed")
    func intact() {
        let entries = chain(5)
        #expect(verify(entries) == .intact(rows: 5))
        #expect(verify([]) == .intact(rows: 0))
        #expect(entries.allSatisfy { $0.hash.hasPrefix("hmac:k1:") })
    }

    @Test("an edited field names its row")
    func edited() {
        var entries = chain(5)
        entries[2].actorName = "someone else"
        #expect(verify(entries) == .changed(sequence: 3))
    }

    @Test("an edited row hashed again without the key is named, whether rehashed plain or with another key")
    func editedAndRehashed() {
        var plain = chain(5)
        plain[1].detail = #"{"n":"forged"}"#
        plain[1].hash = AuditChain.legacyHash(of: plain[1])
        #expect(verify(plain) == .changed(sequence: 2))
        var forged = chain(5)
        forged[1].detail = #"{"n":"forged"}"#
        let mallory = try! KeyRing(currentID: "k1", keys: ["k1": KeyRing.newKey()], indexKey: KeyRing.newKey())
        forged[1].hash = try! AuditChain.keyedHash(of: forged[1], keys: mallory)
        #expect(verify(forged) == .changed(sequence: 2))
    }

    @Test("every row from an edited one on rehashed without the key is found at the edited row")
    func rechained() {
        var entries = chain(5)
        entries[2].actorName = "mallory"
        for index in 2..<5 {
            if index > 2 { entries[index].previousHash = entries[index - 1].hash }
            entries[index].hash = AuditChain.legacyHash(of: entries[index])
        }
        #expect(verify(entries) == .changed(sequence: 3))
    }

    @Test("a changed link names the row whose link it is, not its neighbour")
    func changedLink() {
        var entries = chain(5)
        entries[3].previousHash = String(repeating: "f", count: 64)
        #expect(verify(entries) == .changed(sequence: 4))
    }

    @Test("a removed row is named, in the middle or at the end; rows cut from the end and the head rewound are found by an anchor")
    func removed() {
        var entries = chain(5)
        entries.remove(at: 3)
        #expect(verify(entries) == .removed(sequence: 4))
        let full = chain(5)
        #expect(verify(Array(full.prefix(4)), head: (5, full[4].hash)) == .removed(sequence: 5))
        let rewound = Array(full.prefix(3))
        #expect(verify(rewound) == .intact(rows: 3), "without an anchor, a rewound head cannot be told from a shorter log")
        let anchor = AuditAnchor(sequence: 4, hash: full[3].hash)
        #expect(verify(rewound, anchor: anchor) == .removed(sequence: 4))
        #expect(verify(full, anchor: anchor) == .intact(rows: 5))
        #expect(verify(full, anchor: AuditAnchor(sequence: 4, hash: "hmac:k1:00")) == .changed(sequence: 4))
        #expect(AuditAnchor(anchor.description) == anchor)
    }

    @Test("rows from before the chain was keyed still verify, and none may follow a keyed row")
    func legacy() {
        var entries = chain(4)
        for index in 0..<2 {
            if index > 0 { entries[index].previousHash = entries[index - 1].hash }
            entries[index].hash = AuditChain.legacyHash(of: entries[index])
        }
        entries[2].previousHash = entries[1].hash
        entries[2].hash = try! AuditChain.keyedHash(of: entries[2], keys: Self.keys)
        entries[3].previousHash = entries[2].hash
        entries[3].hash = try! AuditChain.keyedHash(of: entries[3], keys: Self.keys)
        #expect(verify(entries) == .intact(rows: 4))
        var downgraded = entries
        downgraded[3].hash = AuditChain.legacyHash(of: downgraded[3])
        #expect(verify(downgraded) == .changed(sequence: 4))
    }

    @Test("a field cannot be moved into its neighbour to keep the same hash, separators and all")
    func separators() {
        var a = chain(1)[0]
        var b = a
        a.actorName = "ab"
        a.subject = "c"
        b.actorName = "a"
        b.subject = "bc"
        #expect(try! AuditChain.keyedHash(of: a, keys: Self.keys) != AuditChain.keyedHash(of: b, keys: Self.keys))
        // The old encoding doubled the separator, which a field ending in it could imitate; lengths cannot be.
        a.actorID = "a\u{1F}"
        a.actorName = "b"
        b.actorID = "a"
        b.actorName = "\u{1F}b"
        b.subject = a.subject
        #expect(AuditChain.legacyHash(of: a) == AuditChain.legacyHash(of: b), "the flaw the keyed encoding removes")
        #expect(try! AuditChain.keyedHash(of: a, keys: Self.keys) != AuditChain.keyedHash(of: b, keys: Self.keys))
    }

    @Test("the chain's key rotates with the data keys; old rows verify under the key they name")
    func rotation() throws {
        let rotated = try Self.keys.rotated(newID: "k2")
        var entries = chain(2)
        var verifier = AuditChainVerifier(keys: rotated)
        let third = try AuditChain.seal(
            AuditEvent(actorID: nil, actorName: "x", action: .logout, subject: "s", territoryCode: nil),
            sequence: 3, at: Date(timeIntervalSince1970: 1_800_000_100), previousHash: entries[1].hash, keys: rotated)
        entries.append(third)
        #expect(third.hash.hasPrefix("hmac:k2:"))
        for entry in entries where !verifier.check(entry) { break }
        #expect(verifier.result(headSequence: 3, headHash: third.hash) == .intact(rows: 3))
    }
}
