import Foundation
import Testing

@testable import DoorstepCore

@Suite("Audit hash chain")
struct AuditChainTests {
    func chain(_ count: Int) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var previous = AuditChain.genesis
        for index in 1...count {
            let event = AuditEvent(
                actorID: "a\(index)", actorName: "user\(index)", action: .loginSucceeded, subject: "account:a\(index)",
                territoryCode: "320106005001", detail: ["n": String(index)])
            let entry = AuditChain.seal(
                event, sequence: index, at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)),
                previousHash: previous)
            entries.append(entry)
            previous = entry.hash
        }
        return entries
    }

    func verify(_ entries: [AuditEntry], head: (Int, String)? = nil) -> AuditVerification {
        var verifier = AuditChainVerifier()
        for entry in entries where !verifier.check(entry) { break }
        let head = head ?? (entries.last?.sequence ?? 0, entries.last?.hash ?? AuditChain.genesis)
        return verifier.result(headSequence: head.0, headHash: head.1)
    }

    @Test("an untouched chain verifies")
    func intact() {
        #expect(verify(chain(5)) == .intact(rows: 5))
        #expect(verify([]) == .intact(rows: 0))
    }

    @Test("an edited field names its row")
    func edited() {
        var entries = chain(5)
        entries[2].actorName = "someone else"
        #expect(verify(entries) == .changed(sequence: 3))
    }

    @Test("an edited row with its hash recomputed is still found, by the next row's link")
    func editedAndRehashed() {
        var entries = chain(5)
        entries[1].detail = #"{"n":"forged"}"#
        entries[1].hash = AuditChain.hash(of: entries[1])
        #expect(verify(entries) == .changed(sequence: 2))
    }

    @Test("a removed row is named, in the middle or at the end")
    func removed() {
        var entries = chain(5)
        entries.remove(at: 3)
        #expect(verify(entries) == .removed(sequence: 4))
        let full = chain(5)
        #expect(verify(Array(full.prefix(4)), head: (5, full[4].hash)) == .removed(sequence: 5))
    }

    @Test("a field cannot be moved into its neighbour to keep the same hash")
    func separators() {
        var a = chain(1)[0]
        var b = a
        a.actorName = "ab"
        a.subject = "c"
        b.actorName = "a"
        b.subject = "bc"
        #expect(AuditChain.hash(of: a) != AuditChain.hash(of: b))
    }
}
