import DoorstepCore
import Foundation
import SQLKit

extension AfterSchoolStore {
    /// How far back an arrival may be written in from a paper sheet: the same week, while it is remembered.
    public static let arrivalDaysBack = 7

    /// Records a child's arrival on a day the class meets (today unless a recent `day` is given): once per child and
    /// day.
    public func recordArrival(enrolmentID: String, day: CalendarDay? = nil, by principal: Principal) async throws -> AfterSchoolArrival {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let today = CalendarDay(containing: now)
        let arrivalDay = day ?? today
        guard arrivalDay <= today else { throw ValidationFailure([FieldError("day", .dateFormat)]) }
        guard arrivalDay >= today.adding(days: -Self.arrivalDaysBack) else {
            throw ValidationFailure([FieldError("day", .tooLongAgo(maximumDays: Self.arrivalDaysBack))])
        }
        do {
            return try await database.write { sql in
                let (enrolment, communityCode) = try await Self.enrolmentRecord(enrolmentID, for: principal, in: sql)
                let schoolClass = try await Self.schoolClass(enrolment.classID, for: principal, in: sql)
                guard schoolClass.meets(on: arrivalDay) else { throw ValidationFailure([FieldError("day", .notOpen)]) }
                guard Self.isEnrolled(enrolment, on: arrivalDay) else { throw ValidationFailure([FieldError("enrolmentID", .notOpen)]) }
                let arrival = AfterSchoolArrival(
                    id: Secrets.identifier(), enrolmentID: enrolmentID, classID: schoolClass.id, day: arrivalDay.description,
                    recordedAt: Timestamp.truncated(now), recordedBy: principal.displayName)
                try await sql.raw(
                    """
                    INSERT INTO after_school_arrivals (id, enrolment_id, class_id, community_code, day, recorded_at, recorded_by,
                        recorded_by_name)
                    VALUES (\(bind: arrival.id), \(bind: enrolmentID), \(bind: schoolClass.id), \(bind: communityCode),
                        \(bind: arrival.day), \(bind: Timestamp.format(now)), \(bind: principal.accountID), \(bind: arrival.recordedBy))
                    """
                ).run()
                return arrival
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("arrivedAt", .alreadyExists)])
        }
    }

    /// Hands a child who arrived today, and has not yet gone, to the person who came for them — only when their
    /// phone and name are those of one of the child's authorised pick-up persons. Anyone else is refused on
    /// `collectorName` and nothing is written; the page tells the member of staff to call the guardian. The
    /// collector's typed full name is their signature.
    public func handOver(enrolmentID: String, _ new: NewAfterSchoolHandOver, by principal: Principal) async throws -> AfterSchoolHandOver {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try new.validate()
        guard case .success(let phone) = PhoneNumber.parse(new.collectorPhone) else {
            throw ValidationFailure([FieldError("collectorPhone", .phoneFormat)])
        }
        let index = keys.blindIndex(phone.value, context: SealedColumn.pickUpPhone.context)
        let now = clock()
        let today = CalendarDay(containing: now).description
        let engine = database.engine
        do {
            return try await database.write { sql in
                let (enrolment, communityCode) = try await Self.enrolmentRecord(enrolmentID, for: principal, in: sql)
                guard try await sql.raw(
                    "SELECT id FROM after_school_arrivals WHERE enrolment_id = \(bind: enrolmentID) AND day = \(bind: today)"
                ).first() != nil else { throw ValidationFailure([FieldError("arrivedAt", .required)]) }
                guard try await sql.raw(
                    "SELECT id FROM after_school_handovers WHERE enrolment_id = \(bind: enrolmentID) AND day = \(bind: today)"
                ).first() == nil else { throw ValidationFailure([FieldError("handedOverAt", .alreadyExists)]) }
                // The phone finds the candidates by its keyed hash; the name must be theirs too, so neither a known
                // number with a stranger's name nor a right name with another number is enough.
                let candidates = try await sql.raw(
                    "SELECT * FROM after_school_pickups WHERE enrolment_id = \(bind: enrolmentID) AND phone_hash = \(bind: index) ORDER BY position"
                ).all().map(Self.pickUp)
                guard let person = candidates.first(where: { $0.matches(name: new.collectorName) }) else {
                    throw ValidationFailure([FieldError("collectorName", .notAuthorised)])
                }
                let handOver = AfterSchoolHandOver(
                    id: Secrets.identifier(), enrolmentID: enrolmentID, day: today, pickUpID: person.id, collectorName: person.name,
                    collectorRelation: person.relation, collectorIsGuardian: person.isGuardian,
                    signature: new.signature.trimmingCharacters(in: .whitespaces), handedOverAt: Timestamp.truncated(now),
                    handedOverBy: principal.displayName)
                try await sql.raw(
                    """
                    INSERT INTO after_school_handovers (id, enrolment_id, class_id, community_code, day, pickup_id, signature,
                        handed_over_at, handed_over_by, handed_over_by_name)
                    VALUES (\(bind: handOver.id), \(bind: enrolmentID), \(bind: enrolment.classID), \(bind: communityCode),
                        \(bind: today), \(bind: person.id), \(bind: handOver.signature), \(bind: Timestamp.format(now)),
                        \(bind: principal.accountID), \(bind: handOver.handedOverBy))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .afterSchoolHandedOver, subject: "afterSchoolEnrolment:\(enrolmentID)", territoryCode: communityCode,
                        detail: ["handOver": handOver.id, "pickUp": person.id, "day": today]),
                    at: now, in: sql, engine: engine)
                return handOver.masked
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("handedOverAt", .alreadyExists)])
        }
    }

    /// A class's day: whether it meets, each child enrolled that day with their arrival and hand-over (no arrival
    /// on a day it meets is an absence), and the volunteers on duty.
    public func daySheet(classID: String, day: CalendarDay, by principal: Principal) async throws -> AfterSchoolDaySheet {
        try await database.read { sql in
            let schoolClass = try await Self.schoolClass(classID, for: principal, in: sql)
            let date = day.description
            let enrolments = try await Self.enrolments(classID: classID, on: date, in: sql)
            var arrivals: [String: AfterSchoolArrival] = [:]
            for row in try await sql.raw(
                "SELECT * FROM after_school_arrivals WHERE class_id = \(bind: classID) AND day = \(bind: date)"
            ).all() {
                let found = try Self.arrival(row)
                arrivals[found.enrolmentID] = found
            }
            var handOvers: [String: AfterSchoolHandOver] = [:]
            for row in try await sql.raw(
                """
                SELECT h.*, p.name AS collector_name, p.relation AS collector_relation, p.is_guardian AS collector_is_guardian
                FROM after_school_handovers h JOIN after_school_pickups p ON p.id = h.pickup_id
                WHERE h.class_id = \(bind: classID) AND h.day = \(bind: date)
                """
            ).all() {
                let found = try Self.handOver(row)
                handOvers[found.enrolmentID] = found
            }
            return AfterSchoolDaySheet(
                schoolClass: schoolClass, day: date, meets: schoolClass.meets(on: day),
                lines: enrolments.map { AfterSchoolDayLine(enrolment: $0, arrival: arrivals[$0.id], handOver: handOvers[$0.id]) },
                roster: try await Self.roster(classID: classID, from: date, to: date, in: sql))
        }
    }

    // MARK: - Shared

    /// The enrolment and its community, when the caller manages services there.
    static func enrolmentRecord(_ id: String, for principal: Principal, in sql: any SQLDatabase) async throws
        -> (AfterSchoolEnrolment, String)
    {
        guard principal.can(.manageServices),
            let row = try await sql.raw(
                "SELECT * FROM after_school_enrolments WHERE id = \(bind: id) AND \(principal.scope.communityCondition())"
            ).first()
        else { throw StoreError.notFound }
        return (try enrolment(row, pickUps: []), try row.string("community_code"))
    }

    static func isEnrolled(_ enrolment: AfterSchoolEnrolment, on day: CalendarDay) -> Bool {
        let date = day.description
        return enrolment.enrolledOn <= date && (enrolment.withdrawnOn.map { $0 > date } ?? true)
    }

    static func arrival(_ row: any SQLRow) throws -> AfterSchoolArrival {
        AfterSchoolArrival(
            id: try row.string("id"), enrolmentID: try row.string("enrolment_id"), classID: try row.string("class_id"),
            day: try row.string("day"), recordedAt: try row.date("recorded_at"), recordedBy: try row.string("recorded_by_name"))
    }

    static func handOver(_ row: any SQLRow) throws -> AfterSchoolHandOver {
        AfterSchoolHandOver(
            id: try row.string("id"), enrolmentID: try row.string("enrolment_id"), day: try row.string("day"),
            pickUpID: try row.string("pickup_id"), collectorName: try row.string("collector_name"),
            collectorRelation: try row.string("collector_relation"), collectorIsGuardian: try row.bool("collector_is_guardian"),
            signature: try row.string("signature"), handedOverAt: try row.date("handed_over_at"),
            handedOverBy: try row.string("handed_over_by_name")
        ).masked
    }
}
