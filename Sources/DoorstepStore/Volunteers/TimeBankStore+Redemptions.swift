import DoorstepCore
import Foundation
import SQLKit

/// The time bank beyond earning: the catalogue the office keeps, redemptions a volunteer makes of it, donations
/// between volunteers, the office's corrections, and a volunteer's statement. Every movement of credits is one
/// more transfer of the ledger, written in the transaction of the record behind it; nothing here edits a transfer.
extension TimeBankStore {
    // MARK: - The catalogue

    /// A community's catalogue: for its office every item, cheapest first; for a volunteer the items on offer in
    /// their own community.
    public func items(community: String? = nil, by principal: Principal) async throws -> [RedemptionItem] {
        try await database.read { sql in
            if principal.can(.manageVolunteers) {
                let code = community ?? principal.scope.communityCode ?? ""
                guard !code.isEmpty, principal.scope.contains(code: code) else { throw StoreError.forbidden }
                return try await sql.raw(
                    "SELECT * FROM time_bank_items WHERE community_code = \(bind: code) ORDER BY active DESC, cost, name"
                ).all().map(Self.itemRow)
            }
            let me = try await VolunteerStore.me(principal, in: sql)
            return try await sql.raw(
                """
                SELECT * FROM time_bank_items WHERE community_code = \(bind: me.community) AND active = \(bind: true)
                ORDER BY cost, name
                """
            ).all().map(Self.itemRow)
        }
    }

    /// Puts an item in a community's catalogue; a name is used once per community.
    public func addItem(_ input: RedemptionItemInput, community: String, by principal: Principal) async throws -> RedemptionItem {
        try Self.office(principal, community: community)
        let checked = try input.validated()
        let now = clock()
        let engine = database.engine
        let item = RedemptionItem(
            id: Secrets.identifier(), communityCode: community, name: checked.name, details: checked.details, cost: checked.cost,
            stock: checked.stock, active: input.active)
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO time_bank_items (id, street_code, community_code, name, details, cost, stock, active, created_by,
                        created_at, updated_at)
                    VALUES (\(bind: item.id), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community), \(bind: item.name),
                        \(bind: item.details), \(bind: item.cost.count), \(bind: item.stock), \(bind: item.active),
                        \(bind: principal.accountID), \(bind: Timestamp.format(now)), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .timeBankChanged, subject: "timeBankItem:\(item.id)", territoryCode: community,
                        detail: Self.auditDetail(item)),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        } catch where isForeignKeyViolation(error) {
            throw ValidationFailure([FieldError("communityCode", .notFound)])
        }
        return item
    }

    /// Changes an item: its name, price, stock or whether it is on offer. Redemptions already made keep the name
    /// and price they were made at.
    public func updateItem(_ id: String, _ input: RedemptionItemInput, by principal: Principal) async throws -> RedemptionItem {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let checked = try input.validated()
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        let updated: RedemptionItem
        do {
            updated = try await database.write { sql in
                // The item's row is the stock's lock: a redemption under way finishes before the count is replaced.
                guard let row = try await sql.raw(
                    "SELECT * FROM time_bank_items WHERE id = \(bind: id) AND \(principal.scope.communityCondition())\(lock)"
                ).first() else { throw StoreError.notFound }
                var item = try Self.itemRow(row)
                item.name = checked.name
                item.details = checked.details
                item.cost = checked.cost
                item.stock = checked.stock
                item.active = input.active
                let changed = item
                try await sql.raw(
                    """
                    UPDATE time_bank_items SET name = \(bind: changed.name), details = \(bind: changed.details),
                        cost = \(bind: changed.cost.count), stock = \(bind: changed.stock), active = \(bind: changed.active),
                        updated_at = \(bind: Timestamp.format(now))
                    WHERE id = \(bind: changed.id)
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .timeBankChanged, subject: "timeBankItem:\(changed.id)", territoryCode: changed.communityCode,
                        detail: Self.auditDetail(changed)),
                    at: now, in: sql, engine: engine)
                return changed
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return updated
    }

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

    // MARK: - Donations and corrections

    /// The signed-in volunteer gives credits to another volunteer of their community: never more than their
    /// balance, never to themselves.
    public func donate(_ amount: HalfHours, to recipientID: String, note: String, by principal: Principal) async throws
        -> TimeBankTransfer
    {
        let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        var validator = Validator()
        validator.check("credits", amount.count > 0 ? nil : .required)
        validator.check("note", trimmedNote.count > 100 ? .tooLong(maximum: 100) : nil)
        try validator.throwIfAny()
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        return try await database.write { sql in
            let me = try await VolunteerStore.me(principal, in: sql)
            guard recipientID != me.id else { throw ValidationFailure([FieldError("recipientID", .ownRequest)]) }
            guard try await sql.raw(
                "SELECT id FROM volunteers WHERE id = \(bind: recipientID) AND community_code = \(bind: me.community)"
            ).first() != nil else { throw ValidationFailure([FieldError("recipientID", .notFound)]) }
            // Only the giver's account is locked: it is the only one that can run short.
            _ = try await sql.raw("SELECT id FROM volunteers WHERE id = \(bind: me.id)\(lock)").first()
            let account = TimeBankHolder.volunteer(me.id).key
            let balance = try await Self.balance(of: account, in: sql)
            guard amount <= balance else {
                throw ValidationFailure([FieldError("credits", .tooLarge(maximum: max(0, balance.count) / 2))])
            }
            let transfer = TimeBankTransfer(
                id: Secrets.identifier(), kind: .donate, from: account, to: TimeBankHolder.volunteer(recipientID).key, amount: amount,
                reason: trimmedNote, source: nil, day: CalendarDay(containing: now).description)
            try await Self.transfer(transfer, community: me.community, recordedBy: principal.username, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .timeBankChanged, subject: "volunteer:\(me.id)", territoryCode: me.community,
                    detail: ["kind": TimeBankKind.donate.rawValue, "to": recipientID, "credits": amount.text]),
                at: now, in: sql, engine: engine)
            return transfer
        }
    }

    /// The office corrects a volunteer's account with a reason: credits from the community's issuing account, or
    /// back to it (never more than the volunteer holds). The mistake stays in the ledger; the correction follows it.
    public func adjust(
        volunteerID: String, _ direction: TimeBankAdjustment, _ amount: HalfHours, reason: String, by principal: Principal
    ) async throws -> TimeBankTransfer {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let trimmedReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var validator = Validator()
        validator.check("credits", amount.count > 0 ? nil : .required)
        validator.reason(trimmedReason)
        try validator.throwIfAny()
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        return try await database.write { sql in
            guard let row = try await sql.raw(
                "SELECT id, community_code FROM volunteers WHERE id = \(bind: volunteerID) AND \(principal.scope.communityCondition())\(lock)"
            ).first() else { throw StoreError.notFound }
            let community = try row.string("community_code")
            let account = TimeBankHolder.volunteer(volunteerID).key
            let issuing = TimeBankHolder.issuing(community: community).key
            if direction == .debit {
                let balance = try await Self.balance(of: account, in: sql)
                guard amount <= balance else {
                    throw ValidationFailure([FieldError("credits", .tooLarge(maximum: max(0, balance.count) / 2))])
                }
            }
            let transfer = TimeBankTransfer(
                id: Secrets.identifier(), kind: .adjust, from: direction == .credit ? issuing : account,
                to: direction == .credit ? account : issuing, amount: amount, reason: trimmedReason, source: nil,
                day: CalendarDay(containing: now).description)
            try await Self.transfer(transfer, community: community, recordedBy: principal.username, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .timeBankChanged, subject: "volunteer:\(volunteerID)", territoryCode: community,
                    detail: ["kind": TimeBankKind.adjust.rawValue, "direction": direction.rawValue, "credits": amount.text],
                    reason: trimmedReason),
                at: now, in: sql, engine: engine)
            return transfer
        }
    }

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
