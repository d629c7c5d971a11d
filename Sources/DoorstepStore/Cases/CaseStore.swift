import DoorstepCore
import Foundation
import SQLKit

/// Cases of the closed loop: reports from every channel, steps with their history, the lists each role works
/// from. Reporters' phones are sealed; every read is kept to the caller's territory, and a resident to their own.
public struct CaseStore: Sendable {
    let database: Database
    let keys: KeySource
    /// The shipped calendar; the days set by hand (`CalendarStore`) are laid over it at every step.
    let calendar: WorkCalendar
    let clock: @Sendable () -> Date

    /// The calendar deadlines count over now, for those who ask the loop what it allows.
    public func currentCalendar() async throws -> WorkCalendar {
        try await database.read { [calendar] sql in try await CalendarStore.current(base: calendar, in: sql) }
    }

    /// A case the caller may see, or `notFound`.
    public func find(id: String, by principal: Principal) async throws -> Case {
        let visible = try Self.visibility(for: principal)
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM cases WHERE id = \(bind: id) AND \(visible)").first() else {
                throw StoreError.notFound
            }
            return try CaseRow.decode(row)
        }
    }

    /// The case's whole history, oldest first; a reporter gets the public lines only, without names or the
    /// office's notes; an auditor gets reporters' names masked, as every name reaches them.
    public func history(of id: String, by principal: Principal) async throws -> [CaseEvent] {
        _ = try await find(id: id, by: principal)
        let lines = try await database.read { sql in
            try await sql.raw("SELECT * FROM case_events WHERE case_id = \(bind: id) ORDER BY version").all()
                .map(CaseRow.event)
        }
        guard principal.can(.viewCases) else { return lines.filter(\.isPublic).map(Self.publicLine) }
        return lines.map { line in
            var shown = line
            if line.actorStanding == .reporter { shown.actorName = principal.role.shown(name: line.actorName) }
            return shown
        }
    }

    /// The photos of a case: their ids, the step they belong to and their type (the bytes come one at a time).
    public func photos(of id: String, by principal: Principal) async throws -> [CasePhoto] {
        _ = try await find(id: id, by: principal)
        return try await Self.photos(of: id, database: database)
    }

    /// One photo's bytes, if its case is visible to the caller.
    public func photo(_ photoID: String, by principal: Principal) async throws -> Photo {
        let visible = try Self.visibility(for: principal, table: "cases.")
        return try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT case_photos.content_type, case_photos.bytes FROM case_photos JOIN cases ON cases.id = case_photos.case_id
                    WHERE case_photos.id = \(bind: photoID) AND \(visible)
                    """
                ).first()
            else { throw StoreError.notFound }
            return try Self.photo(row)
        }
    }

    static func photos(of caseID: String, database: Database) async throws -> [CasePhoto] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT id, version, content_type FROM case_photos WHERE case_id = \(bind: caseID) ORDER BY version, created_at, id"
            ).all().map {
                CasePhoto(id: try $0.string("id"), version: try $0.int("version"), contentType: try $0.string("content_type"))
            }
        }
    }

    static func photo(_ row: any SQLRow) throws -> Photo {
        let format = Photo.Format(rawValue: try row.string("content_type")) ?? .jpeg
        return Photo(format: format, bytes: Array(try row.decode(column: "bytes", as: Data.self)))
    }

    /// Which cases the caller may read: their territory for those who work cases, their own reports for everyone
    /// else who reports.
    static func visibility(for principal: Principal, table: String = "") throws -> SQLQueryString {
        if principal.can(.viewCases) {
            return principal.scope.condition(
                street: table + "street_code", community: table + "community_code", grid: table + "grid_code")
        }
        guard principal.can(.reportCases) else { throw StoreError.forbidden }
        return "\(unsafeRaw: table)reporter_account_id = \(bind: principal.accountID)"
    }

    /// How the loop sees the caller.
    public static func actor(for principal: Principal) -> CaseActor? {
        switch principal.role {
        case .streetAdmin, .communityAdmin: CaseActor(id: principal.accountID, name: principal.displayName, standing: .staff)
        case .gridWorker: CaseActor(id: principal.accountID, name: principal.displayName, standing: .gridWorker)
        case .resident, .partyMember, .volunteer, .partner:
            CaseActor(id: principal.accountID, name: principal.displayName, standing: .reporter)
        case .auditor: nil
        }
    }
}

/// A photo's place in a case, without its bytes.
public struct CasePhoto: Sendable, Codable, Equatable {
    public var id: String
    /// The version of the step it came with: 1 for the report, the feedback's version for after-photos.
    public var version: Int
    public var contentType: String
}

extension CaseStore {
    /// The reporter's phone in full, for the call-back: asked with a reason, written to the audit log.
    public func revealReporterPhone(
        of id: String, reason: String, by principal: Principal, clientAddress: String? = nil
    ) async throws -> String {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.reason(reason)
        try validator.throwIfAny()
        let scope = principal.scope.condition()
        let now = clock()
        let engine = database.engine
        let keys = self.keys
        return try await database.write { sql in
            guard
                let row = try await sql.raw(
                    "SELECT reporter_phone_sealed, community_code, grid_code FROM cases WHERE id = \(bind: id) AND \(scope)"
                ).first()
            else { throw StoreError.notFound }
            let value = try row.optionalString("reporter_phone_sealed").map {
                try keys.open($0, context: SealedColumn.reporterPhone.context)
            } ?? ""
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .personalDataRevealed, subject: "case:\(id)",
                    territoryCode: try row.optionalString("grid_code") ?? row.string("community_code"),
                    detail: ["field": "reporterPhone"], reason: reason.trimmingCharacters(in: .whitespaces),
                    clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
            return value
        }
    }
}
