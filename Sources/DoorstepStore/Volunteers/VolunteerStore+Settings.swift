import DoorstepCore
import Foundation
import SQLKit

/// A community's star thresholds (星级志愿者), kept in `volunteer_settings`: `summary` and the record of service
/// read them through `VolunteerStore.stars(community:in:)`, so a change here moves every volunteer's stars at once.
extension VolunteerStore {
    /// The thresholds in force: the community's own, else the standard 100 / 300 / 600 / 1000 / 1500 h. For anyone
    /// of the community (a volunteer sees what their next star takes) and its office.
    public func starThresholds(community: String, by principal: Principal) async throws -> VolunteerStars {
        guard principal.scope.contains(code: community) || principal.scope.communityCode == community else {
            throw StoreError.notFound
        }
        return try await database.read { sql in try await Self.stars(community: community, in: sql) }
    }

    /// The office sets its community's five thresholds.
    public func updateStarThresholds(_ stars: VolunteerStars, community: String, by principal: Principal) async throws {
        guard principal.can(.manageVolunteers), principal.scope.contains(code: community) else { throw StoreError.forbidden }
        guard community.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("communityCode", .codeFormat(digits: ScopeLevel.community.codeLength))])
        }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO volunteer_settings (community_code, star_hours, updated_by, updated_at)
                    VALUES (\(bind: community), \(bind: stars.text), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                    ON CONFLICT (community_code) DO UPDATE SET star_hours = excluded.star_hours, updated_by = excluded.updated_by,
                        updated_at = excluded.updated_at
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .starThresholdsChanged, subject: "volunteerSettings:\(community)", territoryCode: community,
                        detail: ["starHours": stars.text]),
                    at: now, in: sql, engine: engine)
            }
        } catch where isForeignKeyViolation(error) {
            throw ValidationFailure([FieldError("communityCode", .notFound)])
        }
    }
}
