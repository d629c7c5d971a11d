import DoorstepCore
import Foundation
import SQLKit

/// A volunteer's statement: their transfers, newest first, with the balance after each.
extension TimeBankStore {
    // MARK: - Statements

    /// A volunteer's statement: every transfer in or out of their account, newest first, with the balance after
    /// each. For the volunteer themselves, or the office of their community.
    public func statement(volunteerID: String, by principal: Principal, limit: Int = 500) async throws -> TimeBankStatement {
        try await database.read { sql in
            guard let row = try await sql.raw(
                "SELECT id, name, community_code, account_id FROM volunteers WHERE id = \(bind: volunteerID)"
            ).first() else { throw StoreError.notFound }
            let community = try row.string("community_code")
            guard try row.optionalString("account_id") == principal.accountID
                || (principal.can(.manageVolunteers) && principal.scope.contains(code: community))
            else { throw StoreError.notFound }
            let account = TimeBankHolder.volunteer(volunteerID).key
            // Oldest first to run the balance forward; ties in time keep one order by id.
            let rows = try await sql.raw(
                """
                SELECT * FROM time_bank_transfers WHERE from_account = \(bind: account) OR to_account = \(bind: account)
                ORDER BY created_at, id
                """
            ).all()
            var names: [String: String] = [:]
            var running = HalfHours.zero
            var lines: [TimeBankStatementLine] = []
            for entry in rows {
                let transfer = try Self.transferRow(entry)
                let change = transfer.to == account ? transfer.amount : HalfHours(-transfer.amount.count)
                running = running + change
                var counterpart: String?
                if transfer.kind == .donate {
                    let other = transfer.to == account ? transfer.from : transfer.to
                    let otherID = String(other.dropFirst("volunteer:".count))
                    if names[otherID] == nil {
                        names[otherID] = try await sql.raw("SELECT name FROM volunteers WHERE id = \(bind: otherID)")
                            .first()?.string("name") ?? ""
                    }
                    counterpart = names[otherID]
                }
                lines.append(
                    TimeBankStatementLine(
                        transfer: transfer, change: change, balance: running, counterpart: counterpart,
                        recordedAt: try entry.date("created_at")))
            }
            return TimeBankStatement(
                volunteerID: volunteerID, name: try row.string("name"), communityCode: community, balance: running,
                lines: Array(lines.reversed().prefix(limit)))
        }
    }
}
