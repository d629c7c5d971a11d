import DoorstepCore
import Foundation
import SQLKit

extension ResidentStore {
    /// Corrects fields of a resident inside the caller's scope: the changed record is checked as a whole, like a new
    /// one (a corrected ID number re-derives sex and birth date, and must not belong to anyone else), resealed, and
    /// the change is audited by field name — never by value.
    public func correct(
        _ id: String, changes: [CorrectableField: String], reason: String? = nil, by principal: Principal,
        clientAddress: String? = nil
    ) async throws -> Resident {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            try await applyCorrection(id, changes: changes, by: principal, in: sql)
            let corrected = try await Self.resident(id: id, scope: principal.scope, year: thisYear, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .residentCorrected, subject: "resident:\(id)", territoryCode: corrected.gridCode,
                    detail: ["fields": changes.keys.map(\.rawValue).sorted().joined(separator: ",")],
                    reason: reason, clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return corrected
        }
    }

    /// The correction itself, inside the caller's transaction.
    func applyCorrection(
        _ id: String, changes: [CorrectableField: String], by principal: Principal, in sql: any SQLDatabase
    ) async throws {
        let scope = principal.scope.condition()
        guard
            let row = try await sql.raw(
                "SELECT * FROM residents WHERE id = \(bind: id) AND anonymised_at IS NULL AND \(scope)"
            ).first()
        else { throw StoreError.notFound }
        var input = try currentInput(row)
        for (field, value) in changes {
            switch field {
            case .name: input.name = value
            case .idNumber: input.idNumber = value
            case .phone: input.phone = value
            case .relationToHead: input.relationToHead = value
            case .residenceStatus: input.residenceStatus = ResidentSheet.residenceStatusWords[value]?.rawValue ?? value
            case .other: continue
            }
        }
        let checked = try input.validated(today: clock())
        let sealed = try seal(checked)
        if sealed.idIndex != (try row.string("id_number_index")),
            let problem = try await Self.duplicate(index: sealed.idIndex, seenBy: principal, in: sql)
        {
            throw ValidationFailure([FieldError("idNumber", problem)])
        }
        try await sql.raw(
            """
            UPDATE residents SET name = \(bind: checked.name), id_type = \(bind: checked.idDocumentType.rawValue),
                id_number_sealed = \(bind: sealed.sealedID), id_number_index = \(bind: sealed.idIndex),
                id_number_masked = \(bind: Masking.idNumber(checked.idNumber)), phone_sealed = \(bind: sealed.sealedPhone),
                phone_index = \(bind: sealed.phoneIndex), phone_masked = \(bind: checked.phone.map(Masking.phone)),
                sex = \(bind: checked.sex?.rawValue), birth_year = \(bind: sealed.birthYear),
                birth_date_sealed = \(bind: sealed.sealedBirthDate),
                relation_to_head = \(bind: checked.relationToHead), residence_status = \(bind: checked.residenceStatus.rawValue)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The record as a form would hold it, opened, so that a correction is checked on the whole record.
    func currentInput(_ row: any SQLRow) throws -> ResidentInput {
        ResidentInput(
            householdID: try row.string("household_id"), name: try row.string("name"),
            idDocumentType: try row.string("id_type"),
            idNumber: try keys.open(try row.string("id_number_sealed"), context: SealedColumn.residentIDNumber.context),
            phone: try row.optionalString("phone_sealed").map { try keys.open($0, context: SealedColumn.residentPhone.context) },
            relationToHead: try row.string("relation_to_head"), residenceStatus: try row.string("residence_status"),
            careCategories: try row.optionalString("care_sealed").map {
                try keys.open($0, context: SealedColumn.residentCare.context).split(separator: ",").map(String.init)
            } ?? [])
    }

    /// Deletion as PIPL allows where records must stay: the person can no longer be identified, but the record
    /// still counts in its household, grid, residence status, sex and year of birth, and as someone in care. The
    /// resident's account is unlinked and disabled. Inside the caller's transaction.
    func anonymise(_ id: String, at now: String, in sql: any SQLDatabase) async throws {
        guard try await sql.raw("SELECT id FROM residents WHERE id = \(bind: id)").first() != nil else {
            throw StoreError.notFound
        }
        try await sql.raw(
            """
            UPDATE residents SET name = \(bind: Self.anonymisedName),
                id_number_sealed = \(bind: try keys.seal("", context: SealedColumn.residentIDNumber.context)),
                id_number_index = \(bind: "anonymised:\(id)"), id_number_masked = \(bind: "—"), phone_sealed = NULL,
                phone_index = NULL, phone_masked = NULL, birth_date_sealed = NULL, care_sealed = NULL,
                anonymised_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
        // What else could name the person: their requests' values and notes (the other open ones are closed, since
        // there is no one left to correct), the account they signed in with, and a Party member's roll entry.
        try await sql.raw(
            """
            UPDATE data_requests SET proposed_sealed = NULL, proposed_shown = NULL, note = '', decision_note = NULL
            WHERE resident_id = \(bind: id)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE data_requests SET status = \(bind: DataRequestStatus.refused.rawValue), decided_at = \(bind: now)
            WHERE resident_id = \(bind: id) AND status = \(bind: DataRequestStatus.open.rawValue)
            """
        ).run()
        // The health station's records go as a withdrawal of consent does (the rows stay counted, the content and
        // the masked name go), and the person leaves the aid projects they were in; past services stay counted.
        let day = String(now.prefix(10))
        try await sql.raw(
            """
            UPDATE health_records SET content_sealed = NULL, resident_masked = \(bind: Self.anonymisedName),
                withdrawn_on = COALESCE(withdrawn_on, \(bind: day))
            WHERE resident_id = \(bind: id)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE aid_beneficiaries SET resident_masked = \(bind: Self.anonymisedName), removed_on = COALESCE(removed_on, \(bind: day))
            WHERE resident_id = \(bind: id)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE accounts SET resident_id = NULL, disabled = \(bind: true), display_name = \(bind: Self.anonymisedName)
            WHERE resident_id = \(bind: id)
            """
        ).run()
        try await sql.raw("UPDATE party_members SET name = \(bind: Self.anonymisedName) WHERE resident_id = \(bind: id)").run()
    }

    /// What an anonymised record is called wherever a name is shown.
    public static let anonymisedName = "（已匿名）"

    static func resident(id: String, scope: TerritoryScope, year: Int, in sql: any SQLDatabase) async throws -> Resident {
        guard let row = try await sql.raw("SELECT * FROM residents WHERE id = \(bind: id) AND \(scope.condition())").first()
        else { throw StoreError.notFound }
        return try Self.resident(row, in: year)
    }
}
