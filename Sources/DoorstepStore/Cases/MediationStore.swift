import DoorstepCore
import Foundation
import SQLKit

/// Mediation of dispute cases (S10 调解矛盾纠纷): set up with a mediator and the parties, sittings recorded, an
/// outcome with the agreement. Parties' names and the agreement are sealed at rest; names leave only masked.
public struct MediationStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// The mediation of a case the caller may see, or nil when none is set up.
    public func mediation(of caseID: String, by principal: Principal) async throws -> Mediation? {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let keys = self.keys
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM mediations WHERE case_id = \(bind: caseID) AND \(scope)").first() else {
                return nil
            }
            let parties = try await sql.raw(
                "SELECT id, name_masked, side, resident_id FROM mediation_parties WHERE case_id = \(bind: caseID) ORDER BY position"
            ).all().map {
                MediationParty(
                    id: try $0.string("id"), nameMasked: try $0.string("name_masked"),
                    side: MediationParty.Side(rawValue: try $0.string("side")) ?? .other, residentID: try $0.optionalString("resident_id"))
            }
            let sessions = try await sql.raw(
                "SELECT * FROM mediation_sessions WHERE case_id = \(bind: caseID) ORDER BY held_on, recorded_at"
            ).all().map {
                MediationSession(
                    id: try $0.string("id"), heldOn: CalendarDay(iso: try $0.string("held_on")) ?? CalendarDay(containing: Date()),
                    place: try $0.string("place"), notes: try $0.string("notes"), recordedBy: try $0.string("recorded_by"),
                    recordedAt: try $0.date("recorded_at"))
            }
            return Mediation(
                caseID: caseID, mediatorName: try row.string("mediator_name"),
                mediatorMemberID: try row.optionalString("mediator_member_id"), parties: parties, sessions: sessions,
                outcome: try row.optionalString("outcome").flatMap(MediationOutcome.init(rawValue:)),
                // The agreement names the parties: those who handle cases read it, auditors do not.
                agreement: principal.can(.handleCases)
                    ? try row.optionalString("agreement_sealed").map { try keys.open($0, context: SealedColumn.agreement.context) }
                    : nil,
                concludedAt: try row.optionalDate("concluded_at"), startedAt: try row.date("started_at"))
        }
    }

    /// Sets up the mediation of a dispute case in the caller's territory.
    public func start(_ new: NewMediation, on caseID: String, by principal: Principal) async throws -> Mediation {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try new.validate()
        let scope = principal.scope.condition()
        let now = clock()
        do {
            try await insert(new, on: caseID, scope: scope, by: principal, at: now)
        } catch let error where isUniqueViolation(error) {
            // Two people started the same mediation at once: the second is told it exists.
            throw ValidationFailure([FieldError("caseID", .alreadyExists)])
        }
        return try await mediation(of: caseID, by: principal)!
    }

    private func insert(_ new: NewMediation, on caseID: String, scope: SQLQueryString, by principal: Principal, at now: Date) async throws {
        let keys = self.keys
        let engine = database.engine
        try await database.write { sql in
            let item = try await Self.disputeCase(caseID, scope: scope, in: sql)
            guard try await sql.raw("SELECT case_id FROM mediations WHERE case_id = \(bind: caseID)").first() == nil else {
                throw ValidationFailure([FieldError("caseID", .alreadyExists)])
            }
            if let member = new.mediatorMemberID,
                try await sql.raw("SELECT id FROM party_members WHERE id = \(bind: member) AND street_code = \(bind: item.streetCode)").first() == nil
            {
                throw ValidationFailure([FieldError("mediatorMemberID", .notFound)])
            }
            try await sql.raw(
                """
                INSERT INTO mediations (case_id, street_code, community_code, grid_code, mediator_name, mediator_member_id,
                    started_by, started_at)
                VALUES (\(bind: caseID), \(bind: item.streetCode), \(bind: item.communityCode), \(bind: item.gridCode),
                    \(bind: new.mediatorName.trimmingCharacters(in: .whitespaces)), \(bind: new.mediatorMemberID),
                    \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            for (position, party) in new.parties.enumerated() where !party.name.trimmingCharacters(in: .whitespaces).isEmpty {
                let name = party.name.trimmingCharacters(in: .whitespaces)
                try await sql.raw(
                    """
                    INSERT INTO mediation_parties (id, case_id, position, name_sealed, name_masked, side, resident_id)
                    VALUES (\(bind: Secrets.identifier()), \(bind: caseID), \(bind: position),
                        \(bind: try keys.seal(name, context: SealedColumn.partyName.context)), \(bind: Masking.name(name)),
                        \(bind: party.side.rawValue), \(bind: party.residentID))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .mediationStarted, subject: "case:\(caseID)", territoryCode: item.gridCode ?? item.communityCode,
                    detail: ["parties": String(new.parties.count)]),
                at: now, in: sql, engine: engine)
        }
    }

    /// Records a sitting.
    public func addSession(
        to caseID: String, heldOn: String, place: String, notes: String, by principal: Principal
    ) async throws -> Mediation {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        let day = CalendarDay(iso: heldOn)
        if day == nil || day! > CalendarDay(containing: clock()) { validator.check("heldOn", .dateFormat) }
        validator.check("place", place.count > 100 ? .tooLong(maximum: 100) : nil)
        validator.text("notes", notes, maximum: 4_000)
        try validator.throwIfAny()
        let scope = principal.scope.condition()
        let now = clock()
        try await database.write { sql in
            try await Self.open(caseID, scope: scope, in: sql)
            try await sql.raw(
                """
                INSERT INTO mediation_sessions (id, case_id, held_on, place, notes, recorded_by, recorded_at)
                VALUES (\(bind: Secrets.identifier()), \(bind: caseID), \(bind: day!.description),
                    \(bind: place.trimmingCharacters(in: .whitespaces)), \(bind: notes.trimmingCharacters(in: .whitespacesAndNewlines)),
                    \(bind: principal.displayName), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
        return try await mediation(of: caseID, by: principal)!
    }

    /// Ends the mediation; an agreement (full or partial) must be written down.
    public func conclude(
        _ caseID: String, outcome: MediationOutcome, agreement: String, by principal: Principal
    ) async throws -> Mediation {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let text = agreement.trimmingCharacters(in: .whitespacesAndNewlines)
        if outcome.settles && text.isEmpty { throw ValidationFailure([FieldError("agreement", .required)]) }
        if text.count > 8_000 { throw ValidationFailure([FieldError("agreement", .tooLong(maximum: 8_000))]) }
        let sealed = text.isEmpty ? nil : try keys.seal(text, context: SealedColumn.agreement.context)
        let scope = principal.scope.condition()
        let now = clock()
        try await database.write { sql in
            try await Self.open(caseID, scope: scope, in: sql)
            try await sql.raw(
                """
                UPDATE mediations SET outcome = \(bind: outcome.rawValue), agreement_sealed = \(bind: sealed),
                    concluded_at = \(bind: Timestamp.format(now))
                WHERE case_id = \(bind: caseID)
                """
            ).run()
            if outcome.settles,
                let mediator = try await sql.raw("SELECT mediator_member_id FROM mediations WHERE case_id = \(bind: caseID)").first()?
                    .optionalString("mediator_member_id")
            {
                try await PointsAccrual.accrue(
                    .disputeSettled, memberID: mediator, source: "mediation:\(caseID)", on: CalendarDay(containing: now).description,
                    reason: outcome.rawValue, recordedBy: "doorstep", at: now, in: sql)
            }
        }
        return try await mediation(of: caseID, by: principal)!
    }

    /// S10's count of disputes mediated, by how they ended, for the caller's territory and a period (concluded in
    /// it), with those still going on.
    public func figures(for principal: Principal, period: ReportingPeriod) async throws -> (ongoing: Int, ended: [MediationOutcome: Int]) {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let from = Timestamp.format(period.start), to = Timestamp.format(period.end)
        return try await database.read { sql in
            var ended: [MediationOutcome: Int] = [:]
            for row in try await sql.raw(
                """
                SELECT outcome, COUNT(*) AS n FROM mediations WHERE \(scope) AND concluded_at >= \(bind: from)
                AND concluded_at < \(bind: to) GROUP BY outcome
                """
            ).all() {
                if let outcome = MediationOutcome(rawValue: try row.string("outcome")) { ended[outcome] = try row.int("n") }
            }
            let ongoing = try await sql.raw("SELECT COUNT(*) AS n FROM mediations WHERE \(scope) AND outcome IS NULL").first()?.int("n") ?? 0
            return (ongoing, ended)
        }
    }

    /// A dispute case inside the scope, or why not.
    static func disputeCase(_ caseID: String, scope: SQLQueryString, in sql: any SQLDatabase) async throws -> Case {
        guard let row = try await sql.raw("SELECT * FROM cases WHERE id = \(bind: caseID) AND \(scope)").first() else {
            throw StoreError.notFound
        }
        let item = try CaseRow.decode(row)
        guard item.kind == .dispute else { throw ValidationFailure([FieldError("caseID", .unknownValue(allowed: [CaseKind.dispute.rawValue]))]) }
        return item
    }

    /// A mediation inside the scope that has not ended.
    static func open(_ caseID: String, scope: SQLQueryString, in sql: any SQLDatabase) async throws {
        guard let row = try await sql.raw("SELECT outcome FROM mediations WHERE case_id = \(bind: caseID) AND \(scope)").first() else {
            throw StoreError.notFound
        }
        if try row.optionalString("outcome") != nil { throw ValidationFailure([FieldError("outcome", .alreadyExists)]) }
    }
}
