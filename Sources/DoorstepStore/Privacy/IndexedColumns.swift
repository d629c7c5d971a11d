import Foundation

/// Every column that holds a keyed hash of a sealed value (a blind index), with how the hash's input comes from the
/// opened value, so a database carried to another index key can have its hashes taken again. A migration that adds
/// one adds it here too.
struct IndexedColumn: Sendable {
    let column: String
    let sealed: SealedColumn
    /// The hash's input from the opened value; nil when the stored hash is no hash of it and stays as it is.
    let input: @Sendable (_ opened: String, _ stored: String) throws -> String?

    var table: String { sealed.table }

    static let all: [IndexedColumn] = [
        // An anonymised resident keeps a marker unique to the record in place of the hash (`ResidentCorrection`).
        IndexedColumn(column: "id_number_index", sealed: .residentIDNumber) { opened, stored in
            stored.hasPrefix("anonymised:") ? nil : opened
        },
        IndexedColumn(column: "phone_index", sealed: .residentPhone) { opened, _ in opened },
        IndexedColumn(column: "phone_hash", sealed: .volunteerPhone) { opened, _ in opened },
        IndexedColumn(column: "phone_hash", sealed: .pickUpPhone) { opened, _ in opened },
        IndexedColumn(column: "child_hash", sealed: .childDetails) { opened, _ in
            try JSONDecoder().decode(AfterSchoolStore.SealedChild.self, from: Data(opened.utf8)).indexInput
        },
    ]
}
