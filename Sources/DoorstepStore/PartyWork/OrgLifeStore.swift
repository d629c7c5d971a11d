import DoorstepCore
import Foundation
import SQLKit

/// Organisational life (三会一课, theme Party days): meetings of an organisation, the roll — members checking
/// themselves in on their phone or marked by the organiser, absence with its reason — minutes and attachments.
/// Being present earns points by the community's attendance rule, written with the roll.
public struct OrgLifeStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Schedules (or records) a meeting of an organisation: staff of its community, or an officer of it.
    public func schedule(
        orgID: String, kind: OrgLifeKind, title: String, heldOn: String, place: String, by principal: Principal
    ) async throws -> OrgLifeMeeting {
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        validator.check("place", place.count > 100 ? .tooLong(maximum: 100) : nil)
        let now = clock()
        let today = CalendarDay(containing: now)
        // Within a year either way: a meeting is scheduled ahead or written down soon after.
        if let day = CalendarDay(iso: heldOn) {
            if day < today.adding(days: -366) { validator.check("heldOn", .tooLongAgo(maximumDays: 366)) }
            if day > today.adding(days: 366) { validator.check("heldOn", .tooLarge(maximum: 366)) }
        } else {
            validator.check("heldOn", heldOn.isEmpty ? .required : .dateFormat)
        }
        try validator.throwIfAny()
        let meeting = OrgLifeMeeting(
            id: Secrets.identifier(), orgID: orgID, kind: kind, title: title.trimmingCharacters(in: .whitespaces), heldOn: heldOn,
            place: place.trimmingCharacters(in: .whitespaces), minutes: "")
        try await database.write { sql in
            let community = try await Self.organiser(principal, of: orgID, in: sql)
            try await audit(principal, meeting.id, community: community, ["scheduled": meeting.title], at: now, in: sql)
            try await sql.raw(
                """
                INSERT INTO org_life_meetings (id, org_id, street_code, community_code, kind, title, held_on, place, minutes,
                    created_by, created_at)
                VALUES (\(bind: meeting.id), \(bind: orgID), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community),
                    \(bind: kind.rawValue), \(bind: meeting.title), \(bind: heldOn), \(bind: meeting.place), \(bind: ""),
                    \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                """
            ).run()
        }
        return meeting
    }

    /// A member checks themselves in on the meeting's day (or the day after, for a meeting that ran late).
    public func checkIn(meetingID: String, by principal: Principal) async throws -> OrgLifeMeeting {
        let today = CalendarDay(containing: clock())
        let now = clock()
        try await database.write { sql in
            guard let member = try await PartyStore.member(of: principal, in: sql) else {
                throw ValidationFailure([FieldError("memberID", .notLinked)])
            }
            let meeting = try await Self.meetingRow(meetingID, in: sql)
            guard try await Self.isMember(member.id, of: meeting.orgID, in: sql) else { throw StoreError.notFound }
            guard let day = CalendarDay(iso: meeting.heldOn), day <= today, today <= day.adding(days: 1) else {
                throw ValidationFailure([FieldError("heldOn", .unknownValue(allowed: [meeting.heldOn]))])
            }
            try await Self.mark(meeting, member: member.id, .present, reason: "", by: principal, at: now, in: sql)
        }
        return try await self.meeting(meetingID, by: principal)
    }

    /// The organiser marks a member present, on leave or absent, with the reason for an absence. A member once
    /// present stays present: their points are already in the ledger.
    public func mark(
        meetingID: String, memberID: String, status: AttendanceStatus, reason: String, by principal: Principal
    ) async throws -> OrgLifeMeeting {
        var validator = Validator()
        if status != .present { validator.text("reason", reason, maximum: 200) }
        try validator.throwIfAny()
        let now = clock()
        try await database.write { sql in
            let (meeting, community) = try await Self.organised(meetingID, by: principal, in: sql)
            guard try await Self.isMember(memberID, of: meeting.orgID, in: sql) else {
                throw ValidationFailure([FieldError("memberID", .notFound)])
            }
            // An organiser checks in like everyone else: marking oneself present would earn points unseen.
            if try await PartyStore.member(of: principal, in: sql)?.id == memberID {
                throw ValidationFailure([FieldError("memberID", .ownRequest)])
            }
            if status == .present, let day = CalendarDay(iso: meeting.heldOn), day > CalendarDay(containing: now) {
                throw ValidationFailure([FieldError("status", .unknownValue(allowed: [AttendanceStatus.leave.rawValue]))])
            }
            try await Self.mark(meeting, member: memberID, status, reason: reason, by: principal, at: now, in: sql)
            try await audit(
                principal, meetingID, community: community, ["member": memberID, "status": status.rawValue], at: now, in: sql)
        }
        return try await self.meeting(meetingID, by: principal)
    }

    /// Writes the minutes (for a lecture, its text) and adds photos of the sign-in sheet or the materials.
    public func recordMinutes(meetingID: String, minutes: String, attachments: [Photo], by principal: Principal) async throws
        -> OrgLifeMeeting
    {
        var validator = Validator()
        validator.check("minutes", minutes.count > 50_000 ? .tooLong(maximum: 50_000) : nil)
        let most = OrgLifeMeeting.maximumAttachments
        validator.check("attachments", attachments.count > most ? .tooManyPhotos(maximum: most) : nil)
        try validator.throwIfAny()
        let moment = clock()
        let now = Timestamp.format(moment)
        try await database.write { sql in
            let (meeting, community) = try await Self.organised(meetingID, by: principal, in: sql)
            try await audit(
                principal, meetingID, community: community, ["minutes": String(minutes.count), "attachments": String(attachments.count)],
                at: moment, in: sql)
            try await sql.raw(
                "UPDATE org_life_meetings SET minutes = \(bind: minutes.trimmingCharacters(in: .whitespacesAndNewlines)) WHERE id = \(bind: meetingID)"
            ).run()
            for photo in attachments {
                try await sql.raw(
                    """
                    INSERT INTO org_life_attachments (id, meeting_id, content_type, bytes, created_at)
                    VALUES (\(bind: Secrets.identifier()), \(bind: meetingID), \(bind: photo.format.rawValue),
                        \(bind: Data(photo.bytes)), \(bind: now))
                    """
                ).run()
            }
        }
        return try await meeting(meetingID, by: principal)
    }

    /// One meeting with its roll, for members of its organisation and those who see members.
    public func meeting(_ id: String, by principal: Principal) async throws -> OrgLifeMeeting {
        try await database.read { sql in
            let meeting = try await Self.meetingRow(id, in: sql)
            try await Self.checkReader(principal, of: meeting, in: sql)
            return try await Self.withRoll(meeting, in: sql)
        }
    }

    /// The meetings of the caller's organisations (a member: their own and the branch above their group; staff:
    /// their territory), newest first, in a period.
    public func meetings(period: ReportingPeriod, by principal: Principal) async throws -> [OrgLifeMeeting] {
        try await database.read { sql in
            var condition: SQLQueryString
            if principal.can(.viewPartyMembers) {
                condition = principal.scope.communityCondition()
            } else if let member = try await PartyStore.member(of: principal, in: sql) {
                condition =
                    "(org_id = \(bind: member.orgID) OR org_id = (SELECT parent_id FROM party_orgs WHERE id = \(bind: member.orgID)))"
            } else {
                throw StoreError.forbidden
            }
            var result: [OrgLifeMeeting] = []
            for row in try await sql.raw(
                """
                SELECT * FROM org_life_meetings WHERE \(condition)
                    AND held_on >= \(bind: period.first.description) AND held_on <= \(bind: period.last.description)
                ORDER BY held_on DESC, created_at DESC
                """
            ).all() {
                result.append(try await Self.withRoll(try Self.meeting(row), in: sql))
            }
            return result
        }
    }

    /// An attachment's bytes, for whoever may read the meeting.
    public func attachment(_ id: String, by principal: Principal) async throws -> Photo {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM org_life_attachments WHERE id = \(bind: id)").first(),
                let format = Photo.Format(rawValue: try row.string("content_type"))
            else { throw StoreError.notFound }
            try await Self.checkReader(principal, of: try await Self.meetingRow(try row.string("meeting_id"), in: sql), in: sql)
            return Photo(format: format, bytes: [UInt8](try row.decode(column: "bytes", as: Data.self)))
        }
    }

    // MARK: - Shared

    static func mark(
        _ meeting: OrgLifeMeeting, member: String, _ status: AttendanceStatus, reason: String, by principal: Principal,
        at now: Date, in sql: any SQLDatabase
    ) async throws {
        let before = try await sql.raw(
            "SELECT status FROM org_life_attendance WHERE meeting_id = \(bind: meeting.id) AND member_id = \(bind: member)"
        ).first()?.string("status")
        if before == AttendanceStatus.present.rawValue {
            if status == .present { return }
            throw ValidationFailure([FieldError("status", .alreadyExists)])
        }
        try await sql.raw("DELETE FROM org_life_attendance WHERE meeting_id = \(bind: meeting.id) AND member_id = \(bind: member)").run()
        try await sql.raw(
            """
            INSERT INTO org_life_attendance (meeting_id, member_id, status, reason, marked_by, marked_at)
            VALUES (\(bind: meeting.id), \(bind: member), \(bind: status.rawValue),
                \(bind: reason.trimmingCharacters(in: .whitespacesAndNewlines)), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
            """
        ).run()
        if status == .present {
            try await PointsAccrual.accrue(
                .attendance, memberID: member, source: "meeting:\(meeting.id)", on: meeting.heldOn, reason: meeting.title,
                recordedBy: "doorstep", at: now, in: sql)
        }
    }

    func audit(
        _ principal: Principal, _ meetingID: String, community: String, _ detail: [String: String], at now: Date,
        in sql: any SQLDatabase
    ) async throws {
        try await AuditStore.append(
            AuditEvent(by: principal, .meetingRecorded, subject: "meeting:\(meetingID)", territoryCode: community, detail: detail),
            at: now, in: sql, engine: database.engine)
    }

    /// The members expected at a meeting (its organisation's, and for a branch its groups'), for the organiser's roll.
    public func expected(meetingID: String, by principal: Principal) async throws -> [(id: String, name: String)] {
        try await database.read { sql in
            let (meeting, _) = try await Self.organised(meetingID, by: principal, in: sql)
            return try await sql.raw("SELECT id, name FROM party_members WHERE \(inOrganisation(meeting.orgID)) ORDER BY name")
                .all().map { (try $0.string("id"), try $0.string("name")) }
        }
    }

    /// The community of an organisation the caller may organise for: its community's staff, or its own officer.
    static func organiser(_ principal: Principal, of orgID: String, in sql: any SQLDatabase) async throws -> String {
        guard let org = try await sql.raw("SELECT community_code FROM party_orgs WHERE id = \(bind: orgID)").first(),
            let community = try org.optionalString("community_code")
        else { throw ValidationFailure([FieldError("orgID", .notFound)]) }
        // An organisation outside the caller's reach is named as absent, as one that never existed.
        guard PointsStore.reaches(principal, community: community) else { throw ValidationFailure([FieldError("orgID", .notFound)]) }
        try await PointsStore.authoriseOrg(principal, org: orgID, community: community, in: sql)
        return community
    }

    static func isMember(_ memberID: String, of orgID: String, in sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            """
            SELECT id FROM party_members WHERE id = \(bind: memberID)
                AND \(inOrganisation(orgID))
            """
        ).first() != nil
    }

    static func checkReader(_ principal: Principal, of meeting: OrgLifeMeeting, in sql: any SQLDatabase) async throws {
        if principal.can(.viewPartyMembers),
            try await sql.raw(
                "SELECT id FROM org_life_meetings WHERE id = \(bind: meeting.id) AND \(principal.scope.communityCondition())"
            ).first() != nil
        {
            return
        }
        guard let member = try await PartyStore.member(of: principal, in: sql), try await isMember(member.id, of: meeting.orgID, in: sql)
        else { throw StoreError.notFound }
    }

    /// A meeting for its organiser, with its community: refused to one who may read it but not organise it, and to
    /// anyone else as if it did not exist.
    static func organised(_ id: String, by principal: Principal, in sql: any SQLDatabase) async throws
        -> (meeting: OrgLifeMeeting, community: String)
    {
        let meeting = try await meetingRow(id, in: sql)
        try await checkReader(principal, of: meeting, in: sql)
        return (meeting, try await organiser(principal, of: meeting.orgID, in: sql))
    }

    static func meetingRow(_ id: String, in sql: any SQLDatabase) async throws -> OrgLifeMeeting {
        guard let row = try await sql.raw("SELECT * FROM org_life_meetings WHERE id = \(bind: id)").first() else {
            throw StoreError.notFound
        }
        return try meeting(row)
    }

    static func meeting(_ row: any SQLRow) throws -> OrgLifeMeeting {
        OrgLifeMeeting(
            id: try row.string("id"), orgID: try row.string("org_id"),
            kind: OrgLifeKind(rawValue: try row.string("kind")) ?? .themePartyDay, title: try row.string("title"),
            heldOn: try row.string("held_on"), place: try row.string("place"), minutes: try row.string("minutes"))
    }

    static func withRoll(_ meeting: OrgLifeMeeting, in sql: any SQLDatabase) async throws -> OrgLifeMeeting {
        var full = meeting
        full.attendance = try await sql.raw(
            """
            SELECT a.member_id, m.name, a.status, a.reason FROM org_life_attendance a JOIN party_members m ON m.id = a.member_id
            WHERE a.meeting_id = \(bind: meeting.id) ORDER BY m.name
            """
        ).all().map {
            OrgLifeMeeting.Attendance(
                memberID: try $0.string("member_id"), memberName: try $0.string("name"),
                status: AttendanceStatus(rawValue: try $0.string("status")) ?? .absent, reason: try $0.string("reason"))
        }
        full.attachmentIDs = try await sql.raw(
            "SELECT id FROM org_life_attachments WHERE meeting_id = \(bind: meeting.id) ORDER BY created_at, id"
        ).all().map { try $0.string("id") }
        return full
    }
}
