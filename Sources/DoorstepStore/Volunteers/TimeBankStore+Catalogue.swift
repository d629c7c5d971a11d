import DoorstepCore
import Foundation
import SQLKit

/// The redemption catalogue each community's office keeps: items with their cost in credits and their stock.
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
}
