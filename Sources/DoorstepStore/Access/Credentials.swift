import DoorstepCore
import Foundation
import SQLKit

/// What lets an account in without its password: browser sessions and API tokens. Both end together whenever
/// the terms they were granted under change — a password changed or reset, the second factor reset, a role or
/// scope changed, the account disabled — so a stolen credential dies with the change meant to stop it.
enum Credentials {
    /// Ends every session of the account but `keptSession` (the one making its own password change) and revokes
    /// every live token, inside the caller's transaction.
    static func end(
        of accountID: String, keepingSession keptSession: String? = nil, at now: Date, in sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            DELETE FROM sessions WHERE account_id = \(bind: accountID)
            AND id_hash <> \(bind: keptSession.map(Secrets.fingerprint) ?? "")
            """
        ).run()
        try await sql.raw(
            """
            UPDATE api_tokens SET revoked_at = \(bind: Timestamp.format(now))
            WHERE account_id = \(bind: accountID) AND revoked_at IS NULL
            """
        ).run()
    }
}
