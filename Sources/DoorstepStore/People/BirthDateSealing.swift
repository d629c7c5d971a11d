import DoorstepCore
import SQLKit

extension ResidentStore {
    /// Seals the birth dates a database still holds in clear from before migration 21, a batch per transaction,
    /// and clears them; returns how many. Runs after every migration pass, so it costs one empty query once done.
    @discardableResult
    public func sealBirthDatesLeftInClear(batchSize: Int = 500) async throws -> Int {
        var total = 0
        while true {
            let keys = self.keys
            let sealed = try await database.write { sql in
                let rows = try await sql.raw(
                    "SELECT id, birth_date FROM residents WHERE birth_date IS NOT NULL ORDER BY id LIMIT \(bind: batchSize)"
                ).all()
                for row in rows {
                    let date = try keys.seal(try row.string("birth_date"), context: SealedColumn.residentBirthDate.context)
                    try await sql.raw(
                        "UPDATE residents SET birth_date_sealed = \(bind: date), birth_date = NULL WHERE id = \(bind: try row.string("id"))"
                    ).run()
                }
                return rows.count
            }
            total += sealed
            if sealed < batchSize { return total }
        }
    }
}
