import DoorstepCore
import Foundation
import SQLKit

/// The Party organisation tree, its members and its figures, within the caller's scope.
public struct PartyStore: Sendable {
    let database: Database
    /// For finding a member's resident record by ID number, through the keyed hash.
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Sets up an organisation under `parentID`, checking that the levels fit (committee under working committee,
    /// branch under committee, group under branch) and that what it covers lies inside the parent and the caller's
    /// scope.
    public func createOrg(
        kind: PartyOrgKind, name: String, parentID: String?, territoryCode: String, gridCodes: [String] = [],
        buildingIDs: [String] = [], by principal: Principal
    ) async throws -> PartyOrg {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("name", name, maximum: 60)
        if !principal.scope.contains(code: territoryCode), !territoryCode.isEmpty, kind != .workCommittee {
            validator.check("territoryCode", .outsideYourScope)
        }
        if kind == .workCommittee, principal.scope.level != .street || principal.scope.code != territoryCode {
            validator.check("territoryCode", .outsideYourScope)
        }
        if kind == .gridBranch, gridCodes.isEmpty { validator.check("gridCodes", .required) }
        if kind == .buildingGroup, buildingIDs.isEmpty { validator.check("buildingIDs", .required) }
        if gridCodes.contains(where: { !$0.hasPrefix(territoryCode) }) { validator.check("gridCodes", .outsideYourScope) }
        try validator.throwIfAny()
        let org = PartyOrg(
            id: Secrets.identifier(), kind: kind, name: name.trimmingCharacters(in: .whitespaces), parentID: parentID,
            territoryCode: territoryCode, gridCodes: gridCodes, buildingIDs: buildingIDs)
        let now = Timestamp.format(clock())
        try await database.write { sql in
            if let expected = kind.parentKind {
                guard let parentID,
                    let parent = try await sql.raw("SELECT kind, street_code, community_code FROM party_orgs WHERE id = \(bind: parentID)").first(),
                    try parent.string("kind") == expected.rawValue
                else { throw ValidationFailure([FieldError("parentID", .notFound)]) }
                let parentTerritory = try parent.optionalString("community_code") ?? parent.string("street_code")
                guard territoryCode.hasPrefix(parentTerritory) else {
                    throw ValidationFailure([FieldError("territoryCode", .codeNotUnderParent(parent: parentTerritory))])
                }
            } else if parentID != nil {
                throw ValidationFailure([FieldError("parentID", .unknownValue(allowed: []))])
            }
            for grid in gridCodes {
                guard try await sql.raw("SELECT code FROM grids WHERE code = \(bind: grid)").first() != nil else {
                    throw ValidationFailure([FieldError("gridCodes", .notFound)])
                }
            }
            for building in buildingIDs {
                guard
                    try await sql.raw(
                        "SELECT id FROM buildings WHERE id = \(bind: building) AND community_code = \(bind: territoryCode)"
                    ).first() != nil
                else { throw ValidationFailure([FieldError("buildingIDs", .notFound)]) }
            }
            try await sql.raw(
                """
                INSERT INTO party_orgs (id, kind, name, parent_id, street_code, community_code, created_at)
                VALUES (\(bind: org.id), \(bind: kind.rawValue), \(bind: org.name), \(bind: parentID),
                    \(bind: TerritoryCode.streetCode(of: territoryCode)), \(bind: TerritoryCode.communityCode(of: territoryCode)),
                    \(bind: now))
                """
            ).run()
            for grid in gridCodes {
                try await sql.raw("INSERT INTO party_org_grids (org_id, grid_code) VALUES (\(bind: org.id), \(bind: grid))").run()
            }
            for building in buildingIDs {
                try await sql.raw(
                    "INSERT INTO party_org_buildings (org_id, building_id) VALUES (\(bind: org.id), \(bind: building))"
                ).run()
            }
        }
        return org
    }

    /// The organisations of the caller's street or community: a grid's people see their community's tree.
    public func orgs(for principal: Principal) async throws -> [PartyOrg] {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        let scope = principal.scope
        let condition: SQLQueryString =
            scope.level == .street
            ? "street_code = \(bind: scope.code)"
            : "street_code = \(bind: scope.streetCode) AND (community_code IS NULL OR community_code = \(bind: scope.communityCode ?? ""))"
        return try await database.read { sql in
            let rows = try await sql.raw("SELECT * FROM party_orgs WHERE \(condition) ORDER BY kind, name").all()
            var orgs: [PartyOrg] = []
            for row in rows {
                let id = try row.string("id")
                let grids = try await sql.raw("SELECT grid_code FROM party_org_grids WHERE org_id = \(bind: id) ORDER BY grid_code")
                    .all().map { try $0.string("grid_code") }
                let buildings = try await sql.raw("SELECT building_id FROM party_org_buildings WHERE org_id = \(bind: id)")
                    .all().map { try $0.string("building_id") }
                orgs.append(
                    PartyOrg(
                        id: id, kind: PartyOrgKind(rawValue: try row.string("kind")) ?? .buildingGroup,
                        name: try row.string("name"), parentID: try row.optionalString("parent_id"),
                        territoryCode: try row.optionalString("community_code") ?? row.string("street_code"),
                        gridCodes: grids, buildingIDs: buildings))
            }
            return orgs
        }
    }

    /// Records a member of an organisation in the caller's scope. A member who lives here is linked to their
    /// resident record (and takes its grid); an employed member registering here (双报到) need not be.
    public func addMember(
        orgID: String, name: String, residentID: String?, dualCheckIn: Bool, status: MembershipStatus,
        employment: EmploymentStatus, joinedOn: String, by principal: Principal
    ) async throws -> PartyMember {
        guard principal.can(.manageParty) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        let joined = MemberSheet.date(joinedOn)
        if joinedOn.isEmpty {
            validator.check("joinedOn", .required)
        } else if joined == nil || joined! > Timestamp.format(clock()).prefix(10) {
            validator.check("joinedOn", .dateFormat)
        }
        try validator.throwIfAny()
        let member = PartyMember(
            id: Secrets.identifier(), orgID: orgID, name: name.trimmingCharacters(in: .whitespaces), residentID: residentID,
            dualCheckIn: dualCheckIn, status: status, employment: employment, joinedOn: joined ?? joinedOn)
        let now = Timestamp.format(clock())
        let scope = principal.scope
        let engine = database.engine
        do {
            try await database.write { sql in
                guard
                    let org = try await sql.raw("SELECT street_code, community_code FROM party_orgs WHERE id = \(bind: orgID)").first(),
                    let community = try org.optionalString("community_code"), scope.contains(code: community)
                else { throw ValidationFailure([FieldError("orgID", .notFound)]) }
                var grid: String?
                if let residentID {
                    guard
                        let resident = try await sql.raw(
                            "SELECT grid_code FROM residents WHERE id = \(bind: residentID) AND community_code = \(bind: community)"
                        ).first()
                    else { throw ValidationFailure([FieldError("residentID", .notFound)]) }
                    grid = try resident.string("grid_code")
                } else {
                    grid = try await sql.raw("SELECT grid_code FROM party_org_grids WHERE org_id = \(bind: orgID) ORDER BY grid_code")
                        .first()?.string("grid_code")
                }
                try await sql.raw(
                    """
                    INSERT INTO party_members (id, org_id, street_code, community_code, grid_code, name, resident_id,
                        dual_check_in, status, employment, joined_on, created_at)
                    VALUES (\(bind: member.id), \(bind: orgID), \(bind: TerritoryCode.streetCode(of: community)),
                        \(bind: community), \(bind: grid), \(bind: member.name), \(bind: residentID), \(bind: dualCheckIn),
                        \(bind: status.rawValue), \(bind: employment.rawValue), \(bind: member.joinedOn), \(bind: now))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(by: principal, .personRegistered, subject: "partyMember:\(member.id)", territoryCode: grid ?? community),
                    at: clock(), in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("residentID", .alreadyExists)])
        }
        return member
    }

    /// The members in the caller's scope, optionally of one organisation.
    public func members(for principal: Principal, orgID: String? = nil) async throws -> [PartyMember] {
        guard principal.can(.viewPartyMembers) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let org: SQLQueryString = orgID.map { "AND org_id = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM party_members WHERE \(scope) \(org) ORDER BY joined_on, name").all().map {
                PartyMember(
                    id: try $0.string("id"), orgID: try $0.string("org_id"), name: try $0.string("name"),
                    residentID: try $0.optionalString("resident_id"), dualCheckIn: try $0.bool("dual_check_in"),
                    status: MembershipStatus(rawValue: try $0.string("status")) ?? .full,
                    employment: EmploymentStatus(rawValue: try $0.string("employment")) ?? .employed,
                    joinedOn: try $0.string("joined_on")
                ).shown(to: principal.role)
            }
        }
    }

    /// The members in the caller's scope with their organisation's name, for an export; written to the audit log
    /// with how many rows it held.
    public func exportRows(for principal: Principal, clientAddress: String? = nil) async throws
        -> [(member: PartyMember, name: String, org: String)]
    {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let members = try await members(for: principal)
        let all = try await orgs(for: principal)
        // "parent/name", the form an import reads whatever the names in scope: exports import back.
        let orgs = Dictionary(uniqueKeysWithValues: all.map { org in
            (org.id, all.first { $0.id == org.parentID }.map { "\($0.name)/\(org.name)" } ?? org.name)
        })
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .personalDataExported, subject: "partyMembers", territoryCode: principal.scope.code,
                    detail: ["rows": String(members.count), "masked": principal.role.seesNames ? "false" : "true"],
                    clientAddress: clientAddress),
                at: now, in: sql, engine: engine)
        }
        return members.map { ($0, $0.name, orgs[$0.orgID] ?? "") }
    }

    /// The S1 figures of the caller's scope, counted from the records.
    public func figures(for principal: Principal) async throws -> PartyFigures {
        guard principal.can(.viewParty) else { throw StoreError.forbidden }
        let scope = principal.scope
        let memberScope = scope.condition()
        let gridScope = scope.condition(grid: "code")
        return try await database.read { sql in
            let gridCodes = Set(try await sql.raw("SELECT code FROM grids WHERE \(gridScope)").all().map { try $0.string("code") })
            var byStatus: [String: Int] = [:]
            for row in try await sql.raw("SELECT status, COUNT(*) AS n FROM party_members WHERE \(memberScope) GROUP BY status").all() {
                byStatus[try row.string("status")] = try row.int("n")
            }
            let covered = Set(
                try await sql.raw(
                    """
                    SELECT grid_code FROM party_org_grids
                    UNION SELECT b.grid_code FROM party_org_buildings pob JOIN buildings b ON b.id = pob.building_id
                    """
                ).all().map { try $0.string("grid_code") })
            var kinds: [String: Int] = [:]
            if scope.level == .grid {
                kinds[PartyOrgKind.gridBranch.rawValue] = try await sql.raw(
                    "SELECT COUNT(DISTINCT org_id) AS n FROM party_org_grids WHERE grid_code = \(bind: scope.code)"
                ).first()?.int("n") ?? 0
                kinds[PartyOrgKind.buildingGroup.rawValue] = try await sql.raw(
                    """
                    SELECT COUNT(DISTINCT pob.org_id) AS n FROM party_org_buildings pob JOIN buildings b ON b.id = pob.building_id
                    WHERE b.grid_code = \(bind: scope.code)
                    """
                ).first()?.int("n") ?? 0
            } else {
                let orgScope: SQLQueryString =
                    scope.level == .street ? "street_code = \(bind: scope.code)" : "community_code = \(bind: scope.code)"
                for row in try await sql.raw("SELECT kind, COUNT(*) AS n FROM party_orgs WHERE \(orgScope) GROUP BY kind").all() {
                    kinds[try row.string("kind")] = try row.int("n")
                }
            }
            let full = byStatus[MembershipStatus.full.rawValue] ?? 0
            let probationary = byStatus[MembershipStatus.probationary.rawValue] ?? 0
            return PartyFigures(
                members: full + probationary, fullMembers: full, probationaryMembers: probationary,
                communityCommittees: kinds[PartyOrgKind.communityCommittee.rawValue] ?? 0,
                gridBranches: kinds[PartyOrgKind.gridBranch.rawValue] ?? 0,
                buildingGroups: kinds[PartyOrgKind.buildingGroup.rawValue] ?? 0, grids: gridCodes.count,
                uncoveredGrids: gridCodes.subtracting(covered).sorted())
        }
    }
}
