import DoorstepCore
import Foundation
import SQLKit

/// The time bank beyond earning: a volunteer redeems an item of the catalogue, and the office hands it over. Every
/// movement of credits is one more transfer of the ledger, written in the transaction of the record behind it;
/// nothing here edits a transfer.
extension TimeBankStore {
    // MARK: - Redemptions

    /// The signed-in volunteer redeems an item of their community: refused when it is off the catalogue, none is
    /// left, or their balance is short. The transfer to the community's redemptions account, the stock taken down
    /// and the redemption are written in one transaction, so either all of them are there or none.
    public func redeem(itemID: String, by principal: Principal) async throws -> Redemption {
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        return try await database.write { sql in
            let me = try await VolunteerStore.me(principal, in: sql)
            // The volunteer's row is their account's lock, then the item's row the stock's: on PostgreSQL two
            // redemptions at once take turns, so neither spends a balance or a last item the other already took.
            guard let volunteer = try await sql.raw("SELECT name FROM volunteers WHERE id = \(bind: me.id)\(lock)").first() else {
                throw StoreError.notFound
            }
            guard let row = try await sql.raw(
                "SELECT * FROM time_bank_items WHERE id = \(bind: itemID) AND community_code = \(bind: me.community)\(lock)"
            ).first() else { throw ValidationFailure([FieldError("itemID", .notFound)]) }
            let item = try Self.itemRow(row)
            guard item.active else { throw ValidationFailure([FieldError("itemID", .notOpen)]) }
            guard item.inStock else { throw ValidationFailure([FieldError("stock", .tooSmall(minimum: 1))]) }
            let account = TimeBankHolder.volunteer(me.id).key
            let balance = try await Self.balance(of: account, in: sql)
            guard balance >= item.cost else {
                throw ValidationFailure([FieldError("balance", .tooSmall(minimum: item.cost.count / 2))])
            }
            let redemption = Redemption(
                id: Secrets.identifier(), communityCode: me.community, itemID: item.id, itemName: item.name, volunteerID: me.id,
                volunteerName: try volunteer.string("name"), cost: item.cost, transferID: Secrets.identifier(),
                redeemedAt: Timestamp.truncated(now), handedOverAt: nil)
            try await Self.transfer(
                TimeBankTransfer(
                    id: redemption.transferID, kind: .redeem, from: account,
                    to: TimeBankHolder.redemptions(community: me.community).key, amount: item.cost, reason: item.name,
                    source: "redemption:\(redemption.id)", day: CalendarDay(containing: now).description),
                community: me.community, recordedBy: principal.username, at: now, in: sql)
            if item.stock != nil {
                try await sql.raw("UPDATE time_bank_items SET stock = stock - 1 WHERE id = \(bind: item.id) AND stock > 0").run()
            }
            try await sql.raw(
                """
                INSERT INTO time_bank_redemptions (id, community_code, item_id, item_name, volunteer_id, cost, transfer_id, redeemed_at)
                VALUES (\(bind: redemption.id), \(bind: redemption.communityCode), \(bind: redemption.itemID),
                    \(bind: redemption.itemName), \(bind: redemption.volunteerID), \(bind: redemption.cost.count),
                    \(bind: redemption.transferID), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .timeBankChanged, subject: "volunteer:\(me.id)", territoryCode: me.community,
                    detail: ["kind": TimeBankKind.redeem.rawValue, "item": item.name, "credits": item.cost.text]),
                at: now, in: sql, engine: engine)
            return redemption
        }
    }

    /// The office records that a redeemed item was given out; once.
    public func handOver(redemptionID: String, by principal: Principal) async throws -> Redemption {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        return try await database.write { sql in
            guard let row = try await sql.raw(
                """
                SELECT id, community_code, volunteer_id, handed_over_at FROM time_bank_redemptions
                WHERE id = \(bind: redemptionID) AND \(principal.scope.communityCondition())\(lock)
                """
            ).first() else { throw StoreError.notFound }
            guard try row.optionalString("handed_over_at") == nil else {
                throw ValidationFailure([FieldError("redemptionID", .alreadyExists)])
            }
            let volunteerID = try row.string("volunteer_id")
            let community = try row.string("community_code")
            try await sql.raw(
                """
                UPDATE time_bank_redemptions SET handed_over_at = \(bind: Timestamp.format(now)), handed_over_by = \(bind: principal.accountID)
                WHERE id = \(bind: redemptionID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .timeBankChanged, subject: "volunteer:\(volunteerID)", territoryCode: community,
                    detail: ["handedOver": redemptionID]),
                at: now, in: sql, engine: engine)
            guard let redemption = try await sql.raw(
                "\(Self.redemptionSelect) WHERE r.id = \(bind: redemptionID)"
            ).first().map(Self.redemptionRow) else { throw StoreError.notFound }
            return redemption
        }
    }

    /// Redemptions, newest first: for the office a community's (`pending` keeps those still to give out); for a
    /// volunteer their own.
    public func redemptions(community: String? = nil, pending: Bool = false, by principal: Principal, limit: Int = 200)
        async throws -> [Redemption]
    {
        try await database.read { sql in
            let waiting: SQLQueryString = pending ? " AND r.handed_over_at IS NULL" : ""
            if principal.can(.manageVolunteers) {
                let code = community ?? principal.scope.communityCode ?? ""
                guard !code.isEmpty, principal.scope.contains(code: code) else { throw StoreError.forbidden }
                return try await sql.raw(
                    """
                    \(Self.redemptionSelect) WHERE r.community_code = \(bind: code)\(waiting)
                    ORDER BY r.redeemed_at DESC, r.id LIMIT \(bind: limit)
                    """
                ).all().map(Self.redemptionRow)
            }
            let me = try await VolunteerStore.me(principal, in: sql)
            return try await sql.raw(
                """
                \(Self.redemptionSelect) WHERE r.volunteer_id = \(bind: me.id)\(waiting)
                ORDER BY r.redeemed_at DESC, r.id LIMIT \(bind: limit)
                """
            ).all().map(Self.redemptionRow)
        }
    }
}
