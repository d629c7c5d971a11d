import DoorstepCore
import Foundation
import SQLKit

/// Joint meetings (联席会议, S13 事务共商): written by the community office once held — under an agreement or with
/// several partners — with minutes and decisions; read by the office and by the partners who attended.
public struct JointMeetingStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Writes down a meeting that was held. Under an agreement, the meeting is of the agreement's community and its
    /// partner attended; otherwise of `communityCode` (by default the caller's). Every partner named must be one of
    /// that community's.
    public func record(_ new: NewJointMeeting, communityCode: String? = nil, by principal: Principal) async throws -> JointMeeting {
        let agreementID = new.agreementID?.trimmingCharacters(in: .whitespaces) ?? ""
        var community = communityCode ?? principal.scope.communityCode ?? ""
        var agreementPartner: String?
        if !agreementID.isEmpty {
            let agreement = try await database.read { sql in
                try await sql.raw(
                    """
                    SELECT a.community_code, a.partner_id FROM agreements a
                    WHERE a.id = \(bind: agreementID) AND \(PartnerStore.visible(to: principal, alias: "a", partnerColumn: "partner_id"))
                    """
                ).first().map { (community: try $0.string("community_code"), partner: try $0.string("partner_id")) }
            }
            guard let agreement else { throw ValidationFailure([FieldError("agreementID", .notFound)]) }
            community = agreement.community
            agreementPartner = agreement.partner
        }
        guard community.count == ScopeLevel.community.codeLength else {
            throw ValidationFailure([FieldError("communityCode", community.isEmpty ? .required : .scopeFormat)])
        }
        try PartnerStore.requireOffice(principal, community: community)
        let now = clock()
        var meeting = try new.validate(
            communityCode: community, agreementPartnerID: agreementPartner, today: CalendarDay(containing: now))
        meeting.id = Secrets.identifier()
        let stored = meeting
        let engine = database.engine
        try await database.write { sql in
            for partnerID in stored.partnerIDs {
                guard try await sql.raw(
                    "SELECT 1 AS one FROM partners WHERE id = \(bind: partnerID) AND community_code = \(bind: stored.communityCode)"
                ).first() != nil else { throw ValidationFailure([FieldError("partnerIDs", .notFound)]) }
            }
            try await sql.raw(
                """
                INSERT INTO joint_meetings (id, street_code, community_code, agreement_id, held_on, topic, minutes, decisions,
                    created_by, created_at, updated_at)
                VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                    \(bind: stored.agreementID), \(bind: stored.heldOn.description), \(bind: stored.topic), \(bind: stored.minutes),
                    \(bind: stored.decisions.joined(separator: "\n")), \(bind: principal.accountID), \(bind: Timestamp.format(now)),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            for (position, partnerID) in stored.partnerIDs.enumerated() {
                try await sql.raw(
                    """
                    INSERT INTO joint_meeting_partners (meeting_id, partner_id, position)
                    VALUES (\(bind: stored.id), \(bind: partnerID), \(bind: position))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .jointMeetingRecorded, subject: "jointMeeting:\(stored.id)", territoryCode: stored.communityCode,
                    detail: ["heldOn": stored.heldOn.description, "partners": String(stored.partnerIDs.count)]),
                at: now, in: sql, engine: engine)
        }
        return stored
    }

    /// Rewrites a meeting's minutes and decisions, as they are agreed after it: the office.
    public func writeMinutes(meetingID: String, minutes: String, decisions: String, by principal: Principal) async throws
        -> JointMeeting
    {
        var validator = Validator()
        let (text, items) = JointMeeting.minutesAndDecisions(minutes, decisions, into: &validator)
        try validator.throwIfAny()
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            guard let meeting = try await Self.meetings(where: "m.id = \(bind: meetingID) AND \(Self.visibleMeetings(principal))", in: sql).first
            else { throw StoreError.notFound }
            try PartnerStore.requireOffice(principal, community: meeting.communityCode)
            try await sql.raw(
                """
                UPDATE joint_meetings SET minutes = \(bind: text), decisions = \(bind: items.joined(separator: "\n")),
                    updated_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: meetingID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .jointMeetingRecorded, subject: "jointMeeting:\(meetingID)", territoryCode: meeting.communityCode,
                    detail: ["minutes": String(text.count), "decisions": String(items.count)]),
                at: now, in: sql, engine: engine)
            var updated = meeting
            updated.minutes = text
            updated.decisions = items
            return updated
        }
    }

    /// The meetings the caller may read, newest first: the office's territory, or those a partner's account
    /// attended; only those one partner attended when `partnerID` is given.
    public func meetings(partnerID: String? = nil, by principal: Principal) async throws -> [JointMeeting] {
        try await database.read { sql in
            var condition = Self.visibleMeetings(principal)
            if let partnerID {
                _ = try await PartnerStore.partner(partnerID, visibleTo: principal, in: sql)
                condition = "\(condition) AND m.id IN (SELECT meeting_id FROM joint_meeting_partners WHERE partner_id = \(bind: partnerID))"
            }
            return try await Self.meetings(where: condition, in: sql)
        }
    }

    public func meeting(_ id: String, by principal: Principal) async throws -> JointMeeting {
        try await database.read { sql in
            guard let meeting = try await Self.meetings(where: "m.id = \(bind: id) AND \(Self.visibleMeetings(principal))", in: sql).first
            else { throw StoreError.notFound }
            return meeting
        }
    }

    // MARK: - Shared

    /// Meetings (alias `m`) the caller may read.
    static func visibleMeetings(_ principal: Principal) -> SQLQueryString {
        if principal.role == .partner {
            return """
                m.id IN (SELECT jp.meeting_id FROM joint_meeting_partners jp JOIN partners pa ON pa.id = jp.partner_id
                    WHERE pa.account_id = \(bind: principal.accountID))
                """
        }
        guard principal.can(.manageServices) else { return "1 = 0" }
        return principal.scope.communityCondition("m.community_code")
    }

    static func meetings(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [JointMeeting] {
        let rows = try await sql.raw(
            "SELECT m.* FROM joint_meetings m WHERE \(condition) ORDER BY m.held_on DESC, m.created_at DESC, m.id"
        ).all()
        var meetings: [JointMeeting] = []
        for row in rows {
            let id = try row.string("id")
            let partners = try await sql.raw(
                "SELECT partner_id FROM joint_meeting_partners WHERE meeting_id = \(bind: id) ORDER BY position"
            ).all().map { try $0.string("partner_id") }
            meetings.append(
                JointMeeting(
                    id: id, communityCode: try row.string("community_code"), agreementID: try row.optionalString("agreement_id"),
                    heldOn: try AgreementStore.day(row, "held_on"), topic: try row.string("topic"), partnerIDs: partners,
                    minutes: try row.string("minutes"), decisions: JointMeeting.decisionLines(try row.string("decisions"))))
        }
        return meetings
    }
}
