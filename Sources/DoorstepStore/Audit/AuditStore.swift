import DoorstepCore
import Foundation
import SQLKit

/// The append-only audit log. There is deliberately no function here that updates or deletes a row.
public struct AuditStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// The key file's keys for the transaction running in this task, bound by `Database.write`: every audit row
    /// is written inside some store's transaction, and this is how the rows are keyed without each caller
    /// passing the keys down.
    @TaskLocal static var transactionKeys: KeySource?

    /// Appends `event` inside the caller's transaction, so the audit row lands exactly when the change it
    /// records does.
    static func append(_ event: AuditEvent, at date: Date, in sql: any SQLDatabase, engine: Engine) async throws {
        guard let keys = transactionKeys else { throw StoreError.auditUnkeyed }
        let head = try await lockedHead(in: sql, engine: engine)
        let entry = try AuditChain.seal(event, sequence: head.sequence + 1, at: date, previousHash: head.hash, keys: keys.current)
        try await sql.raw(
            """
            INSERT INTO audit_log (seq, at, actor_id, actor_name, action, subject, territory_code, detail, reason,
                                   client_address, prev_hash, hash)
            VALUES (\(bind: entry.sequence), \(bind: entry.recordedAt), \(bind: entry.actorID),
                    \(bind: entry.actorName), \(bind: entry.actionName), \(bind: entry.subject),
                    \(bind: entry.territoryCode), \(bind: entry.detail), \(bind: entry.reason),
                    \(bind: entry.clientAddress), \(bind: entry.previousHash), \(bind: entry.hash))
            """
        ).run()
        try await moveHead(to: AuditAnchor(sequence: entry.sequence, hash: entry.hash), in: sql)
    }

    /// The chain's newest place and hash, locked for the rest of the transaction: on PostgreSQL concurrent writers
    /// queue here; SQLite has one writer.
    static func lockedHead(in sql: any SQLDatabase, engine: Engine) async throws -> AuditAnchor {
        let lock: SQLQueryString = engine == .postgres ? " FOR UPDATE" : ""
        guard let head = try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1\(lock)").first() else {
            throw StoreError.notFound
        }
        return AuditAnchor(sequence: try head.int("seq"), hash: try head.string("hash"))
    }

    static func moveHead(to head: AuditAnchor, in sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE audit_head SET seq = \(bind: head.sequence), hash = \(bind: head.hash) WHERE id = 1").run()
    }

    /// Records `event` in a transaction of its own.
    public func record(_ event: AuditEvent) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in try await Self.append(event, at: now, in: sql, engine: engine) }
    }

    /// The newest rows the caller may see, newest first: rows about their territory, narrowed by `filter`.
    /// `before` pages back.
    public func entries(
        for principal: Principal, filter: AuditFilter = AuditFilter(), before: Int? = nil, limit: Int = 50
    ) async throws -> [AuditEntry] {
        guard principal.can(.viewAudit) else { throw StoreError.forbidden }
        var conditions: [SQLQueryString] = ["territory_code LIKE \(bind: principal.scope.code + "%")"]
        if let before { conditions.append("seq < \(bind: before)") }
        if let actor = filter.actor {
            conditions.append("(actor_name = \(bind: actor) OR actor_id IN (SELECT id FROM accounts WHERE display_name = \(bind: actor)))")
        }
        if let action = filter.action { conditions.append("action = \(bind: action.rawValue)") }
        if let subject = filter.subject {
            conditions.append(subject.contains(":") ? "subject = \(bind: subject)" : "(subject = \(bind: subject) OR subject LIKE \(bind: subject + ":%"))")
        }
        if let from = filter.from { conditions.append("at >= \(bind: Timestamp.format(from.start))") }
        if let to = filter.to { conditions.append("at < \(bind: Timestamp.format(to.adding(days: 1).start))") }
        let condition = conditions.allOf
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM audit_log WHERE \(condition) ORDER BY seq DESC LIMIT \(bind: limit)").all().map(Self.entry)
        }
    }

    /// The newest row's place and hash, to keep outside the database as an anchor.
    public func anchor() async throws -> AuditAnchor? {
        try await database.read { sql in
            guard let head = try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first(), try head.int("seq") > 0
            else { return nil }
            return AuditAnchor(sequence: try head.int("seq"), hash: try head.string("hash"))
        }
    }

    /// Checks the whole chain, a page at a time, and reports the first row changed or removed; with an anchor,
    /// also that its row is still there as it was.
    public func verify(anchor: AuditAnchor? = nil, pageSize: Int = 1000) async throws -> AuditVerification {
        keys.reloadFromFile()
        var verifier = AuditChainVerifier(keys: keys.current, anchor: anchor)
        var after = 0
        while true {
            let cursor = after
            let page = try await database.read { sql in
                try await sql.raw("SELECT * FROM audit_log WHERE seq > \(bind: cursor) ORDER BY seq LIMIT \(bind: pageSize)")
                    .all().map(Self.entry)
            }
            for entry in page where !verifier.check(entry) { break }
            if verifier.finding != nil || page.count < pageSize { break }
            after = page[page.count - 1].sequence
        }
        let head = try await database.read { sql in try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first() }
        guard let head else { return .removed(sequence: 1) }
        return verifier.result(headSequence: try head.int("seq"), headHash: try head.string("hash"))
    }

    static func entry(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(
            sequence: try row.int("seq"), recordedAt: try row.string("at"), actorID: try row.optionalString("actor_id"),
            actorName: try row.string("actor_name"), actionName: try row.string("action"),
            subject: try row.string("subject"), territoryCode: try row.optionalString("territory_code"),
            detail: try row.string("detail"), reason: try row.optionalString("reason"),
            clientAddress: try row.optionalString("client_address"), previousHash: try row.string("prev_hash"),
            hash: try row.string("hash"))
    }
}
