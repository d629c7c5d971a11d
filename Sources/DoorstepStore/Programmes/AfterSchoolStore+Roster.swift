import DoorstepCore
import Foundation
import SQLKit

extension AfterSchoolStore {
    /// Puts a registered volunteer of the class's community on duty on a day the class meets; once per day.
    public func assignVolunteer(classID: String, volunteerID: String, day: CalendarDay, by principal: Principal) async throws
        -> AfterSchoolRosterEntry
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        do {
            return try await database.write { sql in
                let schoolClass = try await Self.schoolClass(classID, for: principal, in: sql)
                guard schoolClass.meets(on: day) else { throw ValidationFailure([FieldError("day", .notOpen)]) }
                // A volunteer of another community is not offered, and is not told apart from none.
                guard let volunteer = try await sql.raw(
                    "SELECT name FROM volunteers WHERE id = \(bind: volunteerID) AND community_code = \(bind: schoolClass.communityCode)"
                ).first() else { throw ValidationFailure([FieldError("volunteerID", .notFound)]) }
                let entry = AfterSchoolRosterEntry(
                    id: Secrets.identifier(), classID: classID, day: day.description, volunteerID: volunteerID,
                    volunteerName: try volunteer.string("name"))
                try await sql.raw(
                    """
                    INSERT INTO after_school_roster (id, class_id, day, volunteer_id, assigned_by, created_at)
                    VALUES (\(bind: entry.id), \(bind: classID), \(bind: entry.day), \(bind: volunteerID), \(bind: principal.accountID),
                        \(bind: Timestamp.format(now)))
                    """
                ).run()
                return entry
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("volunteerID", .alreadyExists)])
        }
    }

    /// The volunteers on duty at a class between two days, both included, by day.
    public func roster(classID: String, from first: CalendarDay, to last: CalendarDay, by principal: Principal) async throws
        -> [AfterSchoolRosterEntry]
    {
        try await database.read { sql in
            _ = try await Self.schoolClass(classID, for: principal, in: sql)
            return try await Self.roster(classID: classID, from: first.description, to: last.description, in: sql)
        }
    }

    static func roster(classID: String, from first: String, to last: String, in sql: any SQLDatabase) async throws
        -> [AfterSchoolRosterEntry]
    {
        try await sql.raw(
            """
            SELECT r.id, r.day, r.volunteer_id, v.name FROM after_school_roster r JOIN volunteers v ON v.id = r.volunteer_id
            WHERE r.class_id = \(bind: classID) AND r.day >= \(bind: first) AND r.day <= \(bind: last)
            ORDER BY r.day, v.name LIMIT 500
            """
        ).all().map {
            AfterSchoolRosterEntry(
                id: try $0.string("id"), classID: classID, day: try $0.string("day"), volunteerID: try $0.string("volunteer_id"),
                volunteerName: try $0.string("name"))
        }
    }
}
