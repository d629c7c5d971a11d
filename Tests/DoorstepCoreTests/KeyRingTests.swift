import Foundation
import Testing

@testable import DoorstepCore

@Suite("Key ring")
struct KeyRingTests {
    @Test("seals and opens; the sealed text carries the key id and not the value")
    func roundTrip() throws {
        let ring = KeyRing.generate()
        let sealed = try ring.seal("110105194912310123", context: "residents.id_number")
        #expect(sealed.hasPrefix("v1:k1:"))
        #expect(!sealed.contains("110105"))
        #expect(try ring.open(sealed, context: "residents.id_number") == "110105194912310123")
        #expect(try ring.seal("x", context: "c") != ring.seal("x", context: "c"), "a fresh nonce every time")
    }

    @Test("a value does not open in another column, altered, or without its key")
    func refusals() throws {
        let ring = KeyRing.generate()
        let sealed = try ring.seal("13800138000", context: "residents.phone")
        #expect(throws: (any Error).self) { try ring.open(sealed, context: "residents.id_number") }
        var tampered = Array(sealed)
        tampered[tampered.count - 3] = tampered[tampered.count - 3] == "A" ? "B" : "A"
        #expect(throws: (any Error).self) { try ring.open(String(tampered), context: "residents.phone") }
        #expect(throws: KeyRingError.missingKey("k1")) { try KeyRing.generate(id: "k9").open(sealed, context: "residents.phone") }
    }

    @Test("after a rotation old values still open and new ones use the new key; the index does not change")
    func rotation() throws {
        let ring = KeyRing.generate()
        let old = try ring.seal("a", context: "t.c")
        let rotated = try ring.rotated(newID: ring.nextKeyID)
        #expect(rotated.currentID == "k2")
        #expect(try rotated.open(old, context: "t.c") == "a")
        #expect(KeyRing.keyID(of: try rotated.seal("a", context: "t.c")) == "k2")
        #expect(rotated.blindIndex("a", context: "t.c") == ring.blindIndex("a", context: "t.c"))
        #expect(ring.blindIndex("a", context: "t.c") != ring.blindIndex("a", context: "t.d"))
        let reread = try KeyRing(fileContents: rotated.fileContents)
        #expect(try reread.open(old, context: "t.c") == "a")
        #expect(reread.keyIDs == ["k1", "k2"])
    }

    @Test("carried to another key file: same id, other bytes is sealed again; the very same key keeps the value as it is")
    func carried() throws {
        let street = KeyRing.generate(), district = KeyRing.generate()
        let sealed = try street.seal("110105194912310021", context: "residents.id_number_sealed")
        #expect(!district.holdsSameKey("k1", as: street) && !district.sharesIndexKey(with: street))
        let moved = try district.resealed(sealed, context: "residents.id_number_sealed", from: street)
        #expect(moved != sealed)
        #expect(try district.open(moved, context: "residents.id_number_sealed") == "110105194912310021")
        #expect(throws: (any Error).self) { try district.open(sealed, context: "residents.id_number_sealed") }
        let rotated = try street.rotated(newID: "k2")
        #expect(rotated.holdsSameKey("k1", as: street) && rotated.sharesIndexKey(with: street))
        #expect(try rotated.resealed(sealed, context: "residents.id_number_sealed", from: street) == sealed)
    }
}
