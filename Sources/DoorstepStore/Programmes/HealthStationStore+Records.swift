import DoorstepCore
import Foundation
import SQLKit

extension HealthStationStore {
    /// Writes a resident's health record at the station, for a resident registered in the station's community, with
    /// their (or their guardian's) consent and a stated purpose: without either nothing is written. The readings and
    /// notes are sealed; the audit line says who wrote a record about whom, never what it holds.
    public func writeRecord(_ new: NewHealthRecord, stationID: String, by principal: Principal, clientAddress: String? = nil)
        async throws -> HealthRecord
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let (giver, content) = try new.validate()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let sealed = try keys.seal(
            String(decoding: try encoder.encode(content), as: UTF8.self), context: SealedColumn.healthRecord.context)
        let now = clock()
        let recordedOn = CalendarDay(containing: now).description
        let residentID = new.residentID.trimmingCharacters(in: .whitespaces)
        let id = Secrets.identifier()
        let engine = database.engine
        return try await database.write { sql in
            let station = try await Self.station(stationID, visibleTo: principal, in: sql)
            try PartnerStore.requireOffice(principal, community: station.communityCode)
            // Only the registry of the station's own community: a resident elsewhere is not told apart from none.
            guard let resident = try await sql.raw("SELECT name, community_code FROM residents WHERE id = \(bind: residentID)").first(),
                try resident.string("community_code") == station.communityCode
            else { throw ValidationFailure([FieldError("residentID", .notFound)]) }
            let record = HealthRecord(
                id: id, stationID: station.id, residentID: residentID, residentNameMasked: Masking.name(try resident.string("name")),
                consentBy: giver, recordedOn: recordedOn, recordedBy: principal.username, withdrawnOn: nil)
            try await sql.raw(
                """
                INSERT INTO health_records (id, station_id, community_code, resident_id, resident_masked, consent_given, consent_by,
                    content_sealed, recorded_on, recorded_by, recorded_by_name, created_at)
                VALUES (\(bind: record.id), \(bind: station.id), \(bind: station.communityCode), \(bind: residentID),
                    \(bind: record.residentNameMasked), \(bind: true), \(bind: giver.rawValue), \(bind: sealed),
                    \(bind: recordedOn), \(bind: principal.accountID), \(bind: principal.username), \(bind: Timestamp.format(now)))
                """
            ).run()
            // The purpose may itself say something about health (高血压随访): it is sealed with the readings and stays out
            // of the log too.
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .healthRecordWritten, subject: "healthRecord:\(record.id)", territoryCode: station.communityCode,
                    detail: ["station": station.id, "resident": residentID, "consentBy": giver.rawValue], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return record
        }
    }

    /// A station's health records, newest first, as lists show them: masked name, day, consent. For the
    /// office only; a hospital's account never sees them.
    public func records(stationID: String, by principal: Principal, limit: Int = 200) async throws -> [HealthRecord] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return try await database.read { sql in
            let station = try await Self.station(stationID, visibleTo: principal, in: sql)
            return try await sql.raw(
                """
                SELECT * FROM health_records WHERE station_id = \(bind: station.id)
                ORDER BY recorded_on DESC, created_at DESC, id LIMIT \(bind: limit)
                """
            ).all().map(Self.record)
        }
    }

    /// Opens one record in full for the office, with the reason written to the audit log in the same transaction.
    /// A record whose consent was withdrawn has nothing left to open.
    public func reveal(recordID: String, reason: String, by principal: Principal, clientAddress: String? = nil) async throws
        -> HealthRecordContent
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.reason(reason)
        try validator.throwIfAny()
        let scope = principal.scope.communityCondition()
        let now = clock()
        let engine = database.engine
        let keys = self.keys
        let text: String = try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM health_records WHERE id = \(bind: recordID) AND \(scope)").first() else {
                throw StoreError.notFound
            }
            guard let sealed = try row.optionalString("content_sealed") else {
                throw ValidationFailure([FieldError("recordID", .consentRequired)])
            }
            let opened = try keys.open(sealed, context: SealedColumn.healthRecord.context)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .healthRecordRevealed, subject: "healthRecord:\(recordID)",
                    territoryCode: try row.string("community_code"), detail: ["resident": try row.string("resident_id")],
                    reason: reason.trimmingCharacters(in: .whitespaces), clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return opened
        }
        return try JSONDecoder().decode(HealthRecordContent.self, from: Data(text.utf8))
    }

    /// The resident withdraws consent: the readings and notes of every record of theirs at the record's station are
    /// erased, and the rows stay, marked withdrawn, so the count of records written keeps its history. Returns how
    /// many records were erased.
    public func withdrawConsent(recordID: String, by principal: Principal, clientAddress: String? = nil) async throws -> Int {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.communityCondition()
        let now = clock()
        let today = CalendarDay(containing: now).description
        let engine = database.engine
        return try await database.write { sql in
            guard
                let row = try await sql.raw(
                    "SELECT resident_id, station_id, community_code FROM health_records WHERE id = \(bind: recordID) AND \(scope)"
                ).first()
            else { throw StoreError.notFound }
            let residentID = try row.string("resident_id")
            let stationID = try row.string("station_id")
            let community = try row.string("community_code")
            try PartnerStore.requireOffice(principal, community: community)
            let held = try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM health_records
                WHERE resident_id = \(bind: residentID) AND station_id = \(bind: stationID) AND withdrawn_on IS NULL
                """
            ).first()?.int("n") ?? 0
            guard held > 0 else { throw ValidationFailure([FieldError("recordID", .sameAsBefore)]) }
            try await sql.raw(
                """
                UPDATE health_records SET content_sealed = NULL, withdrawn_on = \(bind: today)
                WHERE resident_id = \(bind: residentID) AND station_id = \(bind: stationID) AND withdrawn_on IS NULL
                """
            ).run()
            // No action of its own: the erasure is a change to the resident's health records, logged as one.
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .healthRecordWritten, subject: "resident:\(residentID)", territoryCode: community,
                    detail: ["station": stationID, "consent": "withdrawn", "records": String(held)], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return held
        }
    }

    static func record(_ row: any SQLRow) throws -> HealthRecord {
        HealthRecord(
            id: try row.string("id"), stationID: try row.string("station_id"), residentID: try row.string("resident_id"),
            residentNameMasked: try row.string("resident_masked"),
            consentBy: HealthConsentGiver(rawValue: try row.string("consent_by")) ?? .resident,
            recordedOn: try row.string("recorded_on"), recordedBy: try row.string("recorded_by_name"),
            withdrawnOn: try row.optionalString("withdrawn_on"))
    }
}
