import DoorstepCore
import Foundation
import SQLKit

/// Residents: ID numbers, phones and care categories sealed at rest, found by keyed hash, shown masked, and
/// revealed only with a reason that goes to the audit log.
public struct ResidentStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// The year residents' age bands are counted in.
    var thisYear: Int { CalendarDay(containing: clock()).year }

    /// Registers a resident in a household inside the caller's scope. A second record for the same ID number is
    /// refused, naming where the first one is (down to the building, not the room).
    public func create(_ new: NewResident, by principal: Principal) async throws -> Resident {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let sealed = try seal(new)
        let now = Timestamp.format(clock())
        let scope = principal.scope.condition()
        let engine = database.engine
        return try await database.write { sql in
            guard
                let household = try await sql.raw(
                    "SELECT grid_code FROM households WHERE id = \(bind: new.householdID) AND \(scope)"
                ).first()
            else { throw ValidationFailure([FieldError("householdID", .notFound)]) }
            if let problem = try await Self.duplicate(index: sealed.idIndex, seenBy: principal, in: sql) {
                throw ValidationFailure([FieldError("idNumber", problem)])
            }
            let grid = try household.string("grid_code")
            try await Self.insert(sealed, gridCode: grid, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(by: principal, .personRegistered, subject: "resident:\(sealed.id)", territoryCode: grid),
                at: clock(), in: sql, engine: engine)
            guard let row = try await sql.raw("SELECT * FROM residents WHERE id = \(bind: sealed.id)").first() else {
                throw StoreError.notFound
            }
            return try Self.resident(row, in: thisYear)
        }
    }

    /// Registers many residents in one transaction: every row is checked first (household in scope, ID number new
    /// in the database and in the batch), and either all go in or, with every bad row named, none do.
    public func createAll(_ residents: [NewResident], by principal: Principal) async throws -> Int {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let sealed = try residents.map(seal)
        let now = Timestamp.format(clock())
        let scope = principal.scope.condition()
        let engine = database.engine
        return try await database.write { sql in
            var grids: [String: String] = [:]
            for householdID in Set(residents.map(\.householdID)) {
                if let row = try await sql.raw(
                    "SELECT grid_code FROM households WHERE id = \(bind: householdID) AND \(scope)"
                ).first() {
                    grids[householdID] = try row.string("grid_code")
                }
            }
            var errors: [RowError] = []
            var seen: [String: Int] = [:]
            for (index, resident) in sealed.enumerated() {
                let row = index + 1
                if grids[resident.new.householdID] == nil { errors.append(RowError(row, "householdID", .notFound)) }
                if let first = seen[resident.idIndex] {
                    errors.append(RowError(row, "idNumber", .duplicateInFile(row: first)))
                } else if let problem = try await Self.duplicate(index: resident.idIndex, seenBy: principal, in: sql) {
                    errors.append(RowError(row, "idNumber", problem))
                }
                seen[resident.idIndex] = seen[resident.idIndex] ?? row
            }
            if !errors.isEmpty { throw RowValidationFailure(errors) }
            for resident in sealed {
                try await Self.insert(resident, gridCode: grids[resident.new.householdID]!, at: now, in: sql)
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .recordsImported, subject: "residents", territoryCode: principal.scope.code,
                    detail: ["rows": String(sealed.count)]),
                at: clock(), in: sql, engine: engine)
            return sealed.count
        }
    }

    /// A resident with its personal fields sealed and indexed, ready to insert.
    struct SealedResident: Sendable {
        let id: String
        var new: NewResident
        /// The household it goes into; an import fills it in once the household is found or made.
        var householdID: String {
            get { new.householdID }
            set { new.householdID = newValue }
        }
        let idIndex: String
        let sealedID: String
        let sealedPhone: String?
        let phoneIndex: String?
        let sealedCare: String?
        let sealedBirthDate: String?
        /// The year of birth, kept in clear for counts by age.
        var birthYear: Int? { new.birthDate.flatMap { Int($0.prefix(4)) } }
    }

    func seal(_ new: NewResident) throws -> SealedResident {
        let care = new.careCategories.map(\.rawValue).sorted().joined(separator: ",")
        return SealedResident(
            id: Secrets.identifier(), new: new,
            idIndex: keys.blindIndex(new.idNumber, context: SealedColumn.residentIDNumber.context),
            sealedID: try keys.seal(new.idNumber, context: SealedColumn.residentIDNumber.context),
            sealedPhone: try new.phone.map { try keys.seal($0, context: SealedColumn.residentPhone.context) },
            phoneIndex: new.phone.map { keys.blindIndex($0, context: SealedColumn.residentPhone.context) },
            sealedCare: care.isEmpty ? nil : try keys.seal(care, context: SealedColumn.residentCare.context),
            sealedBirthDate: try new.birthDate.map { try keys.seal($0, context: SealedColumn.residentBirthDate.context) })
    }

    static func insert(_ resident: SealedResident, gridCode grid: String, at now: String, in sql: any SQLDatabase)
        async throws
    {
        try await insert([(resident, grid)], at: now, in: sql)
    }

    /// Inserts residents a few dozen to a statement: one statement a row was most of an import's writing.
    static func insert(_ residents: [(resident: SealedResident, grid: String)], at now: String, in sql: any SQLDatabase)
        async throws
    {
        for start in stride(from: 0, to: residents.count, by: rowsPerInsert) {
            let rows = residents[start..<min(start + rowsPerInsert, residents.count)].map { resident, grid -> SQLQueryString in
                let new = resident.new
                let values: [any Encodable & Sendable] = [
                    resident.id, new.householdID, TerritoryCode.streetCode(of: grid), TerritoryCode.communityCode(of: grid),
                    grid, new.name, new.idDocumentType.rawValue, resident.sealedID, resident.idIndex,
                    Masking.idNumber(new.idNumber), resident.sealedPhone, resident.phoneIndex, new.phone.map(Masking.phone),
                    new.sex?.rawValue, resident.birthYear, resident.sealedBirthDate, new.relationToHead,
                    new.residenceStatus.rawValue, resident.sealedCare, resident.sealedCare != nil, now,
                ]
                return "(\(binds: values))"
            }
            try await sql.raw(
                """
                INSERT INTO residents (id, household_id, street_code, community_code, grid_code, name, id_type,
                    id_number_sealed, id_number_index, id_number_masked, phone_sealed, phone_index, phone_masked, sex,
                    birth_year, birth_date_sealed, relation_to_head, residence_status, care_sealed, has_care, created_at)
                VALUES \(rows.joined(separator: ", "))
                """
            ).run()
        }
    }

    /// 21 columns each: well inside both engines' limits on bound values.
    static let rowsPerInsert = 40

    /// Why an ID number cannot be registered again: where it is (community, grid, building) when that lies inside
    /// the caller's scope, or only that it is registered elsewhere — a form must not tell where a person lives
    /// outside one's scope. Nil when the number is new.
    static func duplicate(index: String, seenBy principal: Principal, in sql: any SQLDatabase) async throws -> FieldProblem? {
        let row = try await sql.raw(
            """
            SELECT r.grid_code, c.name AS community, g.name AS grid, b.name AS building
            FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
            JOIN grids g ON g.code = r.grid_code JOIN communities c ON c.code = r.community_code
            WHERE r.id_number_index = \(bind: index)
            """
        ).first()
        guard let row else { return nil }
        guard principal.scope.contains(code: try row.string("grid_code")) else { return .duplicateIDNumberElsewhere }
        return .duplicateIDNumber(place: "\(try row.string("community")) \(try row.string("grid")) \(try row.string("building"))")
    }

    /// A page of the residents inside the caller's scope, in a stable order; `after` is the last id of the page
    /// before.
    public func list(for principal: Principal, gridCode: String? = nil, after: String? = nil, limit: Int = 50)
        async throws -> [Resident]
    {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let grid: SQLQueryString = gridCode.map { "AND grid_code = \(bind: $0)" } ?? ""
        let cursor: SQLQueryString = after.map { "AND id > \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM residents WHERE \(scope) \(grid) \(cursor) ORDER BY id LIMIT \(bind: limit)")
                .all().map { try Self.resident($0, in: thisYear).shown(to: principal.role) }
        }
    }

    /// Everyone registered in the households of one building inside the caller's scope.
    public func residents(inBuilding buildingID: String, for principal: Principal) async throws -> [Resident] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition(street: "r.street_code", community: "r.community_code", grid: "r.grid_code")
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT r.* FROM residents r JOIN households h ON h.id = r.household_id
                WHERE h.building_id = \(bind: buildingID) AND \(scope) ORDER BY r.household_id, r.created_at, r.id
                """
            ).all().map { try Self.resident($0, in: thisYear).shown(to: principal.role) }
        }
    }

    public func resident(id: String, for principal: Principal) async throws -> Resident {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let row = try await database.read { sql in
            try await sql.raw("SELECT * FROM residents WHERE id = \(bind: id) AND \(scope)").first()
        }
        guard let row else { throw StoreError.notFound }
        return try Self.resident(row, in: thisYear).shown(to: principal.role)
    }

    /// Finds residents by an exact ID number or phone through the keyed hash, inside the caller's scope.
    public func find(idNumber: String? = nil, phone: String? = nil, for principal: Principal) async throws -> [Resident] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let condition: SQLQueryString
        if let idNumber {
            let normalized = Self.normalizedIDNumber(idNumber)
            condition = "id_number_index = \(bind: keys.blindIndex(normalized, context: SealedColumn.residentIDNumber.context))"
        } else if let phone {
            guard case .success(let number) = PhoneNumber.parse(phone) else {
                throw ValidationFailure([FieldError("phone", .phoneFormat)])
            }
            condition = "phone_index = \(bind: keys.blindIndex(number.value, context: SealedColumn.residentPhone.context))"
        } else {
            throw ValidationFailure([FieldError("idNumber", .required)])
        }
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM residents WHERE \(condition) AND \(scope) ORDER BY id").all()
                .map { try Self.resident($0, in: thisYear).shown(to: principal.role) }
        }
    }

    /// The full value of one personal field, for a role that may see it, with the reason written to the audit log
    /// in the same transaction.
    public func reveal(
        _ field: PersonalField, of id: String, reason: String, by principal: Principal, clientAddress: String? = nil
    ) async throws -> String {
        guard principal.role.revealableFields.contains(field) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.reason(reason)
        try validator.throwIfAny()
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        let keys = self.keys
        return try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM residents WHERE id = \(bind: id) AND \(scope)").first() else {
                throw StoreError.notFound
            }
            let value: String
            switch field {
            case .idNumber:
                value = try keys.open(try row.string("id_number_sealed"), context: SealedColumn.residentIDNumber.context)
            case .phone:
                value = try row.optionalString("phone_sealed").map {
                    try keys.open($0, context: SealedColumn.residentPhone.context)
                } ?? ""
            case .careCategories:
                value = try row.optionalString("care_sealed").map {
                    try keys.open($0, context: SealedColumn.residentCare.context)
                } ?? ""
            case .birthDate:
                value = try row.optionalString("birth_date_sealed").map {
                    try keys.open($0, context: SealedColumn.residentBirthDate.context)
                } ?? ""
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .personalDataRevealed, subject: "resident:\(id)",
                    territoryCode: try row.string("grid_code"), detail: ["field": field.rawValue],
                    reason: reason.trimmingCharacters(in: .whitespaces), clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return value
        }
    }

    /// An ID number as it is indexed: a resident ID card's number normalised (lower-case x), any other document's
    /// upper-cased, as registration stores them.
    static func normalizedIDNumber(_ text: String) -> String {
        switch IDNumber.parse(text) {
        case .success(let number): number.value
        case .failure: text.trimmingCharacters(in: .whitespaces).uppercased()
        }
    }

    static func resident(_ row: any SQLRow, in year: Int) throws -> Resident {
        let born = try row.optionalInt("birth_year")
        return Resident(
            id: try row.string("id"), householdID: try row.string("household_id"), gridCode: try row.string("grid_code"),
            name: try row.string("name"),
            idDocumentType: IDDocumentType(rawValue: try row.string("id_type")) ?? .residentIDCard,
            idNumberMasked: try row.string("id_number_masked"), phoneMasked: try row.optionalString("phone_masked"),
            sex: try row.optionalString("sex").flatMap(Sex.init(rawValue:)), birthYear: born,
            ageBand: Resident.ageBand(bornIn: born, in: year),
            relationToHead: try row.string("relation_to_head"),
            residenceStatus: ResidenceStatus(rawValue: try row.string("residence_status")) ?? .permanent,
            hasCareCategories: try row.bool("has_care"))
    }
}
