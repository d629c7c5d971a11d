import DoorstepCore
import Foundation
import SQLKit

/// The after-school class (四点半课堂, S15): classes set up by the community office, children enrolled with their
/// guardian's consent and their authorised pick-up persons, daily arrivals, signed hand-overs at pick-up, the
/// volunteers on duty, and the figures counted from all of it. Everything here is for staff who manage services,
/// inside their territory; a class elsewhere is not found.
public struct AfterSchoolStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Sets up a class in a community of the caller's territory, with a partner school of that community if named.
    public func createClass(_ new: AfterSchoolClass, by principal: Principal) async throws -> AfterSchoolClass {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var created = new
        created.id = Secrets.identifier()
        created.name = new.name.trimmingCharacters(in: .whitespaces)
        created.place = new.place.trimmingCharacters(in: .whitespaces)
        created.weekdays = Array(Set(new.weekdays)).sorted()
        created.termStart = new.termStart.trimmingCharacters(in: .whitespaces)
        created.termEnd = new.termEnd.trimmingCharacters(in: .whitespaces)
        created.partnerID = new.partnerID.flatMap { $0.isEmpty ? nil : $0 }
        try created.validate()
        guard created.communityCode.count == ScopeLevel.community.codeLength, principal.scope.contains(code: created.communityCode)
        else {
            throw ValidationFailure([FieldError("communityCode", created.communityCode.isEmpty ? .required : .outsideYourScope)])
        }
        let stored = created
        let now = clock()
        try await database.write { sql in
            if let partner = stored.partnerID {
                // A school of another community is not this class's partner, and is not told apart from none.
                guard let row = try await sql.raw("SELECT community_code FROM partners WHERE id = \(bind: partner)").first(),
                    try row.string("community_code") == stored.communityCode
                else { throw ValidationFailure([FieldError("partnerSchoolID", .notFound)]) }
            }
            try await sql.raw(
                """
                INSERT INTO after_school_classes (id, street_code, community_code, partner_id, name, place, weekdays, term_start,
                    term_end, capacity, created_by, created_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: stored.partnerID), \(bind: stored.name), \(bind: stored.place), \(bind: Self.weekdaysText(stored.weekdays)),
                    \(bind: stored.termStart), \(bind: stored.termEnd), \(bind: stored.capacity), \(bind: principal.accountID),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
        }
        return stored
    }

    /// The classes of the caller's territory, latest term first, each with its partner school's name and the
    /// children enrolled now.
    public func classes(by principal: Principal) async throws -> [AfterSchoolClassListing] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT c.*, p.name AS partner_name,
                    (SELECT COUNT(*) FROM after_school_enrolments e WHERE e.class_id = c.id AND e.withdrawn_on IS NULL) AS enrolled
                FROM after_school_classes c LEFT JOIN partners p ON p.id = c.partner_id
                WHERE \(principal.scope.communityCondition("c.community_code"))
                ORDER BY c.term_end DESC, c.name LIMIT 200
                """
            ).all().map {
                AfterSchoolClassListing(
                    schoolClass: try Self.schoolClass($0), partnerName: try $0.optionalString("partner_name"), enrolled: try $0.int("enrolled"))
            }
        }
    }

    /// One class of the caller's territory.
    public func schoolClass(id: String, by principal: Principal) async throws -> AfterSchoolClass {
        try await database.read { sql in try await Self.schoolClass(id, for: principal, in: sql) }
    }

    /// The partners of the caller's territory a class may name as its school.
    public func partnerSchools(by principal: Principal) async throws -> [AfterSchoolPartnerSchool] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return try await database.read { sql in
            try await sql.raw(
                "SELECT id, name, community_code FROM partners WHERE \(principal.scope.communityCondition()) ORDER BY name LIMIT 500"
            ).all().map {
                AfterSchoolPartnerSchool(id: try $0.string("id"), name: try $0.string("name"), communityCode: try $0.string("community_code"))
            }
        }
    }

    // MARK: - Shared

    /// The class, when the caller manages services in its community; `locked` takes its row as the places' lock.
    static func schoolClass(
        _ id: String, for principal: Principal, locked: Bool = false, engine: Engine = .sqlite, in sql: any SQLDatabase
    ) async throws -> AfterSchoolClass {
        let lock: SQLQueryString = locked ? engine.rowLock : ""
        guard principal.can(.manageServices),
            let row = try await sql.raw(
                "SELECT * FROM after_school_classes WHERE id = \(bind: id) AND \(principal.scope.communityCondition())\(lock)"
            ).first()
        else { throw StoreError.notFound }
        return try schoolClass(row)
    }

    static func schoolClass(_ row: any SQLRow) throws -> AfterSchoolClass {
        AfterSchoolClass(
            id: try row.string("id"), communityCode: try row.string("community_code"), partnerID: try row.optionalString("partner_id"),
            name: try row.string("name"), place: try row.string("place"),
            weekdays: try row.string("weekdays").split(separator: ",").compactMap { Int($0) },
            termStart: try row.string("term_start"), termEnd: try row.string("term_end"), capacity: try row.int("capacity"))
    }

    static func weekdaysText(_ weekdays: [Int]) -> String { weekdays.map(String.init).joined(separator: ",") }
}

/// A partner a class may name as its school.
public struct AfterSchoolPartnerSchool: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var communityCode: String
}
