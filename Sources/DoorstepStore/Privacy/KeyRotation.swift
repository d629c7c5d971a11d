import DoorstepCore
import Foundation
import SQLKit

/// Rotating the data key: a new key becomes current, then every sealed value is sealed again under it, a batch
/// per transaction, so readers are never blocked for long. Values are re-read inside each transaction, so a value
/// changed meanwhile is not overwritten with an old one.
public struct KeyRotation: Sendable {
    let database: Database
    let keys: KeySource

    /// The id of the key new values are sealed under.
    public var currentKeyID: String { keys.current.currentID }

    /// Rotates to a new key and re-seals everything; returns how many values were sealed again.
    public func rotate(batchSize: Int = 500) async throws -> Int {
        let old = keys.current
        try keys.replace(with: try old.rotated(newID: old.nextKeyID))
        var total = 0
        for column in SealedColumn.all {
            var after = ""
            while true {
                let cursor = after
                let keys = self.keys
                let done: (count: Int, last: String?) = try await database.write { sql in
                    let rows = try await sql.raw(
                        """
                        SELECT \(unsafeRaw: column.idColumn) AS id, \(unsafeRaw: column.column) AS sealed
                        FROM \(unsafeRaw: column.table)
                        WHERE \(unsafeRaw: column.column) IS NOT NULL AND \(unsafeRaw: column.idColumn) > \(bind: cursor)
                        ORDER BY \(unsafeRaw: column.idColumn) LIMIT \(bind: batchSize)
                        """
                    ).all()
                    var count = 0
                    for row in rows {
                        let id = try row.string("id")
                        let sealed = try row.string("sealed")
                        guard KeyRing.keyID(of: sealed) != keys.current.currentID else { continue }
                        let resealed = try keys.seal(try keys.open(sealed, context: column.context), context: column.context)
                        try await sql.raw(
                            """
                            UPDATE \(unsafeRaw: column.table) SET \(unsafeRaw: column.column) = \(bind: resealed)
                            WHERE \(unsafeRaw: column.idColumn) = \(bind: id)
                            """
                        ).run()
                        count += 1
                    }
                    return (count, rows.count < batchSize ? nil : try rows.last?.string("id"))
                }
                total += done.count
                guard let last = done.last else { break }
                after = last
            }
        }
        return total
    }
}
