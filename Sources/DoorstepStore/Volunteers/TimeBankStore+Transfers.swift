import DoorstepCore
import Foundation
import SQLKit

/// Credits moved by people rather than by records: donations between volunteers and the office's corrections, each
/// one more transfer of the ledger, never an edit of one.
extension TimeBankStore {
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
}
