import DoorstepCore
import Foundation
import SQLKit

/// Vanguard teams (红色先锋队), their members and their activities, and each team's figures.
public struct TeamStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Sets up a team in a community of the caller's territory with members of that community.
    public func create(name: String, communityCode: String, memberIDs: [String], by principal: Principal) async throws -> VanguardTeam {
        try PointsStore.checkManager(principal, community: communityCode)
        var validator = Validator()
        validator.text("name", name, maximum: 60)
        try validator.throwIfAny()
        let team = VanguardTeam(
            id: Secrets.identifier(), communityCode: communityCode, name: name.trimmingCharacters(in: .whitespaces),
            memberIDs: Array(Set(memberIDs)).sorted())
        let now = Timestamp.format(clock())
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO vanguard_teams (id, street_code, community_code, name, created_at)
                    VALUES (\(bind: team.id), \(bind: TerritoryCode.streetCode(of: communityCode)), \(bind: communityCode),
                        \(bind: team.name), \(bind: now))
                    """
                ).run()
                try await Self.addMembers(team.memberIDs, to: team.id, community: communityCode, in: sql)
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .teamChanged, subject: "team:\(team.id)", territoryCode: communityCode,
                        detail: ["name": team.name, "members": String(team.memberIDs.count)]),
                    at: clock(), in: sql, engine: database.engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return team
    }

    /// Adds members of the team's community to it.
    public func addMembers(_ memberIDs: [String], to teamID: String, by principal: Principal) async throws {
        try await database.write { sql in
            let team = try await Self.team(teamID, for: principal, in: sql)
            try PointsStore.checkManager(principal, community: team.communityCode)
            let new = Set(memberIDs).subtracting(team.memberIDs)
            try await Self.addMembers(new.sorted(), to: teamID, community: team.communityCode, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .teamChanged, subject: "team:\(teamID)", territoryCode: team.communityCode,
                    detail: ["added": String(new.count)]),
                at: clock(), in: sql, engine: database.engine)
        }
    }

    /// The teams of the caller's territory (for a grid, its community's).
    public func teams(for principal: Principal) async throws -> [VanguardTeam] {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        let condition = principal.scope.communityCondition()
        return try await database.read { sql in
            var teams: [VanguardTeam] = []
            for row in try await sql.raw("SELECT * FROM vanguard_teams WHERE \(condition) ORDER BY name").all() {
                teams.append(try await Self.decode(row, in: sql))
            }
            return teams
        }
    }

    public func team(_ id: String, for principal: Principal) async throws -> VanguardTeam {
        try await database.read { try await Self.team(id, for: principal, in: $0) }
    }

    /// A team's members by name, for whoever may see the team.
    public func members(of teamID: String, for principal: Principal) async throws -> [(id: String, name: String)] {
        try await database.read { sql in
            _ = try await Self.team(teamID, for: principal, in: sql)
            return try await sql.raw(
                """
                SELECT m.id, m.name FROM vanguard_team_members t JOIN party_members m ON m.id = t.member_id
                WHERE t.team_id = \(bind: teamID) ORDER BY m.name
                """
            ).all().map { (try $0.string("id"), try $0.string("name")) }
        }
    }

    /// Records one of a team's activities: staff, or a member of the team; the participants must be its members.
    public func recordActivity(
        teamID: String, kind: TeamActivityKind, title: String, heldOn: String, participantIDs: [String], result: String,
        by principal: Principal
    ) async throws -> TeamActivity {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        validator.check("result", result.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
        if let day = CalendarDay(iso: heldOn) {
            if day > CalendarDay(containing: now) { validator.check("heldOn", .dateFormat) }
        } else {
            validator.check("heldOn", heldOn.isEmpty ? .required : .dateFormat)
        }
        if participantIDs.isEmpty { validator.check("participantIDs", .required) }
        try validator.throwIfAny()
        return try await database.write { sql in
            let team = try await Self.team(teamID, for: principal, in: sql)
            let me = try await PartyStore.member(of: principal, in: sql)
            guard principal.can(.managePartyWork) || me.map({ team.memberIDs.contains($0.id) }) == true else {
                throw StoreError.forbidden
            }
            let participants = Array(Set(participantIDs)).sorted()
            guard Set(participants).isSubset(of: team.memberIDs) else {
                throw ValidationFailure([FieldError("participantIDs", .notFound)])
            }
            let activity = TeamActivity(
                id: Secrets.identifier(), teamID: teamID, kind: kind, title: title.trimmingCharacters(in: .whitespaces),
                heldOn: heldOn, participantIDs: participants, result: result.trimmingCharacters(in: .whitespacesAndNewlines))
            try await sql.raw(
                """
                INSERT INTO team_activities (id, team_id, street_code, community_code, kind, title, held_on, result, created_by, created_at)
                VALUES (\(bind: activity.id), \(bind: teamID), \(bind: TerritoryCode.streetCode(of: team.communityCode)),
                    \(bind: team.communityCode), \(bind: kind.rawValue), \(bind: activity.title), \(bind: heldOn),
                    \(bind: activity.result), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
            for member in participants {
                try await sql.raw(
                    "INSERT INTO team_activity_participants (activity_id, member_id) VALUES (\(bind: activity.id), \(bind: member))"
                ).run()
            }
            return activity
        }
    }

    /// A team's activities held in the period, newest first.
    public func activities(of teamID: String, period: ReportingPeriod, for principal: Principal) async throws -> [TeamActivity] {
        try await database.read { sql in
            _ = try await Self.team(teamID, for: principal, in: sql)
            var result: [TeamActivity] = []
            for row in try await sql.raw(
                """
                SELECT a.*, (SELECT COUNT(*) FROM visits v WHERE v.activity_id = a.id) AS visit_count,
                    (SELECT COUNT(*) FROM opinions o WHERE o.activity_id = a.id) AS opinion_count
                FROM team_activities a WHERE team_id = \(bind: teamID)
                    AND held_on >= \(bind: period.first.description) AND held_on <= \(bind: period.last.description)
                ORDER BY held_on DESC, created_at DESC
                """
            ).all() {
                let id = try row.string("id")
                let participants = try await sql.raw(
                    "SELECT member_id FROM team_activity_participants WHERE activity_id = \(bind: id) ORDER BY member_id"
                ).all().map { try $0.string("member_id") }
                result.append(
                    TeamActivity(
                        id: id, teamID: teamID, kind: TeamActivityKind(rawValue: try row.string("kind")) ?? .volunteerService,
                        title: try row.string("title"), heldOn: try row.string("held_on"), participantIDs: participants,
                        result: try row.string("result"), visits: try row.int("visit_count"), opinions: try row.int("opinion_count")))
            }
            return result
        }
    }

    /// A team's figures for a period: members, activities by kind, and its members' S10 figures.
    public func figures(of teamID: String, period: ReportingPeriod, for principal: Principal, counting: PartyWorkFigures)
        async throws -> TeamFigures
    {
        let activities = try await activities(of: teamID, period: period, for: principal)
        let team = try await team(teamID, for: principal)
        let figures = try await counting.figures(of: .team(teamID), period: period, for: principal)
        var byKind: [TeamActivityKind: Int] = [:]
        for activity in activities { byKind[activity.kind, default: 0] += 1 }
        return TeamFigures(teamID: teamID, members: team.memberIDs.count, activities: byKind, figures: figures)
    }

    // MARK: - Shared

    static func team(_ id: String, for principal: Principal, in sql: any SQLDatabase) async throws -> VanguardTeam {
        guard principal.can(.viewParty),
            let row = try await sql.raw("SELECT * FROM vanguard_teams WHERE id = \(bind: id)").first(),
            PointsStore.reaches(principal, community: try row.string("community_code"))
        else { throw StoreError.notFound }
        return try await decode(row, in: sql)
    }

    static func decode(_ row: any SQLRow, in sql: any SQLDatabase) async throws -> VanguardTeam {
        let id = try row.string("id")
        let members = try await sql.raw("SELECT member_id FROM vanguard_team_members WHERE team_id = \(bind: id) ORDER BY member_id")
            .all().map { try $0.string("member_id") }
        return VanguardTeam(id: id, communityCode: try row.string("community_code"), name: try row.string("name"), memberIDs: members)
    }

    static func addMembers(_ memberIDs: [String], to teamID: String, community: String, in sql: any SQLDatabase) async throws {
        for member in memberIDs {
            guard
                try await sql.raw(
                    "SELECT id FROM party_members WHERE id = \(bind: member) AND community_code = \(bind: community)"
                ).first() != nil
            else { throw ValidationFailure([FieldError("memberIDs", .notFound)]) }
            try await sql.raw("INSERT INTO vanguard_team_members (team_id, member_id) VALUES (\(bind: teamID), \(bind: member))").run()
        }
    }
}
