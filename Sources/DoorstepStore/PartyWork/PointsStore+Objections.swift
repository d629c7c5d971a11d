import DoorstepCore
import Foundation
import SQLKit

extension PointsStore {
    /// A member listed in a publication objects to it while the window is open (its last day included).
    public func object(publicationID: String, content: String, by principal: Principal) async throws -> PointsPublication.Objection {
        var validator = Validator()
        validator.text("content", content, maximum: 1_000)
        try validator.throwIfAny()
        let now = clock()
        let today = CalendarDay(containing: now).description
        return try await database.write { sql in
            guard let member = try await PartyStore.member(of: principal, in: sql) else {
                throw ValidationFailure([FieldError("memberID", .notLinked)])
            }
            guard
                let publication = try await sql.raw(
                    """
                    SELECT p.objections_until FROM point_publications p JOIN point_publication_lines l ON l.publication_id = p.id
                    WHERE p.id = \(bind: publicationID) AND l.member_id = \(bind: member.id)
                    """
                ).first()
            else { throw StoreError.notFound }
            guard today <= (try publication.string("objections_until")) else {
                throw ValidationFailure([FieldError("publicationID", .pastDeadline)])
            }
            let objection = PointsPublication.Objection(
                id: Secrets.identifier(), memberID: member.id, memberName: member.name,
                content: content.trimmingCharacters(in: .whitespacesAndNewlines), answer: nil)
            try await sql.raw(
                """
                INSERT INTO point_objections (id, publication_id, member_id, content, created_at)
                VALUES (\(bind: objection.id), \(bind: publicationID), \(bind: member.id), \(bind: objection.content),
                    \(bind: Timestamp.format(now)))
                """
            ).run()
            return objection
        }
    }

    /// The branch answers an objection (staff of the community, or an officer of the branch). A change to the
    /// points themselves is a correction in the ledger, made separately so it is traced like any other.
    public func answerObjection(_ id: String, answer: String, by principal: Principal) async throws {
        var validator = Validator()
        validator.text("answer", answer, maximum: 1_000)
        try validator.throwIfAny()
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT p.org_id, p.community_code, o.member_id FROM point_objections o JOIN point_publications p ON p.id = o.publication_id
                    WHERE o.id = \(bind: id) AND o.answer IS NULL
                    """
                ).first()
            else { throw StoreError.notFound }
            let community = try row.string("community_code")
            // Outside the caller's reach the objection is absent, as an id that never existed.
            guard Self.reaches(principal, community: community) else { throw StoreError.notFound }
            try await Self.authoriseOrg(principal, org: try row.string("org_id"), community: community, in: sql)
            if try await PartyStore.member(of: principal, in: sql)?.id == row.string("member_id") {
                throw ValidationFailure([FieldError("objectionID", .ownRequest)])
            }
            try await sql.raw(
                """
                UPDATE point_objections SET answer = \(bind: answer.trimmingCharacters(in: .whitespacesAndNewlines)),
                    answered_by = \(bind: principal.accountID), answered_at = \(bind: Timestamp.format(now))
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(by: principal, .objectionAnswered, subject: "pointObjection:\(id)", territoryCode: community),
                at: now, in: sql, engine: engine)
        }
    }

    static func objections(of publicationID: String, in sql: any SQLDatabase) async throws -> [PointsPublication.Objection] {
        try await sql.raw(
            """
            SELECT o.id, o.member_id, m.name, o.content, o.answer FROM point_objections o JOIN party_members m ON m.id = o.member_id
            WHERE o.publication_id = \(bind: publicationID) ORDER BY o.created_at
            """
        ).all().map {
            PointsPublication.Objection(
                id: try $0.string("id"), memberID: try $0.string("member_id"), memberName: try $0.string("name"),
                content: try $0.string("content"), answer: try $0.optionalString("answer"))
        }
    }
}
