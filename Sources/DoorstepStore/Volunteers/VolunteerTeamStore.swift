import DoorstepCore
import Foundation
import SQLKit

/// Volunteer teams (志愿服务队): the office of a community sets one up, adds and removes the community's registered
/// volunteers, and gives activities to it; a team's hours are those confirmed at its activities.
public struct VolunteerTeamStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Sets up a team in a community of the caller's territory; a name is used once per community.
    public func create(name: String, communityCode: String, by principal: Principal) async throws -> VolunteerTeam {
        guard principal.can(.manageVolunteers), principal.scope.contains(code: communityCode) else { throw StoreError.forbidden }
        guard communityCode.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("communityCode", .codeFormat(digits: ScopeLevel.community.codeLength))])
        }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try VolunteerTeam.validate(name: name)
        let team = VolunteerTeam(
            id: Secrets.identifier(), communityCode: communityCode, name: name.trimmingCharacters(in: .whitespacesAndNewlines))
        let now = clock()
        let engine = database.engine
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO volunteer_teams (id, street_code, community_code, name, created_at)
                    VALUES (\(bind: team.id), \(bind: TerritoryCode.streetCode(of: communityCode)), \(bind: communityCode),
                        \(bind: team.name), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .volunteerTeamsChanged, subject: "volunteerTeam:\(team.id)", territoryCode: communityCode,
                        detail: ["name": team.name]),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        } catch where isForeignKeyViolation(error) {
            throw ValidationFailure([FieldError("communityCode", .notFound)])
        }
        return team
    }

    /// The teams of the caller's territory (or of one community in it), by name, with their figures: for the office.
    public func teams(communityCode: String? = nil, by principal: Principal) async throws -> [VolunteerTeamOverview] {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        return try await database.read { sql in
            let community: SQLQueryString = communityCode.map { " AND t.community_code = \(bind: $0)" } ?? ""
            var overviews: [VolunteerTeamOverview] = []
            for row in try await sql.raw(
                """
                SELECT t.id, t.community_code, t.name,
                    (SELECT COUNT(*) FROM volunteer_team_members m WHERE m.team_id = t.id) AS members,
                    (SELECT COUNT(*) FROM volunteer_activities a WHERE a.team_id = t.id) AS activities,
                    (SELECT CAST(COALESCE(SUM(s.confirmed_half_hours), 0) AS BIGINT) FROM signups s
                        JOIN volunteer_activities a ON a.id = s.activity_id WHERE a.team_id = t.id) AS hours
                FROM volunteer_teams t WHERE \(principal.scope.communityCondition("t.community_code"))\(community)
                ORDER BY t.name
                """
            ).all() {
                overviews.append(
                    VolunteerTeamOverview(
                        team: try Self.teamRow(row), members: try row.int("members"), activities: try row.int("activities"),
                        confirmedHours: HalfHours(try row.int("hours"))))
            }
            return overviews
        }
    }

    /// One team of the caller's territory: its members with the hours confirmed to them at the team's activities,
    /// and its activities newest first with the hours confirmed at each.
    public func team(_ id: String, by principal: Principal) async throws -> VolunteerTeamDetail {
        guard principal.can(.manageVolunteers) else { throw StoreError.notFound }
        return try await database.read { sql in
            let team = try await Self.team(id, principal, in: sql)
            var members: [VolunteerTeamMember] = []
            for row in try await sql.raw(
                """
                SELECT v.id, v.name, v.phone_masked,
                    (SELECT CAST(COALESCE(SUM(s.confirmed_half_hours), 0) AS BIGINT) FROM signups s
                        JOIN volunteer_activities a ON a.id = s.activity_id
                        WHERE a.team_id = m.team_id AND s.volunteer_id = v.id) AS hours
                FROM volunteer_team_members m JOIN volunteers v ON v.id = m.volunteer_id
                WHERE m.team_id = \(bind: id) ORDER BY v.name, v.id
                """
            ).all() {
                members.append(
                    VolunteerTeamMember(
                        volunteerID: try row.string("id"), name: try row.string("name"), phoneMasked: try row.string("phone_masked"),
                        hours: HalfHours(try row.int("hours"))))
            }
            var activities: [VolunteerTeamActivity] = []
            for row in try await sql.raw(
                """
                SELECT a.*,
                    (SELECT CAST(COALESCE(SUM(s.confirmed_half_hours), 0) AS BIGINT) FROM signups s WHERE s.activity_id = a.id) AS hours,
                    (SELECT COUNT(*) FROM signups s WHERE s.activity_id = a.id AND s.confirmed_half_hours IS NOT NULL) AS served
                FROM volunteer_activities a WHERE a.team_id = \(bind: id) ORDER BY a.starts_at DESC, a.id
                """
            ).all() {
                activities.append(
                    VolunteerTeamActivity(
                        activity: try VolunteerStore.activity(row), confirmedHours: HalfHours(try row.int("hours")),
                        volunteersServed: try row.int("served")))
            }
            return VolunteerTeamDetail(
                team: team, members: members, activities: activities,
                confirmedHours: activities.reduce(HalfHours.zero) { $0 + $1.confirmedHours })
        }
    }

    /// Adds a registered volunteer of the team's own community to it, once.
    public func addMember(teamID: String, volunteerID: String, by principal: Principal) async throws {
        try Self.office(principal)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let team = try await Self.team(teamID, principal, in: sql)
            // A team is of one community: a volunteer registered elsewhere is not found here, whoever asks.
            guard try await sql.raw(
                "SELECT id FROM volunteers WHERE id = \(bind: volunteerID) AND community_code = \(bind: team.communityCode)"
            ).first() != nil else { throw ValidationFailure([FieldError("volunteerID", .notFound)]) }
            guard try await sql.raw(
                "SELECT team_id FROM volunteer_team_members WHERE team_id = \(bind: teamID) AND volunteer_id = \(bind: volunteerID)"
            ).first() == nil else { throw ValidationFailure([FieldError("volunteerID", .alreadyExists)]) }
            try await sql.raw(
                "INSERT INTO volunteer_team_members (team_id, volunteer_id) VALUES (\(bind: teamID), \(bind: volunteerID))"
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .volunteerTeamsChanged, subject: "volunteerTeam:\(teamID)", territoryCode: team.communityCode,
                    detail: ["added": volunteerID]),
                at: now, in: sql, engine: engine)
        }
    }

    /// Takes a volunteer off a team. The hours they served at its activities stay theirs and the team's.
    public func removeMember(teamID: String, volunteerID: String, by principal: Principal) async throws {
        try Self.office(principal)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let team = try await Self.team(teamID, principal, in: sql)
            guard try await sql.raw(
                "SELECT team_id FROM volunteer_team_members WHERE team_id = \(bind: teamID) AND volunteer_id = \(bind: volunteerID)"
            ).first() != nil else { throw ValidationFailure([FieldError("volunteerID", .notFound)]) }
            try await sql.raw(
                "DELETE FROM volunteer_team_members WHERE team_id = \(bind: teamID) AND volunteer_id = \(bind: volunteerID)"
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .volunteerTeamsChanged, subject: "volunteerTeam:\(teamID)", territoryCode: team.communityCode,
                    detail: ["removed": volunteerID]),
                at: now, in: sql, engine: engine)
        }
    }

    /// Gives an activity to a team of the activity's own community, or (nil) to none.
    public func assign(activityID: String, to teamID: String?, by principal: Principal) async throws {
        try Self.office(principal)
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            let activity = try await VolunteerStore.organiser(principal, of: activityID, in: sql)
            if let teamID {
                guard try await sql.raw(
                    "SELECT id FROM volunteer_teams WHERE id = \(bind: teamID) AND community_code = \(bind: activity.communityCode)"
                ).first() != nil else { throw ValidationFailure([FieldError("teamID", .notFound)]) }
            }
            try await sql.raw("UPDATE volunteer_activities SET team_id = \(bind: teamID) WHERE id = \(bind: activityID)").run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .volunteerTeamsChanged, subject: "volunteerActivity:\(activityID)",
                    territoryCode: activity.communityCode, detail: ["team": teamID ?? "-"]),
                at: now, in: sql, engine: engine)
        }
    }

    /// Whether `teamID` is a team of `communityCode`: what an activity's team must be.
    public func isTeam(_ teamID: String, of communityCode: String) async throws -> Bool {
        try await database.read { sql in
            try await sql.raw(
                "SELECT id FROM volunteer_teams WHERE id = \(bind: teamID) AND community_code = \(bind: communityCode)"
            ).first() != nil
        }
    }

    // MARK: - Shared

    static func office(_ principal: Principal) throws {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
    }

    /// The team, when it lies in the caller's territory.
    static func team(_ id: String, _ principal: Principal, in sql: any SQLDatabase) async throws -> VolunteerTeam {
        guard let row = try await sql.raw(
            "SELECT id, community_code, name FROM volunteer_teams WHERE id = \(bind: id) AND \(principal.scope.communityCondition())"
        ).first() else { throw StoreError.notFound }
        return try teamRow(row)
    }

    static func teamRow(_ row: any SQLRow) throws -> VolunteerTeam {
        VolunteerTeam(id: try row.string("id"), communityCode: try row.string("community_code"), name: try row.string("name"))
    }
}
