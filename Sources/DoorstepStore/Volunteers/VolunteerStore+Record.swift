import DoorstepCore
import Foundation
import SQLKit

extension VolunteerStore {
    /// A volunteer's record of service (志愿服务记录证明): every activity whose hours were confirmed, oldest first,
    /// the total, and the stars by the community's thresholds. For the volunteer themselves, or the office of
    /// their community; what is printed shows the phone masked.
    public func record(volunteerID: String, by principal: Principal) async throws -> ServiceRecord {
        let today = CalendarDay(containing: clock()).description
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM volunteers WHERE id = \(bind: volunteerID)").first() else {
                throw StoreError.notFound
            }
            let volunteer = try Self.volunteer(row)
            guard volunteer.accountID == principal.accountID
                || (principal.can(.manageVolunteers) && principal.scope.contains(code: volunteer.communityCode))
            else { throw StoreError.notFound }
            let communityName = try await sql.raw("SELECT name FROM communities WHERE code = \(bind: volunteer.communityCode)")
                .first()?.string("name") ?? volunteer.communityCode
            var entries: [ServiceRecordEntry] = []
            for line in try await sql.raw(
                """
                SELECT a.id, a.title, a.starts_at, s.confirmed_half_hours FROM signups s
                JOIN volunteer_activities a ON a.id = s.activity_id
                WHERE s.volunteer_id = \(bind: volunteerID) AND s.confirmed_half_hours IS NOT NULL
                ORDER BY a.starts_at, a.id
                """
            ).all() {
                entries.append(
                    ServiceRecordEntry(
                        activityID: try line.string("id"), day: CalendarDay(containing: try line.date("starts_at")).description,
                        title: try line.string("title"), hours: HalfHours(try line.int("confirmed_half_hours"))))
            }
            let total = entries.reduce(HalfHours.zero) { $0 + $1.hours }
            let stars = try await Self.stars(community: volunteer.communityCode, in: sql)
            return ServiceRecord(
                volunteer: volunteer, communityName: communityName, entries: entries, total: total, stars: stars.stars(for: total),
                printedOn: today)
        }
    }

    /// The volunteer of the caller's community registered under this name and phone: how a volunteer names whom
    /// they give credits to without seeing anyone else's details, and a mistyped phone finds no one rather than a
    /// stranger.
    public func recipient(name: String, phone: String, by principal: Principal) async throws -> String {
        var validator = Validator()
        validator.text("recipientName", name, maximum: 50)
        var normalized = ""
        if phone.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.check("recipientPhone", .required)
        } else if case .success(let parsed) = PhoneNumber.parse(phone) {
            normalized = parsed.value
        } else {
            validator.check("recipientPhone", .phoneFormat)
        }
        try validator.throwIfAny()
        let index = keys.blindIndex(normalized, context: SealedColumn.volunteerPhone.context)
        let wanted = name.trimmingCharacters(in: .whitespaces)
        return try await database.read { sql in
            let me = try await Self.me(principal, in: sql)
            guard let row = try await sql.raw(
                "SELECT id, name FROM volunteers WHERE community_code = \(bind: me.community) AND phone_hash = \(bind: index)"
            ).first(), try row.string("name") == wanted
            else { throw ValidationFailure([FieldError("recipientPhone", .notFound)]) }
            return try row.string("id")
        }
    }
}
