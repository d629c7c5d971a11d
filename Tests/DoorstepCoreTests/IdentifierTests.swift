import DoorstepCore
import Foundation
import Testing

@Suite("Record identifiers")
struct IdentifierTests {
    @Test("an id is a version 7 UUID in lower case; ids made later sort after, ids made together differ")
    func timeOrdered() {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let ids = (0..<1_000).map { Secrets.identifier(at: start.addingTimeInterval(Double($0) / 500)) }
        for id in ids {
            #expect(UUID(uuidString: id) != nil && id == id.lowercased())
            #expect(Array(id)[14] == "7" && "89ab".contains(Array(id)[19]), "\(id)")
        }
        // Two ids a millisecond or more apart are in the order they were made.
        let apart = stride(from: 0, to: ids.count, by: 2).map { ids[$0] }
        #expect(apart == apart.sorted())
        #expect(Set((0..<1_000).map { _ in Secrets.identifier(at: start) }).count == 1_000)
        #expect(Secrets.identifier(at: start).hasPrefix("01a229f1-2800-7"))
    }
}
