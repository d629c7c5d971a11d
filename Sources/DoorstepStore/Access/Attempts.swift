import DoorstepCore
import Foundation
import SQLKit

/// Counted tries (migration 22), in the database so that every server of a deployment counts the same ones.
enum Attempts {
    enum Kind: String {
        case signInUsername
        case signInAddress
        case publicPost
    }

    /// The key an address is counted under. Requests whose address is unknown (behind a proxy that does not pass
    /// it, or in tests) share one count, which slows them together rather than not at all.
    static func key(of address: String?) -> String { address ?? "unknown" }

    /// When the next try under `key` may be made, if not now.
    static func wait(
        _ kind: Kind, key: String, limit: AttemptLimit, at now: Date, in sql: any SQLDatabase
    ) async throws -> Date? {
        let since = Timestamp.format(limit.windowStart(endingAt: now))
        guard
            let row = try await sql.raw(
                """
                SELECT COUNT(*) AS n, MAX(at) AS last FROM attempts
                WHERE kind = \(bind: kind.rawValue) AND key = \(bind: key) AND at > \(bind: since)
                """
            ).first(),
            let last = try row.optionalString("last").flatMap(Timestamp.parse),
            let next = limit.nextTry(after: try row.int("n"), last: last), next > now
        else { return nil }
        return next
    }

    /// Counts a try under `key`, forgets the ones that fell out of the window, and returns how many it now holds.
    @discardableResult
    static func record(_ kind: Kind, key: String, limit: AttemptLimit, at now: Date, in sql: any SQLDatabase) async throws -> Int {
        let since = Timestamp.format(limit.windowStart(endingAt: now))
        try await sql.raw(
            "DELETE FROM attempts WHERE kind = \(bind: kind.rawValue) AND key = \(bind: key) AND at <= \(bind: since)"
        ).run()
        try await sql.raw(
            """
            INSERT INTO attempts (id, kind, key, at)
            VALUES (\(bind: Secrets.identifier()), \(bind: kind.rawValue), \(bind: key), \(bind: Timestamp.format(now)))
            """
        ).run()
        return try await sql.raw(
            "SELECT COUNT(*) AS n FROM attempts WHERE kind = \(bind: kind.rawValue) AND key = \(bind: key)"
        ).first()?.int("n") ?? 1
    }

    static func clear(_ kind: Kind, key: String, in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM attempts WHERE kind = \(bind: kind.rawValue) AND key = \(bind: key)").run()
    }
}

extension AuthStore {
    /// Counts a public submission (a report, a survey answer, an Open311 request) from `address` and admits it,
    /// or says when the next may be made. It is counted before it is checked, so a flood of bad ones slows too.
    public func admitPublicPost(from address: String?) async throws -> Date? {
        let now = clock()
        let key = Attempts.key(of: address)
        let limit = throttle.publicPosts
        return try await database.write { sql in
            if let until = try await Attempts.wait(.publicPost, key: key, limit: limit, at: now, in: sql) { return until }
            try await Attempts.record(.publicPost, key: key, limit: limit, at: now, in: sql)
            return nil
        }
    }
}
