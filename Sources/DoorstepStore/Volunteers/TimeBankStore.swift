import DoorstepCore
import Foundation
import SQLKit

/// The time bank (时间银行): an immutable double-entry ledger of transfers between accounts — a volunteer's, a
/// community's issuing account, its redemptions account — so every credit that arrives somewhere left somewhere
/// else and the ledger always sums to zero. The database refuses to change or remove a transfer.
public struct TimeBankStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// The balance of every account holding credits of a community's volunteers or the community itself, and their
    /// sum (zero whenever the ledger is whole): for staff of the community.
    public func balances(community: String, by principal: Principal) async throws -> (accounts: [String: HalfHours], sum: HalfHours) {
        guard principal.can(.manageVolunteers), principal.scope.contains(code: community) else { throw StoreError.forbidden }
        return try await database.read { sql in
            var accounts: [String: HalfHours] = [:]
            for row in try await sql.raw(
                """
                SELECT account, CAST(SUM(amount) AS BIGINT) AS n FROM (
                    SELECT to_account AS account, amount FROM time_bank_transfers WHERE community_code = \(bind: community)
                    UNION ALL SELECT from_account AS account, -amount FROM time_bank_transfers WHERE community_code = \(bind: community)
                ) t GROUP BY account
                """
            ).all() {
                accounts[try row.string("account")] = HalfHours(try row.int("n"))
            }
            return (accounts, accounts.values.reduce(.zero, +))
        }
    }

    static func transfer(
        _ transfer: TimeBankTransfer, community: String, recordedBy: String, at now: Date, in sql: any SQLDatabase
    ) async throws {
        guard transfer.amount.count > 0, transfer.from != transfer.to else {
            throw ValidationFailure([FieldError("amount", .tooSmall(minimum: 1))])
        }
        try await sql.raw(
            """
            INSERT INTO time_bank_transfers (id, community_code, kind, from_account, to_account, amount, reason, source, day,
                recorded_by, created_at)
            VALUES (\(bind: transfer.id), \(bind: community), \(bind: transfer.kind.rawValue), \(bind: transfer.from),
                \(bind: transfer.to), \(bind: transfer.amount.count), \(bind: transfer.reason), \(bind: transfer.source),
                \(bind: transfer.day), \(bind: recordedBy), \(bind: Timestamp.format(now)))
            """
        ).run()
    }

    static func balance(of account: String, in sql: any SQLDatabase) async throws -> HalfHours {
        let incoming = try await sql.raw(
            "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM time_bank_transfers WHERE to_account = \(bind: account)"
        ).first()?.int("n") ?? 0
        let outgoing = try await sql.raw(
            "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM time_bank_transfers WHERE from_account = \(bind: account)"
        ).first()?.int("n") ?? 0
        return HalfHours(incoming - outgoing)
    }
}
