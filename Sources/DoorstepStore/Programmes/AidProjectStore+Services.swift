import DoorstepCore
import Foundation
import SQLKit

extension AidProjectStore {
    /// Records a service the project delivered, with the beneficiaries it served: by the office, or by the running
    /// organisation's own account. Only residents who are the project's beneficiaries now may be named, and only on
    /// a day inside the project's span that has come.
    public func recordService(_ new: NewAidService, projectID: String, by principal: Principal) async throws -> AidService {
        guard principal.role == .partner || principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let checked = try new.validate(today: CalendarDay(containing: now))
        let day = checked.day
        let people = checked.residentIDs
        let service = AidService(
            id: Secrets.identifier(), projectID: projectID, day: day.description,
            note: new.note.trimmingCharacters(in: .whitespacesAndNewlines), residentIDs: people, recordedBy: principal.username)
        let createdAt = Timestamp.format(now)
        let engine = database.engine
        try await database.write { sql in
            let project = try await Self.project(projectID, visibleTo: principal, in: sql)
            if principal.role != .partner { try PartnerStore.requireOffice(principal, community: project.communityCode) }
            if let start = CalendarDay(iso: project.startsOn), day < start {
                throw ValidationFailure([FieldError("day", .beforeStart)])
            }
            if let end = CalendarDay(iso: project.endsOn), day > end { throw ValidationFailure([FieldError("day", .notOpen)]) }
            let rows = try await sql.raw(
                "SELECT resident_id FROM aid_beneficiaries WHERE project_id = \(bind: project.id) AND removed_on IS NULL"
            ).all()
            let ids = try rows.map { try $0.string("resident_id") }
            let current = Set(ids)
            guard people.allSatisfy({ current.contains($0) }) else {
                throw ValidationFailure([FieldError("residentIDs", .notAuthorised)])
            }
            try await sql.raw(
                """
                INSERT INTO aid_services (id, project_id, community_code, day, note, recorded_by, recorded_by_name, created_at)
                VALUES (\(bind: service.id), \(bind: project.id), \(bind: project.communityCode), \(bind: service.day),
                    \(bind: service.note), \(bind: principal.accountID), \(bind: principal.username), \(bind: createdAt))
                """
            ).run()
            for resident in people {
                try await sql.raw(
                    "INSERT INTO aid_service_people (service_id, resident_id) VALUES (\(bind: service.id), \(bind: resident))"
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .aidServiceRecorded, subject: "aidProject:\(project.id)", territoryCode: project.communityCode,
                    detail: ["serviceID": service.id, "people": String(people.count)]),
                at: now, in: sql, engine: engine)
        }
        return service
    }

    /// A project's services, newest first, each with the residents it served.
    public func services(projectID: String, by principal: Principal, limit: Int = 200) async throws -> [AidService] {
        try await database.read { sql in
            let project = try await Self.project(projectID, visibleTo: principal, in: sql)
            let rows = try await sql.raw(
                """
                SELECT * FROM aid_services WHERE project_id = \(bind: project.id)
                ORDER BY day DESC, created_at DESC, id LIMIT \(bind: limit)
                """
            ).all()
            var services: [AidService] = []
            for row in rows {
                let id = try row.string("id")
                let people = try await sql.raw(
                    "SELECT resident_id FROM aid_service_people WHERE service_id = \(bind: id) ORDER BY resident_id"
                ).all().map { try $0.string("resident_id") }
                services.append(
                    AidService(
                        id: id, projectID: project.id, day: try row.string("day"), note: try row.string("note"), residentIDs: people,
                        recordedBy: try row.string("recorded_by_name")))
            }
            return services
        }
    }
}
