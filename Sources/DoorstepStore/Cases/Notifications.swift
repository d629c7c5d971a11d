import DoorstepCore
import Foundation
import SQLKit

/// Who is told about a case, written in the same transaction as the step that warrants it.
enum Notifications {
    static func send(
        _ kind: NoticeKind, about item: Case, detail: String = "", to accounts: [String], at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        for account in Set(accounts) {
            try await sql.raw(
                """
                INSERT INTO notifications (id, account_id, case_id, kind, detail, created_at)
                VALUES (\(bind: Secrets.identifier()), \(bind: account), \(bind: item.id), \(bind: kind.rawValue),
                    \(bind: detail), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
    }

    /// Those who take in a new report: the grid's workers with accounts, or the community's staff when the
    /// case has no grid yet.
    static func intake(of item: Case, in sql: any SQLDatabase) async throws -> [String] {
        if let grid = item.gridCode {
            let workers = try await accounts(
                "role = 'gridWorker' AND grid_code = \(bind: grid)", in: sql)
            if !workers.isEmpty { return workers }
        }
        return try await staff(at: .community, of: item, in: sql)
    }

    /// The enabled administrators of the case's community or street.
    static func staff(at level: HandlerLevel, of item: Case, in sql: any SQLDatabase) async throws -> [String] {
        switch level {
        case .grid:
            try await accounts("role = 'gridWorker' AND grid_code = \(bind: item.gridCode ?? "")", in: sql)
        case .community:
            try await accounts(
                "role = 'communityAdmin' AND community_code = \(bind: item.communityCode)", in: sql)
        case .street:
            try await accounts("role = 'streetAdmin' AND street_code = \(bind: item.streetCode)", in: sql)
        }
    }

    private static func accounts(_ condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT id FROM accounts WHERE \(condition) AND disabled = \(bind: false) ORDER BY id").all()
            .map { try $0.string("id") }
    }
}

/// Each account's inbox.
public struct NoticeStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// The newest notices first, unread before read.
    public func notices(for principal: Principal, limit: Int = 50) async throws -> [Notice] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT notifications.*, cases.category_name FROM notifications
                LEFT JOIN cases ON cases.id = notifications.case_id
                WHERE notifications.account_id = \(bind: principal.accountID)
                ORDER BY CASE WHEN notifications.read_at IS NULL THEN 0 ELSE 1 END, notifications.created_at DESC
                LIMIT \(bind: limit)
                """
            ).all().map {
                Notice(
                    id: try $0.string("id"), caseID: try $0.optionalString("case_id"),
                    kind: NoticeKind(rawValue: try $0.string("kind")) ?? .reported, detail: try $0.string("detail"),
                    caseTitle: try $0.optionalString("category_name") ?? "", createdAt: try $0.date("created_at"),
                    readAt: try $0.optionalDate("read_at"))
            }
        }
    }

    public func unreadCount(for principal: Principal) async throws -> Int {
        try await database.read { sql in
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM notifications WHERE account_id = \(bind: principal.accountID) AND read_at IS NULL"
            ).first()?.int("n") ?? 0
        }
    }

    /// Marks one notice read, or all of them when `id` is nil.
    public func markRead(_ id: String?, for principal: Principal) async throws {
        let now = Timestamp.format(clock())
        let which: SQLQueryString = id.map { "AND id = \(bind: $0)" } ?? ""
        try await database.write { sql in
            try await sql.raw(
                """
                UPDATE notifications SET read_at = \(bind: now)
                WHERE account_id = \(bind: principal.accountID) AND read_at IS NULL \(which)
                """
            ).run()
        }
    }
}
