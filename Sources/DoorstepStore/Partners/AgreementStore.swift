import DoorstepCore
import Foundation
import SQLKit

/// Co-building agreements (共建协议, S13): signed with a partner for a period, their commitments in the four kinds,
/// each fulfilled with evidence, and the agreements due for renewal.
public struct AgreementStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Records an agreement with all its commitments, or nothing.
    public func sign(_ new: NewAgreement, partnerID: String, by principal: Principal) async throws -> Agreement {
        let partner = try await database.read { sql in try await PartnerStore.partner(partnerID, visibleTo: principal, in: sql) }
        try PartnerStore.requireOffice(principal, community: partner.communityCode)
        var agreement = try new.validate(communityCode: partner.communityCode, partnerID: partnerID)
        agreement.id = Secrets.identifier()
        for index in agreement.commitments.indices { agreement.commitments[index].id = Secrets.identifier() }
        let stored = agreement
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await sql.raw(
                """
                INSERT INTO agreements (id, street_code, community_code, partner_id, title, starts_on, ends_on, created_by, created_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: partnerID), \(bind: stored.title), \(bind: stored.startsOn.description), \(bind: stored.endsOn.description),
                    \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            for (position, commitment) in stored.commitments.enumerated() {
                try await sql.raw(
                    """
                    INSERT INTO commitments (id, agreement_id, position, kind, content, owner, due_on)
                    VALUES (\(bind: commitment.id), \(bind: stored.id), \(bind: position), \(bind: commitment.kind.rawValue),
                        \(bind: commitment.content), \(bind: commitment.owner), \(bind: commitment.dueOn.description))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .agreementRecorded, subject: "agreement:\(stored.id)", territoryCode: stored.communityCode,
                    detail: ["partner": partnerID, "commitments": String(stored.commitments.count)]),
                at: now, in: sql, engine: engine)
        }
        return stored
    }

    /// Marks a commitment fulfilled, with the evidence of it: by the community office or by the partner itself.
    /// A fulfilment is final.
    public func fulfil(commitmentID: String, on day: String, evidence: String, by principal: Principal) async throws -> Commitment {
        var validator = Validator()
        let fulfilled = validator.day("fulfilledOn", day)
        validator.text("evidence", evidence, maximum: 1000)
        if let fulfilled, fulfilled > CalendarDay(containing: clock()) { validator.check("fulfilledOn", .dateFormat) }
        try validator.throwIfAny()
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            guard let row = try await sql.raw(
                """
                SELECT c.*, a.partner_id, a.community_code FROM commitments c JOIN agreements a ON a.id = c.agreement_id
                WHERE c.id = \(bind: commitmentID)\(engine.rowLock)
                """
            ).first() else { throw StoreError.notFound }
            let partner = try await PartnerStore.partner(try row.string("partner_id"), visibleTo: principal, in: sql)
            guard principal.role == .partner || principal.can(.manageServices) else { throw StoreError.forbidden }
            guard try row.optionalString("fulfilled_on") == nil else { throw ValidationFailure([FieldError("fulfilledOn", .alreadyExists)]) }
            try await sql.raw(
                """
                UPDATE commitments SET fulfilled_on = \(bind: fulfilled!.description), evidence = \(bind: evidence.trimmingCharacters(in: .whitespacesAndNewlines)),
                    fulfilled_by = \(bind: principal.accountID)
                WHERE id = \(bind: commitmentID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .agreementRecorded, subject: "commitment:\(commitmentID)", territoryCode: partner.communityCode,
                    detail: ["fulfilledOn": fulfilled!.description]),
                at: now, in: sql, engine: engine)
            return try await Self.commitments(where: "c.id = \(bind: commitmentID)", in: sql)[0]
        }
    }

    /// A partner's agreements, newest first, with their commitments.
    public func agreements(partnerID: String, by principal: Principal) async throws -> [Agreement] {
        try await database.read { sql in
            _ = try await PartnerStore.partner(partnerID, visibleTo: principal, in: sql)
            return try await Self.agreements(where: "a.partner_id = \(bind: partnerID)", in: sql)
        }
    }

    /// Agreements of the caller's territory that end within the renewal notice or have ended, with no later
    /// agreement with the same partner: the office's reminders.
    public func dueForRenewal(by principal: Principal) async throws -> [Agreement] {
        let horizon = CalendarDay(containing: clock()).adding(days: Agreement.renewalNotice).description
        return try await database.read { sql in
            try await Self.agreements(
                where: """
                    \(PartnerStore.visible(to: principal, alias: "a", partnerColumn: "partner_id")) AND a.ends_on <= \(bind: horizon)
                    AND NOT EXISTS (SELECT 1 FROM agreements later WHERE later.partner_id = a.partner_id AND later.ends_on > a.ends_on)
                    """, in: sql)
        }
    }

    static func agreements(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [Agreement] {
        let rows = try await sql.raw("SELECT a.* FROM agreements a WHERE \(condition) ORDER BY a.starts_on DESC, a.id").all()
        var agreements: [Agreement] = []
        for row in rows {
            let id = try row.string("id")
            agreements.append(
                Agreement(
                    id: id, communityCode: try row.string("community_code"), partnerID: try row.string("partner_id"),
                    title: try row.string("title"), startsOn: try day(row, "starts_on"), endsOn: try day(row, "ends_on"),
                    commitments: try await commitments(where: "c.agreement_id = \(bind: id)", in: sql)))
        }
        return agreements
    }

    static func commitments(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [Commitment] {
        try await sql.raw("SELECT c.* FROM commitments c WHERE \(condition) ORDER BY c.position").all().map { row in
            Commitment(
                id: try row.string("id"), kind: CommitmentKind(rawValue: try row.string("kind")) ?? .jointActivities,
                content: try row.string("content"), owner: try row.string("owner"), dueOn: try day(row, "due_on"),
                fulfilledOn: try row.optionalString("fulfilled_on").flatMap(CalendarDay.init(iso:)),
                evidence: try row.optionalString("evidence"))
        }
    }

    static func day(_ row: any SQLRow, _ column: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: try row.string(column)) else { throw StoreError.notFound }
        return day
    }
}
