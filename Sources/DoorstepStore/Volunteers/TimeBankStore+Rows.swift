import DoorstepCore
import Foundation
import SQLKit

/// What the time bank's parts share: the office's check and the rows read back into values.
extension TimeBankStore {
    // MARK: - Shared

    /// Changes to a community's catalogue and corrections are for its office, enrolled in two-step verification.
    static func office(_ principal: Principal, community: String) throws {
        guard principal.can(.manageVolunteers), principal.scope.contains(code: community) else { throw StoreError.forbidden }
        guard community.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("communityCode", .codeFormat(digits: ScopeLevel.community.codeLength))])
        }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
    }

    static func auditDetail(_ item: RedemptionItem) -> [String: String] {
        [
            "name": item.name, "cost": item.cost.text, "stock": item.stock.map(String.init) ?? "-",
            "active": item.active ? "true" : "false",
        ]
    }

    static let redemptionSelect: SQLQueryString =
        "SELECT r.*, v.name AS volunteer_name FROM time_bank_redemptions r JOIN volunteers v ON v.id = r.volunteer_id"

    static func itemRow(_ row: any SQLRow) throws -> RedemptionItem {
        RedemptionItem(
            id: try row.string("id"), communityCode: try row.string("community_code"), name: try row.string("name"),
            details: try row.string("details"), cost: HalfHours(try row.int("cost")), stock: try row.optionalInt("stock"),
            active: try row.bool("active"))
    }

    static func redemptionRow(_ row: any SQLRow) throws -> Redemption {
        Redemption(
            id: try row.string("id"), communityCode: try row.string("community_code"), itemID: try row.string("item_id"),
            itemName: try row.string("item_name"), volunteerID: try row.string("volunteer_id"),
            volunteerName: try row.string("volunteer_name"), cost: HalfHours(try row.int("cost")),
            transferID: try row.string("transfer_id"), redeemedAt: try row.date("redeemed_at"),
            handedOverAt: try row.optionalDate("handed_over_at"))
    }

    static func transferRow(_ row: any SQLRow) throws -> TimeBankTransfer {
        TimeBankTransfer(
            id: try row.string("id"), kind: TimeBankKind(rawValue: try row.string("kind")) ?? .adjust, from: try row.string("from_account"),
            to: try row.string("to_account"), amount: HalfHours(try row.int("amount")), reason: try row.string("reason"),
            source: try row.optionalString("source"), day: try row.string("day"))
    }
}
