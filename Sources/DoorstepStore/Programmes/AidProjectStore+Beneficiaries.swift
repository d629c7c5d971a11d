import DoorstepCore
import Foundation
import SQLKit

extension AidProjectStore {
    /// Takes a resident of the project's community into the project: only one whose care categories (sealed in the
    /// registry, opened here and never handed out) include one the project serves. A resident without is refused on
    /// `residentID` as not authorised; one elsewhere as not found. The office's decision, logged without any care
    /// detail.
    public func addBeneficiary(projectID: String, residentID: String, by principal: Principal, clientAddress: String? = nil)
        async throws -> AidBeneficiary
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let residentID = residentID.trimmingCharacters(in: .whitespaces)
        guard !residentID.isEmpty else { throw ValidationFailure([FieldError("residentID", .required)]) }
        let now = clock()
        let today = CalendarDay(containing: now)
        let engine = database.engine
        let keys = self.keys
        do {
            return try await database.write { sql in
                let project = try await Self.project(projectID, visibleTo: principal, in: sql)
                try PartnerStore.requireOffice(principal, community: project.communityCode)
                if let end = CalendarDay(iso: project.endsOn), today > end {
                    throw ValidationFailure([FieldError("projectID", .notOpen)])
                }
                guard
                    let resident = try await sql.raw(
                        "SELECT name, community_code, care_sealed FROM residents WHERE id = \(bind: residentID)"
                    ).first(),
                    try resident.string("community_code") == project.communityCode
                else { throw ValidationFailure([FieldError("residentID", .notFound)]) }
                var categories: [CareCategory] = []
                if let sealed = try resident.optionalString("care_sealed") {
                    let opened = try keys.open(sealed, context: SealedColumn.residentCare.context)
                    categories = Self.categories(opened)
                }
                guard project.qualifies(categories) else { throw ValidationFailure([FieldError("residentID", .notAuthorised)]) }
                let name = try resident.string("name")
                try await sql.raw(
                    """
                    INSERT INTO aid_beneficiaries (id, project_id, resident_id, resident_masked, added_on, added_by, created_at)
                    VALUES (\(bind: Secrets.identifier()), \(bind: project.id), \(bind: residentID), \(bind: Masking.name(name)),
                        \(bind: today.description), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .aidBeneficiariesChanged, subject: "aidProject:\(project.id)",
                        territoryCode: project.communityCode, detail: ["resident": residentID, "change": "added"],
                        clientAddress: clientAddress),
                    at: now, in: sql, engine: engine)
                return AidBeneficiary(
                    projectID: project.id, residentID: residentID, name: principal.role.shown(name: name),
                    addedOn: today.description, servicesReceived: 0)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("residentID", .alreadyExists)])
        }
    }

    /// Takes a resident out of the project from today. The row stays, so services already delivered to them keep
    /// counting; they may be taken in again later.
    public func removeBeneficiary(projectID: String, residentID: String, by principal: Principal, clientAddress: String? = nil)
        async throws
    {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let today = CalendarDay(containing: now).description
        let engine = database.engine
        try await database.write { sql in
            let project = try await Self.project(projectID, visibleTo: principal, in: sql)
            try PartnerStore.requireOffice(principal, community: project.communityCode)
            guard
                let row = try await sql.raw(
                    """
                    SELECT id FROM aid_beneficiaries
                    WHERE project_id = \(bind: project.id) AND resident_id = \(bind: residentID) AND removed_on IS NULL
                    """
                ).first()
            else { throw StoreError.notFound }
            let beneficiaryID = try row.string("id")
            try await sql.raw(
                """
                UPDATE aid_beneficiaries SET removed_on = \(bind: today), removed_by = \(bind: principal.accountID)
                WHERE id = \(bind: beneficiaryID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .aidBeneficiariesChanged, subject: "aidProject:\(project.id)", territoryCode: project.communityCode,
                    detail: ["resident": residentID, "change": "removed"], clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
    }

    /// A project's beneficiaries now, in the order they were taken in: for the office, names as the registry shows
    /// them to its role; for the running organisation's account, masked (`张*`). Anyone else finds no project.
    public func beneficiaries(projectID: String, by principal: Principal) async throws -> [AidBeneficiary] {
        let masked = principal.role == .partner
        let role = principal.role
        return try await database.read { sql in
            let project = try await Self.project(projectID, visibleTo: principal, in: sql)
            return try await sql.raw(
                """
                SELECT b.resident_id, b.added_on, r.name,
                    (SELECT COUNT(*) FROM aid_service_people sp JOIN aid_services v ON v.id = sp.service_id
                        WHERE v.project_id = b.project_id AND sp.resident_id = b.resident_id) AS received
                FROM aid_beneficiaries b JOIN residents r ON r.id = b.resident_id
                WHERE b.project_id = \(bind: project.id) AND b.removed_on IS NULL
                ORDER BY b.added_on, b.created_at, b.id
                """
            ).all().map { row in
                let name = try row.string("name")
                return AidBeneficiary(
                    projectID: project.id, residentID: try row.string("resident_id"),
                    name: masked ? Masking.name(name) : role.shown(name: name), addedOn: try row.string("added_on"),
                    servicesReceived: try row.int("received"))
            }
        }
    }
}
