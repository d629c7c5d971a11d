import DoorstepCore
import Foundation
import SQLKit

/// Aid projects (助老/助残/助困, S16): projects social organisations run in a community for residents of the care
/// categories they serve, their beneficiaries, the services delivered and the figures counted from them. The office
/// that manages services sees its territory's projects; a social organisation's own account sees the projects it
/// runs, with their beneficiaries masked; nobody else sees any.
public struct AidProjectStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Sets up a project in a community of the caller's territory, run by a social organisation of that community.
    /// A partner of another kind is refused on `partnerID`.
    public func createProject(_ new: NewAidProject, by principal: Principal) async throws -> AidProject {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let checked = try new.validate()
        let community = new.communityCode.trimmingCharacters(in: .whitespaces)
        guard community.count == ScopeLevel.community.codeLength, principal.scope.contains(code: community) else {
            throw ValidationFailure([FieldError("communityCode", .outsideYourScope)])
        }
        let draft = AidProject(
            id: Secrets.identifier(), communityCode: community, partnerID: new.partnerID.trimmingCharacters(in: .whitespaces),
            partnerName: "", title: new.title.trimmingCharacters(in: .whitespaces), kind: checked.kind,
            careCategories: checked.categories, startsOn: checked.startsOn.description, endsOn: checked.endsOn.description)
        let now = Timestamp.format(clock())
        let partnerName: String = try await database.write { sql in
            let partnerName = try await Self.partnerName(draft.partnerID, community: community, in: sql)
            try await sql.raw(
                """
                INSERT INTO aid_projects (id, street_code, community_code, partner_id, title, kind, care_categories, starts_on,
                    ends_on, created_by, created_at)
                VALUES (\(bind: draft.id), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community),
                    \(bind: draft.partnerID), \(bind: draft.title), \(bind: draft.kind.rawValue),
                    \(bind: Self.categoriesText(draft.careCategories)), \(bind: draft.startsOn), \(bind: draft.endsOn),
                    \(bind: principal.accountID), \(bind: now))
                """
            ).run()
            return partnerName
        }
        var project = draft
        project.partnerName = partnerName
        return project
    }

    /// The projects the caller may see, latest ending first, each with its beneficiaries now, services recorded and
    /// the distinct people they reached.
    public func projects(by principal: Principal) async throws -> [AidProjectListing] {
        let visible = try Self.visibleProjects(principal)
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT p.*, pa.name AS partner_name,
                    (SELECT COUNT(*) FROM aid_beneficiaries b WHERE b.project_id = p.id AND b.removed_on IS NULL) AS beneficiaries,
                    (SELECT COUNT(*) FROM aid_services v WHERE v.project_id = p.id) AS services,
                    (SELECT COUNT(DISTINCT sp.resident_id) FROM aid_service_people sp JOIN aid_services v ON v.id = sp.service_id
                        WHERE v.project_id = p.id) AS reached
                FROM aid_projects p JOIN partners pa ON pa.id = p.partner_id
                WHERE \(visible) ORDER BY p.ends_on DESC, p.title, p.id LIMIT 200
                """
            ).all().map { row in
                AidProjectListing(
                    project: try Self.project(row), beneficiaries: try row.int("beneficiaries"), services: try row.int("services"),
                    peopleReached: try row.int("reached"))
            }
        }
    }

    /// One project the caller may see.
    public func project(id: String, by principal: Principal) async throws -> AidProject {
        try await database.read { sql in try await Self.project(id, visibleTo: principal, in: sql) }
    }

    /// The social organisations of the caller's territory a project may be run by.
    public func organisations(by principal: Principal) async throws -> [Partner] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        let scope = principal.scope.communityCondition()
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM partners WHERE kind = \(bind: PartnerKind.socialOrganisation.rawValue) AND \(scope) ORDER BY name LIMIT 500"
            ).all().map(PartnerStore.partner(from:))
        }
    }

    // MARK: - Shared

    /// Projects (aliased `alias`) the caller may see: the territory's for the office, those it runs for a social
    /// organisation's account. Anyone else may see none.
    static func visibleProjects(_ principal: Principal, alias: String = "p") throws -> SQLQueryString {
        if principal.role == .partner {
            return "\(unsafeRaw: alias).partner_id IN (SELECT id FROM partners WHERE account_id = \(bind: principal.accountID))"
        }
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return principal.scope.communityCondition(alias + ".community_code")
    }

    static func project(_ id: String, visibleTo principal: Principal, in sql: any SQLDatabase) async throws -> AidProject {
        let visible = try visibleProjects(principal)
        guard
            let row = try await sql.raw(
                """
                SELECT p.*, pa.name AS partner_name FROM aid_projects p JOIN partners pa ON pa.id = p.partner_id
                WHERE p.id = \(bind: id) AND \(visible)
                """
            ).first()
        else { throw StoreError.notFound }
        return try project(row)
    }

    static func project(_ row: any SQLRow) throws -> AidProject {
        AidProject(
            id: try row.string("id"), communityCode: try row.string("community_code"), partnerID: try row.string("partner_id"),
            partnerName: try row.string("partner_name"), title: try row.string("title"),
            kind: AidProjectKind(rawValue: try row.string("kind")) ?? .hardship,
            careCategories: categories(try row.string("care_categories")), startsOn: try row.string("starts_on"),
            endsOn: try row.string("ends_on"))
    }

    /// Categories as stored: their names joined by commas, the way the registry seals a resident's.
    static func categoriesText(_ categories: [CareCategory]) -> String { categories.map(\.rawValue).joined(separator: ",") }

    static func categories(_ text: String) -> [CareCategory] {
        text.split(separator: ",").compactMap { name in CareCategory(rawValue: String(name)) }
    }

    /// The name of the organisation named for a project: a partner of the same community (another community's is
    /// not told apart from none), and a social organisation — a company or a hospital does not run one.
    static func partnerName(_ id: String, community: String, in sql: any SQLDatabase) async throws -> String {
        guard let row = try await sql.raw("SELECT name, kind, community_code FROM partners WHERE id = \(bind: id)").first(),
            try row.string("community_code") == community
        else { throw ValidationFailure([FieldError("partnerID", .notFound)]) }
        guard try row.string("kind") == PartnerKind.socialOrganisation.rawValue else {
            throw ValidationFailure([FieldError("partnerID", .unknownValue(allowed: [PartnerKind.socialOrganisation.rawValue]))])
        }
        return try row.string("name")
    }
}
