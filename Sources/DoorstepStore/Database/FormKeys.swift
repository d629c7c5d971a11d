import DoorstepCore
import Foundation
import SQLKit

/// The key a create carries (a form's hidden `formKey`, the API's `Idempotency-Key`), kept with the record it made in
/// the same transaction: sent again — a double tap, a resend, a phone's queued form after the signal returns — it
/// names the first record instead of making a second.
enum FormKeys {
    /// Refuses a key that cannot be kept, before anything is written.
    static func check(_ key: String?, field: String) throws(ValidationFailure) {
        if let key, key.isEmpty || key.count > 200 { throw ValidationFailure([FieldError(field, .tooLong(maximum: 200))]) }
    }

    /// The record an earlier create with this key made, if any.
    static func earlier(_ kind: String, owner: String, key: String?, in sql: any SQLDatabase) async throws -> String? {
        guard let key else { return nil }
        return try await sql.raw(
            "SELECT record_id FROM form_keys WHERE owner = \(bind: owner) AND key = \(bind: key) AND kind = \(bind: kind)"
        ).first()?.string("record_id")
    }

    /// Keeps the key with the record it made; a second create racing with the same key fails on the primary key.
    static func keep(_ kind: String, owner: String, key: String?, record: String, at now: Date, in sql: any SQLDatabase) async throws {
        guard let key else { return }
        try await sql.raw(
            """
            INSERT INTO form_keys (owner, key, kind, record_id, created_at)
            VALUES (\(bind: owner), \(bind: key), \(bind: kind), \(bind: record), \(bind: Timestamp.format(now)))
            """
        ).run()
    }
}
