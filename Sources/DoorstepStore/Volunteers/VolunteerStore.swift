import DoorstepCore
import Foundation
import SQLKit

/// Volunteers (志愿者) and their activities: registration by the community office or by a volunteer for themselves,
/// activities with places and a waiting line, check-in and check-out, and hours the organiser confirms — which pay
/// the volunteer's time-bank account in the same transaction.
public struct VolunteerStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Registers a volunteer in a community: staff for anyone with a phone, or a volunteer account for itself (the
    /// account is then theirs). A phone registers once per community.
    public func register(_ new: NewVolunteer, communityCode: String? = nil, by principal: Principal) async throws -> Volunteer {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let selfService = principal.role == .volunteer
        guard selfService || principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        try new.validate()
        guard case .success(let phone) = PhoneNumber.parse(new.phone) else { throw ValidationFailure([FieldError("phone", .phoneFormat)]) }
        let community = communityCode ?? principal.scope.communityCode ?? ""
        guard community.count == ScopeLevel.community.codeLength,
            principal.scope.contains(code: community) || principal.scope.code.hasPrefix(community)
        else { throw ValidationFailure([FieldError("communityCode", community.isEmpty ? .required : .outsideYourScope)]) }
        let now = clock()
        let volunteer = Volunteer(
            id: Secrets.identifier(), communityCode: community, name: new.name.trimmingCharacters(in: .whitespaces),
            phoneMasked: Masking.phone(phone.value),
            skills: new.skills.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            availability: new.availability.trimmingCharacters(in: .whitespacesAndNewlines), residentID: nil,
            accountID: selfService ? principal.accountID : nil, registeredOn: CalendarDay(containing: now).description)
        let sealed = try keys.seal(phone.value, context: SealedColumn.volunteerPhone.context)
        let index = keys.blindIndex(phone.value, context: SealedColumn.volunteerPhone.context)
        let engine = database.engine
        do {
            try await database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO volunteers (id, street_code, community_code, name, phone_sealed, phone_masked, phone_hash, skills,
                        availability, account_id, registered_on, created_at)
                    VALUES (\(bind: volunteer.id), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community),
                        \(bind: volunteer.name), \(bind: sealed), \(bind: volunteer.phoneMasked), \(bind: index),
                        \(bind: volunteer.skills.joined(separator: "、")), \(bind: volunteer.availability), \(bind: volunteer.accountID),
                        \(bind: volunteer.registeredOn), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(by: principal, .personRegistered, subject: "volunteer:\(volunteer.id)", territoryCode: community),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError(selfService ? "accountID" : "phone", .alreadyExists)])
        }
        return volunteer
    }

    /// Sets up an activity of the caller's community, with its places.
    public func createActivity(_ activity: VolunteerActivity, by principal: Principal) async throws -> VolunteerActivity {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try activity.validate()
        guard principal.scope.contains(code: activity.communityCode), activity.communityCode.count == ScopeLevel.community.codeLength
        else { throw ValidationFailure([FieldError("communityCode", .outsideYourScope)]) }
        var created = activity
        created.id = Secrets.identifier()
        let stored = created
        try await database.write { sql in
            if let teamID = stored.teamID, try await sql.raw(
                "SELECT id FROM volunteer_teams WHERE id = \(bind: teamID) AND community_code = \(bind: stored.communityCode)"
            ).first() == nil { throw ValidationFailure([FieldError("teamID", .notFound)]) }
            try await sql.raw(
                """
                INSERT INTO volunteer_activities (id, street_code, community_code, team_id, title, place, starts_at, ends_at,
                    capacity, organiser_account_id, created_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: stored.teamID), \(bind: stored.title), \(bind: stored.place), \(bind: Timestamp.format(stored.startsAt)),
                    \(bind: Timestamp.format(stored.endsAt)), \(bind: stored.capacity), \(bind: principal.accountID),
                    \(bind: Timestamp.format(clock())))
                """
            ).run()
        }
        return stored
    }

    /// The signed-in volunteer signs up: a place while there is one, else the waiting line.
    public func signUp(activityID: String, by principal: Principal) async throws -> Signup {
        let now = clock()
        let lock = database.engine.rowLock
        return try await database.write { sql in
            let volunteer = try await Self.me(principal, in: sql)
            // The activity's row is the places' lock: two sign-ups at once on PostgreSQL take turns here.
            guard let activity = try await sql.raw(
                "SELECT * FROM volunteer_activities WHERE id = \(bind: activityID) AND community_code = \(bind: volunteer.community)\(lock)"
            ).first() else { throw StoreError.notFound }
            guard let ends = Timestamp.parse(try activity.string("ends_at")), ends > now else {
                throw ValidationFailure([FieldError("activityID", .pastDeadline)])
            }
            let taken = try await sql.raw(
                "SELECT COUNT(*) AS n FROM signups WHERE activity_id = \(bind: activityID) AND status = \(bind: SignupStatus.registered.rawValue)"
            ).first()?.int("n") ?? 0
            let position = (try await sql.raw(
                "SELECT MAX(position) AS n FROM signups WHERE activity_id = \(bind: activityID)"
            ).first()?.optionalInt("n") ?? 0) + 1
            let status: SignupStatus = taken < (try activity.int("capacity")) ? .registered : .waiting
            if let earlier = try await sql.raw(
                "SELECT id, status FROM signups WHERE activity_id = \(bind: activityID) AND volunteer_id = \(bind: volunteer.id)"
            ).first() {
                guard try earlier.string("status") == SignupStatus.withdrawn.rawValue else {
                    throw ValidationFailure([FieldError("activityID", .alreadyExists)])
                }
                try await sql.raw(
                    "UPDATE signups SET status = \(bind: status.rawValue), position = \(bind: position) WHERE id = \(bind: try earlier.string("id"))"
                ).run()
            } else {
                try await sql.raw(
                    """
                    INSERT INTO signups (id, activity_id, volunteer_id, status, position, created_at, street_code, community_code)
                    SELECT \(bind: Secrets.identifier()), a.id, \(bind: volunteer.id), \(bind: status.rawValue), \(bind: position),
                        \(bind: Timestamp.format(now)), a.street_code, a.community_code
                    FROM volunteer_activities a WHERE a.id = \(bind: activityID)
                    """
                ).run()
            }
            return try await Self.signup(activityID: activityID, volunteerID: volunteer.id, in: sql)
        }
    }

    /// The signed-in volunteer withdraws before checking in; the first in the waiting line takes the place.
    public func withdraw(activityID: String, by principal: Principal) async throws {
        let lock = database.engine.rowLock
        try await database.write { sql in
            let volunteer = try await Self.me(principal, in: sql)
            _ = try await sql.raw("SELECT id FROM volunteer_activities WHERE id = \(bind: activityID)\(lock)").first()
            let signup = try await Self.signup(activityID: activityID, volunteerID: volunteer.id, in: sql)
            guard signup.checkedInAt == nil, signup.status != .withdrawn else {
                throw ValidationFailure([FieldError("activityID", .unknownValue(allowed: [SignupStatus.registered.rawValue]))])
            }
            try await sql.raw("UPDATE signups SET status = \(bind: SignupStatus.withdrawn.rawValue) WHERE id = \(bind: signup.id)").run()
            if signup.status == .registered,
                let next = try await sql.raw(
                    """
                    SELECT id FROM signups WHERE activity_id = \(bind: activityID) AND status = \(bind: SignupStatus.waiting.rawValue)
                    ORDER BY position LIMIT 1
                    """
                ).first()
            {
                try await sql.raw(
                    "UPDATE signups SET status = \(bind: SignupStatus.registered.rawValue) WHERE id = \(bind: try next.string("id"))"
                ).run()
            }
        }
    }

    /// Check-in and check-out: by the volunteer on their phone (their own place), or by the organiser for anyone
    /// registered. Check-out comes after check-in.
    public func check(_ direction: CheckDirection, activityID: String, volunteerID: String? = nil, by principal: Principal)
        async throws -> Signup
    {
        let now = clock()
        return try await database.write { sql in
            let volunteer: String
            if let volunteerID {
                try await Self.organiser(principal, of: activityID, in: sql)
                volunteer = volunteerID
            } else {
                volunteer = try await Self.me(principal, in: sql).id
            }
            let signup = try await Self.signup(activityID: activityID, volunteerID: volunteer, in: sql)
            guard signup.status == .registered else {
                throw ValidationFailure([FieldError("status", .unknownValue(allowed: [SignupStatus.registered.rawValue]))])
            }
            switch direction {
            case .in:
                guard signup.checkedInAt == nil else { throw ValidationFailure([FieldError("checkedInAt", .alreadyExists)]) }
                try await sql.raw("UPDATE signups SET checked_in_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: signup.id)").run()
            case .out:
                guard signup.checkedInAt != nil else { throw ValidationFailure([FieldError("checkedInAt", .required)]) }
                guard signup.checkedOutAt == nil else { throw ValidationFailure([FieldError("checkedOutAt", .alreadyExists)]) }
                try await sql.raw("UPDATE signups SET checked_out_at = \(bind: Timestamp.format(now)) WHERE id = \(bind: signup.id)").run()
            }
            return try await Self.signup(activityID: activityID, volunteerID: volunteer, in: sql)
        }
    }

    public enum CheckDirection: Sendable {
        case `in`
        case out
    }

    /// The organiser confirms the hours a volunteer served (in half-hours, at most the activity's length): the
    /// hours count towards the volunteer's total and stars, and the community's issuing account pays the same in
    /// credits into the volunteer's time-bank account — one transfer, in the same transaction, once.
    public func confirm(activityID: String, volunteerID: String, hours: HalfHours, by principal: Principal) async throws -> Signup {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            let activity = try await Self.organiser(principal, of: activityID, in: sql)
            // The sign-up's row is the confirmation's lock: a second confirmation at once waits, then finds it made.
            _ = try await sql.raw(
                "SELECT id FROM signups WHERE activity_id = \(bind: activityID) AND volunteer_id = \(bind: volunteerID)\(engine.rowLock)"
            ).first()
            let signup = try await Self.signup(activityID: activityID, volunteerID: volunteerID, in: sql)
            guard signup.checkedOutAt != nil else { throw ValidationFailure([FieldError("checkedOutAt", .required)]) }
            guard signup.confirmedHours == nil else { throw ValidationFailure([FieldError("hours", .alreadyExists)]) }
            let longest = HalfHours(minutes: Int(activity.endsAt.timeIntervalSince(activity.startsAt) / 60))
            guard hours.count > 0 else { throw ValidationFailure([FieldError("hours", .tooSmall(minimum: 1))]) }
            guard hours <= longest else { throw ValidationFailure([FieldError("hours", .tooLarge(maximum: Int(longest.hours)))]) }
            try await sql.raw(
                """
                UPDATE signups SET confirmed_half_hours = \(bind: hours.count), confirmed_by = \(bind: principal.accountID),
                    confirmed_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: signup.id)
                """
            ).run()
            try await TimeBankStore.transfer(
                TimeBankTransfer(
                    id: Secrets.identifier(), kind: .earn, from: TimeBankHolder.issuing(community: activity.communityCode).key,
                    to: TimeBankHolder.volunteer(volunteerID).key, amount: hours, reason: activity.title, source: "signup:\(signup.id)",
                    day: CalendarDay(containing: now).description),
                community: activity.communityCode, recordedBy: principal.username, at: now, in: sql)
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .volunteerHoursConfirmed, subject: "volunteer:\(volunteerID)", territoryCode: activity.communityCode,
                    detail: ["activity": activityID, "hours": hours.text]),
                at: now, in: sql, engine: engine)
            return try await Self.signup(activityID: activityID, volunteerID: volunteerID, in: sql)
        }
    }

    /// A volunteer's confirmed hours, stars by the community's thresholds, the hours to the next star, and the
    /// time-bank balance: the volunteer themselves, or staff of their community.
    public func summary(volunteerID: String, by principal: Principal) async throws -> VolunteerSummary {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT id, name, community_code, account_id FROM volunteers WHERE id = \(bind: volunteerID)").first()
            else { throw StoreError.notFound }
            let community = try row.string("community_code")
            guard try row.optionalString("account_id") == principal.accountID
                || (principal.can(.manageVolunteers) && principal.scope.contains(code: community))
            else { throw StoreError.notFound }
            let total = HalfHours(try await sql.raw(
                "SELECT CAST(COALESCE(SUM(confirmed_half_hours), 0) AS BIGINT) AS n FROM signups WHERE volunteer_id = \(bind: volunteerID)"
            ).first()?.int("n") ?? 0)
            let stars = try await Self.stars(community: community, in: sql)
            return VolunteerSummary(
                volunteerID: volunteerID, name: try row.string("name"), hours: total, stars: stars.stars(for: total),
                toNextStar: stars.toNextStar(from: total),
                balance: try await TimeBankStore.balance(of: TimeBankHolder.volunteer(volunteerID).key, in: sql))
        }
    }

    // MARK: - Shared

    static func me(_ principal: Principal, in sql: any SQLDatabase) async throws -> (id: String, community: String) {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        guard let row = try await sql.raw(
            "SELECT id, community_code FROM volunteers WHERE account_id = \(bind: principal.accountID)"
        ).first() else { throw ValidationFailure([FieldError("volunteerID", .notLinked)]) }
        return (try row.string("id"), try row.string("community_code"))
    }

    /// The activity, when the caller organises for its community.
    @discardableResult
    static func organiser(_ principal: Principal, of activityID: String, in sql: any SQLDatabase) async throws -> VolunteerActivity {
        guard principal.can(.manageVolunteers),
            let row = try await sql.raw(
                "SELECT * FROM volunteer_activities WHERE id = \(bind: activityID) AND \(principal.scope.communityCondition())"
            ).first()
        else { throw StoreError.notFound }
        return try activity(row)
    }

    static func signup(activityID: String, volunteerID: String, in sql: any SQLDatabase) async throws -> Signup {
        guard let row = try await sql.raw(
            """
            SELECT s.*, v.name FROM signups s JOIN volunteers v ON v.id = s.volunteer_id
            WHERE s.activity_id = \(bind: activityID) AND s.volunteer_id = \(bind: volunteerID)
            """
        ).first() else { throw StoreError.notFound }
        return Signup(
            id: try row.string("id"), activityID: activityID, volunteerID: volunteerID, volunteerName: try row.string("name"),
            status: SignupStatus(rawValue: try row.string("status")) ?? .withdrawn,
            checkedInAt: try row.optionalString("checked_in_at").flatMap(Timestamp.parse),
            checkedOutAt: try row.optionalString("checked_out_at").flatMap(Timestamp.parse),
            confirmedHours: try row.optionalInt("confirmed_half_hours").map { HalfHours($0) })
    }

    static func stars(community: String, in sql: any SQLDatabase) async throws -> VolunteerStars {
        guard let text = try await sql.raw("SELECT star_hours FROM volunteer_settings WHERE community_code = \(bind: community)")
            .first()?.string("star_hours")
        else { return .standard }
        return (try? VolunteerStars.parse(text)) ?? .standard
    }
}

/// A volunteer's standing: confirmed hours, stars, what is left to the next, and time-bank credits.
public struct VolunteerSummary: Sendable, Codable, Equatable {
    public var volunteerID: String
    public var name: String
    public var hours: HalfHours
    public var stars: Int
    public var toNextStar: HalfHours?
    public var balance: HalfHours
}
