import DoorstepCore
import Foundation
import SQLKit

/// A resident's own record, for the resident who signs in with an account linked to it (PIPL: see, export,
/// correct, delete). Every look at the record is audited, as a reveal would be.
extension ResidentStore {
    /// Links a resident's account to their record, for staff who may edit the record. The account will see the
    /// record in full, so staff must type the ID number from the person's own document and it must be the
    /// record's: a mistyped username cannot show one person's record to another, and a role that may not reveal ID
    /// numbers cannot get one revealed through a linked account. An account is linked to at most one record and a
    /// record to at most one account.
    public func linkAccount(
        username: String, idNumber: String, toResident id: String, by principal: Principal, clientAddress: String? = nil
    ) async throws {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        let index = keys.blindIndex(Self.normalizedIDNumber(idNumber), context: SealedColumn.residentIDNumber.context)
        try await database.write { sql in
            guard
                let resident = try await sql.raw(
                    "SELECT grid_code, id_number_index FROM residents WHERE id = \(bind: id) AND anonymised_at IS NULL AND \(scope)"
                ).first()
            else { throw StoreError.notFound }
            guard try resident.string("id_number_index") == index else {
                throw ValidationFailure([FieldError("idNumber", .mismatch)])
            }
            let account = try await sql.raw(
                "SELECT id, role, resident_id FROM accounts WHERE username = \(bind: username) AND \(scope)"
            ).first()
            guard let account, try account.string("role") == Role.resident.rawValue else {
                throw ValidationFailure([FieldError("username", .notFound)])
            }
            let recordTaken = try await sql.raw("SELECT id FROM accounts WHERE resident_id = \(bind: id)").first() != nil
            if try account.optionalString("resident_id") != nil || recordTaken {
                throw ValidationFailure([FieldError("username", .alreadyExists)])
            }
            try await sql.raw("UPDATE accounts SET resident_id = \(bind: id) WHERE id = \(bind: try account.string("id"))")
                .run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .accountLinkedToResident, subject: "resident:\(id)",
                    territoryCode: try resident.string("grid_code"), detail: ["username": username],
                    clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
    }

    /// The caller's own record in full, with the access written to the audit log. `exported` says whether it is
    /// being downloaded rather than looked at.
    public func ownRecord(for principal: Principal, exported: Bool = false, clientAddress: String? = nil) async throws
        -> OwnRecord
    {
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            let id = try await Self.ownResidentID(of: principal, in: sql)
            guard
                let row = try await sql.raw(
                    """
                    SELECT r.*, h.unit, h.room, b.name AS building, b.address FROM residents r
                    JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
                    WHERE r.id = \(bind: id)
                    """
                ).first()
            else { throw StoreError.notFound }
            let input = try currentInput(row)
            var record = OwnRecord(
                name: try row.string("name"),
                idDocumentType: IDDocumentType(rawValue: try row.string("id_type")) ?? .residentIDCard,
                idNumber: input.idNumber ?? "", phone: input.phone,
                sex: try row.optionalString("sex").flatMap(Sex.init(rawValue:)),
                birthDate: try row.optionalString("birth_date_sealed").map {
                    try keys.open($0, context: SealedColumn.residentBirthDate.context)
                },
                relationToHead: try row.string("relation_to_head"),
                residenceStatus: ResidenceStatus(rawValue: try row.string("residence_status")) ?? .permanent,
                careCategories: (input.careCategories ?? []).compactMap(CareCategory.init(rawValue:)),
                building: try row.string("building"), address: try row.string("address"), unit: try row.string("unit"),
                room: try row.string("room"), registeredAt: Timestamp.parse(try row.string("created_at")) ?? now)
            record.healthRecords = try await sql.raw(
                """
                SELECT s.name, r.recorded_on, r.content_sealed, r.withdrawn_on FROM health_records r
                JOIN health_stations s ON s.id = r.station_id WHERE r.resident_id = \(bind: id) ORDER BY r.recorded_on DESC, r.id
                """
            ).all().map { health in
                let content = try health.optionalString("content_sealed").map {
                    try JSONDecoder().decode(
                        HealthRecordContent.self, from: Data(try keys.open($0, context: SealedColumn.healthRecord.context).utf8))
                }
                return OwnHealthRecord(
                    station: try health.string("name"), recordedOn: try health.string("recorded_on"), content: content,
                    withdrawnOn: try health.optionalString("withdrawn_on"))
            }
            record.aidProjects = try await sql.raw(
                """
                SELECT p.title, b.added_on, b.removed_on FROM aid_beneficiaries b JOIN aid_projects p ON p.id = b.project_id
                WHERE b.resident_id = \(bind: id) ORDER BY b.added_on DESC, b.id
                """
            ).all().map {
                OwnAidPlace(project: try $0.string("title"), addedOn: try $0.string("added_on"), removedOn: try $0.optionalString("removed_on"))
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .subjectAccessed, subject: "resident:\(id)", territoryCode: try row.string("grid_code"),
                    detail: ["what": exported ? "export" : "view"], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return record
        }
    }

    /// Asks for a correction (`field` and the right value) or for deletion of the caller's own record. The value
    /// is checked as the field would be, so a mistyped ID number is caught at once; a sensitive value is sealed.
    /// One open request of a kind (and field) at a time.
    public func request(
        _ kind: DataRequestKind, field: CorrectableField? = nil, value: String? = nil, note: String,
        by principal: Principal, clientAddress: String? = nil
    ) async throws -> DataRequest {
        let value = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        var validator = Validator()
        var stored = value
        if kind == .correction {
            if let field {
                switch field {
                case .idNumber:
                    switch IDNumber.parse(value, today: clock()) {
                    case .success(let number): stored = number.value
                    case .failure(let problem): validator.check("value", problem)
                    }
                case .phone:
                    switch PhoneNumber.parse(value) {
                    case .success(let number): stored = number.value
                    case .failure(let problem): validator.check("value", problem)
                    }
                case .residenceStatus:
                    // People write 户籍 / 常住 / 流动; the record keeps the code.
                    if let status = ResidentSheet.residenceStatusWords[value] {
                        stored = status.rawValue
                    } else {
                        validator.check("value", .unknownValue(allowed: ["户籍", "常住", "流动"]))
                    }
                case .other:
                    // The note is the request; its length is checked below with every note's.
                    if note.isEmpty { validator.check("note", .required) }
                case .name, .relationToHead:
                    validator.text("value", value, maximum: 50)
                }
            } else {
                validator.check("field", .required)
            }
        }
        if note.count > 500 { validator.check("note", .tooLong(maximum: 500)) }
        try validator.throwIfAny()
        // A deletion carries no value, whatever was sent with it.
        let field = kind == .correction ? field : nil
        let sealed = try field.flatMap { $0.isSensitive ? try keys.seal(stored, context: SealedColumn.proposedValue.context) : nil }
        let shown: String? =
            switch field {
            case .idNumber?: Masking.idNumber(stored)
            case .phone?: Masking.phone(stored)
            case .other?, nil: nil
            default: stored
            }
        let id = Secrets.identifier()
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            let residentID = try await Self.ownResidentID(of: principal, in: sql)
            guard
                let resident = try await sql.raw("SELECT name, grid_code FROM residents WHERE id = \(bind: residentID)")
                    .first()
            else { throw StoreError.notFound }
            let open = try await sql.raw(
                """
                SELECT id FROM data_requests WHERE resident_id = \(bind: residentID) AND status = 'open'
                AND kind = \(bind: kind.rawValue) AND (field IS NULL OR field = \(bind: field?.rawValue ?? ""))
                """
            ).first()
            if open != nil { throw ValidationFailure([FieldError(kind == .deletion ? "kind" : "field", .alreadyExists)]) }
            let grid = try resident.string("grid_code")
            try await sql.raw(
                """
                INSERT INTO data_requests (id, resident_id, account_id, street_code, community_code, grid_code, kind,
                    field, proposed_sealed, proposed_shown, note, status, created_at)
                VALUES (\(bind: id), \(bind: residentID), \(bind: principal.accountID), \(bind: TerritoryCode.streetCode(of: grid)),
                    \(bind: TerritoryCode.communityCode(of: grid)), \(bind: grid), \(bind: kind.rawValue),
                    \(bind: kind == .correction ? field?.rawValue : nil), \(bind: sealed), \(bind: shown), \(bind: note),
                    'open', \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .dataRequestMade, subject: "resident:\(residentID)", territoryCode: grid,
                    detail: ["kind": kind.rawValue, "field": field?.rawValue ?? ""], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return try await Self.dataRequest(id: id, in: sql)
        }
    }

    /// The caller's own requests, newest first.
    public func ownRequests(for principal: Principal) async throws -> [DataRequest] {
        try await database.read { sql in
            let id = try await Self.ownResidentID(of: principal, in: sql)
            return try await sql.raw(
                "\(unsafeRaw: Self.requestQuery) WHERE q.resident_id = \(bind: id) ORDER BY q.created_at DESC, q.id"
            ).all().map(Self.dataRequest)
        }
    }

    static func ownResidentID(of principal: Principal, in sql: any SQLDatabase) async throws -> String {
        guard
            let id = try await sql.raw("SELECT resident_id FROM accounts WHERE id = \(bind: principal.accountID)").first()?
                .optionalString("resident_id")
        else { throw StoreError.notFound }
        return id
    }

    static let requestQuery = """
        SELECT q.*, r.name AS resident_name FROM data_requests q JOIN residents r ON r.id = q.resident_id
        """

    static func dataRequest(id: String, in sql: any SQLDatabase) async throws -> DataRequest {
        guard let row = try await sql.raw("\(unsafeRaw: requestQuery) WHERE q.id = \(bind: id)").first() else {
            throw StoreError.notFound
        }
        return try dataRequest(row)
    }

    static func dataRequest(_ row: any SQLRow) throws -> DataRequest {
        DataRequest(
            id: try row.string("id"), residentID: try row.string("resident_id"),
            residentName: try row.string("resident_name"), gridCode: try row.string("grid_code"),
            kind: DataRequestKind(rawValue: try row.string("kind")) ?? .correction,
            field: try row.optionalString("field").flatMap(CorrectableField.init(rawValue:)),
            proposedValue: try row.optionalString("proposed_shown"), note: try row.string("note"),
            status: DataRequestStatus(rawValue: try row.string("status")) ?? .open,
            createdAt: Timestamp.parse(try row.string("created_at")) ?? Date(timeIntervalSince1970: 0),
            decidedAt: try row.optionalString("decided_at").flatMap(Timestamp.parse),
            decisionNote: try row.optionalString("decision_note"))
    }
}
