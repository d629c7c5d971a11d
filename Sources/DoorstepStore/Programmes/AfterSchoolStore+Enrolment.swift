import DoorstepCore
import Foundation
import SQLKit

extension AfterSchoolStore {
    /// Enrols a child with the guardian's consent, which the caller records: without it, or outside a dual-working
    /// family, nothing is written. The guardian is the first authorised pick-up person, the others follow; the
    /// enrolment and its pick-up persons land in one transaction with the audit line, or none of them does. A full
    /// class refuses.
    public func enrol(_ new: NewAfterSchoolEnrolment, classID: String, by principal: Principal) async throws -> AfterSchoolEnrolment {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let today = CalendarDay(containing: now)
        try new.validate(today: today)
        let people = try sealedPickUps(new)
        let child = SealedChild(
            name: new.childName.trimmingCharacters(in: .whitespaces), birthDate: new.childBirthDate.trimmingCharacters(in: .whitespaces))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let childText = String(decoding: try encoder.encode(child), as: UTF8.self)
        let childSealed = try keys.seal(childText, context: SealedColumn.childDetails.context)
        // The same child twice in a class is found by a keyed hash of who they are, without opening anything.
        let childHash = keys.blindIndex(child.indexInput, context: SealedColumn.childDetails.context)
        let guardian = people[0]
        let enrolment = AfterSchoolEnrolment(
            id: Secrets.identifier(), classID: classID, childNameMasked: Masking.name(child.name),
            school: new.school.trimmingCharacters(in: .whitespaces), grade: new.grade.trimmingCharacters(in: .whitespaces),
            guardianName: guardian.person.name, guardianPhoneMasked: guardian.person.phoneMasked,
            consentRecordedBy: principal.username, consentRecordedAt: Timestamp.truncated(now), enrolledOn: today.description,
            withdrawnOn: nil, pickUps: people.map(\.person))
        let guardianPhone = try keys.seal(guardian.phone, context: SealedColumn.guardianPhone.context)
        let engine = database.engine
        do {
            try await database.write { sql in
                let schoolClass = try await Self.schoolClass(classID, for: principal, locked: true, engine: engine, in: sql)
                guard let end = CalendarDay(iso: schoolClass.termEnd), today <= end else {
                    throw ValidationFailure([FieldError("classID", .notOpen)])
                }
                let taken = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM after_school_enrolments WHERE class_id = \(bind: classID) AND withdrawn_on IS NULL"
                ).first()?.int("n") ?? 0
                guard taken < schoolClass.capacity else {
                    throw ValidationFailure([FieldError("capacity", .tooLarge(maximum: schoolClass.capacity))])
                }
                try await sql.raw(
                    """
                    INSERT INTO after_school_enrolments (id, class_id, street_code, community_code, child_sealed, child_masked,
                        child_hash, school, grade, guardian_name, guardian_phone_sealed, guardian_phone_masked, both_parents_work,
                        consent_given, consent_recorded_by, consent_recorded_by_name, consent_recorded_at, enrolled_on, created_at)
                    VALUES (\(bind: enrolment.id), \(bind: classID), \(bind: TerritoryCode.streetCode(of: schoolClass.communityCode)),
                        \(bind: schoolClass.communityCode), \(bind: childSealed), \(bind: enrolment.childNameMasked), \(bind: childHash),
                        \(bind: enrolment.school), \(bind: enrolment.grade), \(bind: enrolment.guardianName), \(bind: guardianPhone),
                        \(bind: enrolment.guardianPhoneMasked), \(bind: new.bothParentsWork), \(bind: new.guardianConsent),
                        \(bind: principal.accountID), \(bind: principal.username), \(bind: Timestamp.format(now)),
                        \(bind: enrolment.enrolledOn), \(bind: Timestamp.format(now)))
                    """
                ).run()
                for (position, person) in people.enumerated() {
                    try await sql.raw(
                        """
                        INSERT INTO after_school_pickups (id, enrolment_id, position, name, relation, is_guardian, phone_sealed,
                            phone_masked, phone_hash, created_at)
                        VALUES (\(bind: person.person.id), \(bind: enrolment.id), \(bind: position), \(bind: person.person.name),
                            \(bind: person.person.relation), \(bind: person.person.isGuardian), \(bind: person.sealed),
                            \(bind: person.person.phoneMasked), \(bind: person.hash), \(bind: Timestamp.format(now)))
                        """
                    ).run()
                }
                // Who and where, never the child: the audit log is read more widely than the enrolment.
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .afterSchoolEnrolled, subject: "afterSchoolEnrolment:\(enrolment.id)",
                        territoryCode: schoolClass.communityCode, detail: ["class": classID, "pickUps": String(people.count)]),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("childName", .alreadyExists)])
        }
        return enrolment.masked
    }

    /// Ends a child's enrolment today: their place is free again, and the figures stop counting them after today.
    public func withdraw(enrolmentID: String, by principal: Principal) async throws {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let today = CalendarDay(containing: now).description
        let engine = database.engine
        try await database.write { sql in
            guard let row = try await sql.raw(
                """
                SELECT withdrawn_on, community_code FROM after_school_enrolments
                WHERE id = \(bind: enrolmentID) AND \(principal.scope.communityCondition())
                """
            ).first() else { throw StoreError.notFound }
            guard try row.optionalString("withdrawn_on") == nil else { throw ValidationFailure([FieldError("enrolmentID", .alreadyExists)]) }
            try await sql.raw("UPDATE after_school_enrolments SET withdrawn_on = \(bind: today) WHERE id = \(bind: enrolmentID)").run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .afterSchoolWithdrawn, subject: "enrolment:\(enrolmentID)",
                    territoryCode: try row.string("community_code")),
                at: now, in: sql, engine: engine)
        }
    }

    /// A class's children enrolled on `day` (every one still enrolled when nil), masked, with their pick-up persons.
    public func enrolments(classID: String, on day: CalendarDay? = nil, by principal: Principal) async throws -> [AfterSchoolEnrolment] {
        try await database.read { sql in
            _ = try await Self.schoolClass(classID, for: principal, in: sql)
            return try await Self.enrolments(classID: classID, on: day?.description, in: sql)
        }
    }

    // MARK: - Shared

    /// The child as sealed: name and birth date together, so neither is ever stored in clear.
    struct SealedChild: Codable, Sendable {
        var name: String
        var birthDate: String

        /// What the child's keyed hash is taken of: who they are, however their name was spaced.
        var indexInput: String { name.filter { !$0.isWhitespace } + "|" + birthDate }
    }

    /// A pick-up person ready to write: what the lists show, the sealed phone, and its keyed hash.
    struct SealedPickUp: Sendable {
        var person: AfterSchoolPickUp
        var phone: String
        var sealed: String
        var hash: String
    }

    /// The guardian first, then every person given, each phone normalised, sealed and hashed.
    func sealedPickUps(_ new: NewAfterSchoolEnrolment) throws -> [SealedPickUp] {
        var given = [NewPickUpPerson(name: new.guardianName, relation: "", phone: new.guardianPhone)]
        given.append(contentsOf: new.givenPickUps)
        var sealed: [SealedPickUp] = []
        for (position, person) in given.enumerated() {
            let isGuardian = position == 0
            guard case .success(let phone) = PhoneNumber.parse(person.phone) else {
                throw ValidationFailure([FieldError(isGuardian ? "guardianPhone" : "pickUpPhone\(position)", .phoneFormat)])
            }
            sealed.append(
                SealedPickUp(
                    person: AfterSchoolPickUp(
                        id: Secrets.identifier(), name: person.name.trimmingCharacters(in: .whitespaces),
                        relation: person.relation.trimmingCharacters(in: .whitespaces), isGuardian: isGuardian,
                        phoneMasked: Masking.phone(phone.value)),
                    phone: phone.value, sealed: try keys.seal(phone.value, context: SealedColumn.pickUpPhone.context),
                    hash: keys.blindIndex(phone.value, context: SealedColumn.pickUpPhone.context)))
        }
        return sealed
    }

    /// The enrolments of a class, in the order they came, each with its pick-up persons: those enrolled on `day`
    /// when given, else those not withdrawn.
    static func enrolments(classID: String, on day: String?, in sql: any SQLDatabase) async throws -> [AfterSchoolEnrolment] {
        let active: SQLQueryString
        if let day {
            // A child withdrawn on the day they came stays on that day's sheet until they are handed over.
            active = """
                enrolled_on <= \(bind: day) AND (withdrawn_on IS NULL OR withdrawn_on > \(bind: day)
                    OR id IN (SELECT enrolment_id FROM after_school_arrivals WHERE day = \(bind: day)))
                """
        } else {
            active = "withdrawn_on IS NULL"
        }
        var pickUps: [String: [AfterSchoolPickUp]] = [:]
        for row in try await sql.raw(
            """
            SELECT p.* FROM after_school_pickups p JOIN after_school_enrolments e ON e.id = p.enrolment_id
            WHERE e.class_id = \(bind: classID) ORDER BY p.enrolment_id, p.position
            """
        ).all() {
            pickUps[try row.string("enrolment_id"), default: []].append(try pickUp(row))
        }
        return try await sql.raw(
            "SELECT * FROM after_school_enrolments WHERE class_id = \(bind: classID) AND \(active) ORDER BY created_at, id"
        ).all().map { try enrolment($0, pickUps: pickUps[try $0.string("id")] ?? []) }
    }

    static func enrolment(_ row: any SQLRow, pickUps: [AfterSchoolPickUp]) throws -> AfterSchoolEnrolment {
        AfterSchoolEnrolment(
            id: try row.string("id"), classID: try row.string("class_id"), childNameMasked: try row.string("child_masked"),
            school: try row.string("school"), grade: try row.string("grade"), guardianName: try row.string("guardian_name"),
            guardianPhoneMasked: try row.string("guardian_phone_masked"), consentRecordedBy: try row.string("consent_recorded_by_name"),
            consentRecordedAt: try row.date("consent_recorded_at"), enrolledOn: try row.string("enrolled_on"),
            withdrawnOn: try row.optionalString("withdrawn_on"), pickUps: pickUps
        ).masked
    }

    static func pickUp(_ row: any SQLRow) throws -> AfterSchoolPickUp {
        AfterSchoolPickUp(
            id: try row.string("id"), name: try row.string("name"), relation: try row.string("relation"),
            isGuardian: try row.bool("is_guardian"), phoneMasked: try row.string("phone_masked"))
    }
}
