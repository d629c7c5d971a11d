import DoorstepCore
import Foundation
import SQLKit

/// How a case maps to its row. The one list of columns serves the insert and every update, so the two cannot
/// drift apart.
enum CaseRow {
    static func columns(_ item: Case) -> [(String, any Encodable & Sendable)] {
        [
            ("id", item.id), ("tracking_code", item.trackingCode), ("version", item.version),
            ("state", item.state.rawValue), ("source", item.source.rawValue), ("kind", item.kind.rawValue),
            ("category_code", item.categoryCode), ("category_name", item.categoryName),
            ("urgency", item.urgency.rawValue), ("time_limit", item.limit.text), ("response_limit", item.responseLimit.text),
            ("description", item.description), ("address", item.address), ("latitude", item.latitude),
            ("longitude", item.longitude), ("building_id", item.buildingID), ("street_code", item.streetCode),
            ("community_code", item.communityCode), ("grid_code", item.gridCode), ("reporter_name", item.reporterName),
            ("anonymous", item.anonymous), ("reporter_phone_masked", item.reporterPhoneMasked), ("reporter_account_id", item.reporterAccountID),
            ("handler_account_id", item.handler?.accountID), ("handler_name", item.handler?.name),
            ("dispatched_at", time(item.dispatchedAt)), ("responded_at", time(item.respondedAt)),
            ("responded_in_time", item.respondedInTime),
            ("warn_at", time(item.warnAt)), ("deadline", time(item.deadline)), ("paused_at", time(item.pausedAt)),
            ("extension_days", item.extensionRequest?.workingDays), ("extension_reason", item.extensionRequest?.reason),
            ("extension_requested_at", time(item.extensionRequest?.requestedAt)),
            ("extension_requested_by", item.extensionRequest?.requestedBy),
            ("escalate_at", time(item.escalateAt)), ("feedback_at", time(item.feedbackAt)),
            ("shelved_review_on", item.shelvedReviewOn?.description), ("escalation", item.escalation.rawValue),
            ("handled_by", item.handledBy), ("checked_by", item.checkedBy), ("rework_count", item.reworkCount),
            ("reopen_count", item.reopenCount), ("closed_at", time(item.closedAt)), ("closed_on_time", item.closedOnTime),
            ("solved", item.evaluation?.solved), ("satisfaction", item.evaluation?.satisfaction.rawValue),
            ("evaluated_at", time(item.evaluation?.at)), ("merged_into", item.mergedInto),
            ("created_at", Timestamp.format(item.createdAt)), ("updated_at", Timestamp.format(item.updatedAt)),
        ]
    }

    private static func time(_ date: Date?) -> String? { date.map(Timestamp.format) }

    static func insert(_ item: Case, extra: [(String, any Encodable & Sendable)], in sql: any SQLDatabase) async throws {
        let all = columns(item) + extra
        // Written as text rather than through SQLKit's insert builder, which escapes each of the many column names
        // on every call: on the one writer that was a tenth of a reported case's time.
        try await sql.raw("INSERT INTO cases (\(unsafeRaw: all.map(\.0).joined(separator: ", "))) VALUES (\(binds: all.map(\.1)))").run()
    }

    /// Writes `item` over the row that still has `item.version - 1`; false when someone else moved it first.
    static func update(_ item: Case, in sql: any SQLDatabase) async throws -> Bool {
        let assignments = columns(item).filter { $0.0 != "id" }.map { "\(unsafeRaw: $0.0) = \(bind: $0.1)" as SQLQueryString }
        let changed = try await sql.raw(
            "UPDATE cases SET \(assignments.joined(separator: ", ")) WHERE id = \(bind: item.id) AND version = \(bind: item.version - 1) RETURNING id"
        ).all()
        return !changed.isEmpty
    }

    static func decode(_ row: any SQLRow) throws -> Case {
        func enumValue<T: RawRepresentable>(_ column: String, _ type: T.Type) throws -> T where T.RawValue == String {
            let raw = try row.string(column)
            guard let value = T(rawValue: raw) else { throw StoreError.notFound }
            return value
        }
        var item = Case(
            id: try row.string("id"), trackingCode: try row.string("tracking_code"),
            source: try enumValue("source", CaseSource.self),
            category: CaseCategory(
                standardRef: nil, kind: try enumValue("kind", CaseKind.self), code: try row.string("category_code"),
                name: try row.string("category_name"), defaultHandler: .grid, limits: [:], isLocal: false),
            urgency: try enumValue("urgency", Urgency.self), description: try row.string("description"),
            address: try row.string("address"), latitude: try row.optional("latitude", as: Double.self),
            longitude: try row.optional("longitude", as: Double.self), buildingID: try row.optionalString("building_id"),
            communityCode: try row.string("community_code"), gridCode: try row.optionalString("grid_code"),
            reporterName: try row.string("reporter_name"), anonymous: try row.bool("anonymous"),
            reporterAccountID: try row.optionalString("reporter_account_id"), at: try row.date("created_at"))
        item.version = try row.int("version")
        item.reporterPhoneMasked = try row.optionalString("reporter_phone_masked")
        item.state = try enumValue("state", CaseState.self)
        item.limit = TimeLimit(text: try row.string("time_limit")) ?? .workingDays(5)
        item.responseLimit = TimeLimit(text: try row.string("response_limit")) ?? .workingHours(2)
        if let name = try row.optionalString("handler_name") {
            item.handler = CaseHandler(accountID: try row.optionalString("handler_account_id"), name: name)
        }
        item.dispatchedAt = try row.optionalDate("dispatched_at")
        item.respondedAt = try row.optionalDate("responded_at")
        item.respondedInTime = try row.optional("responded_in_time", as: Bool.self)
        item.warnAt = try row.optionalDate("warn_at")
        item.deadline = try row.optionalDate("deadline")
        item.pausedAt = try row.optionalDate("paused_at")
        if let days = try row.optionalInt("extension_days"), let at = try row.optionalDate("extension_requested_at") {
            item.extensionRequest = ExtensionRequest(
                workingDays: days, reason: try row.optionalString("extension_reason") ?? "", requestedAt: at,
                requestedBy: try row.optionalString("extension_requested_by") ?? "")
        }
        item.shelvedReviewOn = try row.optionalString("shelved_review_on").flatMap(CalendarDay.init(iso:))
        item.escalation = try enumValue("escalation", HandlerLevel.self)
        item.escalateAt = try row.optionalDate("escalate_at")
        item.feedbackAt = try row.optionalDate("feedback_at")
        item.handledBy = try row.optionalString("handled_by")
        item.checkedBy = try row.optionalString("checked_by")
        item.reworkCount = try row.int("rework_count")
        item.reopenCount = try row.int("reopen_count")
        item.closedAt = try row.optionalDate("closed_at")
        item.closedOnTime = try row.optional("closed_on_time", as: Bool.self)
        if let solved = try row.optional("solved", as: Bool.self),
            let satisfaction = try row.optionalString("satisfaction").flatMap(Satisfaction.init(rawValue:)),
            let at = try row.optionalDate("evaluated_at")
        {
            item.evaluation = Evaluation(solved: solved, satisfaction: satisfaction, at: at)
        }
        item.mergedInto = try row.optionalString("merged_into")
        item.updatedAt = try row.date("updated_at")
        return item
    }

    static func insert(_ event: CaseEvent, in sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO case_events (case_id, version, action, from_state, to_state, actor_id, actor_name, actor_standing,
                note, is_public, note_is_public, at)
            VALUES (\(bind: event.caseID), \(bind: event.version), \(bind: event.action), \(bind: event.from.rawValue),
                \(bind: event.to.rawValue), \(bind: event.actorID), \(bind: event.actorName),
                \(bind: event.actorStanding.rawValue), \(bind: event.note), \(bind: event.isPublic),
                \(bind: event.noteIsPublic), \(bind: Timestamp.format(event.at)))
            """
        ).run()
    }

    static func event(_ row: any SQLRow) throws -> CaseEvent {
        CaseEvent(
            caseID: try row.string("case_id"), version: try row.int("version"), action: try row.string("action"),
            from: CaseState(rawValue: try row.string("from_state")) ?? .reported,
            to: CaseState(rawValue: try row.string("to_state")) ?? .reported,
            actor: CaseActor(
                id: try row.string("actor_id"), name: try row.string("actor_name"),
                standing: CaseActor.Standing(rawValue: try row.string("actor_standing")) ?? .system),
            note: try row.string("note"), isPublic: try row.bool("is_public"),
            noteIsPublic: try row.bool("note_is_public"), at: try row.date("at"))
    }
}
