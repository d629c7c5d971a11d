import DoorstepCore
import Foundation
import SQLKit

/// A page form sent once, whatever it makes: the first send with a key claims it, and the page it led to is kept
/// with the key, so a second send (a double tap, a resend, a form kept on a phone) goes to that page instead of
/// making the record again. Stores that must also be safe over the API (cases, visits) keep their own key in the
/// transaction that writes the record (`FormKeys`); this guards every other form of the pages.
public struct FormSubmissions: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    public enum Claim: Sendable, Equatable {
        /// The key is this send's: go on, then say where it led or release it.
        case claimed
        /// An earlier send with the key led here.
        case done(location: String)
        /// An earlier send with the key is still being handled.
        case busy
    }

    /// A claim left by a send that never finished (the server stopped mid-way) is taken over after this long.
    static let abandonedAfter: TimeInterval = 120
    /// How long a finished page form's key is kept.
    static let keptFor: TimeInterval = 30 * 24 * 3600

    public func claim(account: String, key: String) async throws -> Claim {
        let owner = Self.owner(account), now = clock()
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    DELETE FROM form_keys WHERE owner = \(bind: owner) AND key = \(bind: key) AND kind = 'page' AND record_id = ''
                        AND created_at < \(bind: Timestamp.format(now.addingTimeInterval(-Self.abandonedAfter)))
                    """
                ).run()
                // A page form is sent again within minutes, a phone's within days: older keys of the account go.
                try await sql.raw(
                    """
                    DELETE FROM form_keys WHERE owner = \(bind: owner) AND kind = 'page'
                        AND created_at < \(bind: Timestamp.format(now.addingTimeInterval(-Self.keptFor)))
                    """
                ).run()
                try await FormKeys.keep("page", owner: owner, key: key, record: "", at: now, in: sql)
            }
            return .claimed
        } catch where isUniqueViolation(error) {
            let location = try await database.read { sql in
                try await sql.raw("SELECT record_id FROM form_keys WHERE owner = \(bind: owner) AND key = \(bind: key)").first()?
                    .string("record_id")
            }
            guard let location, !location.isEmpty else { return .busy }
            return .done(location: location)
        }
    }

    /// Where the claimed send led: later sends with the key go there.
    public func complete(account: String, key: String, location: String) async throws {
        try await database.write { sql in
            try await sql.raw(
                "UPDATE form_keys SET record_id = \(bind: location) WHERE owner = \(bind: Self.owner(account)) AND key = \(bind: key)"
            ).run()
        }
    }

    /// The claimed send made nothing (a refused field, an error): the same form, corrected, may be sent again.
    public func release(account: String, key: String) async throws {
        try await database.write { sql in
            try await sql.raw(
                "DELETE FROM form_keys WHERE owner = \(bind: Self.owner(account)) AND key = \(bind: key) AND kind = 'page'"
            ).run()
        }
    }

    /// Apart from the keys the stores keep for the records themselves.
    static func owner(_ account: String) -> String { "page:" + account }
}
