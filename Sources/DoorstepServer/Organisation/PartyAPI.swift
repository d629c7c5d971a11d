import DoorstepCore
import DoorstepStore
import Hummingbird

/// The Party organisation: the tree, the members, and the S1 figures of the caller's scope.
struct PartyAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        let sheets = RegistryAPI(store: store)
        router.get(PartyAPIRoute.templateCSV, use: sheets.template)
        router.get(PartyAPIRoute.templateXLSX, use: sheets.template)
        router.post(PartyAPIRoute.importFile, use: sheets.importFile)
        router.get(PartyAPIRoute.orgs, use: orgs)
        router.post(PartyAPIRoute.orgs, use: createOrg)
        router.get(PartyAPIRoute.members, use: members)
        router.post(PartyAPIRoute.members, use: addMember)
        router.get(PartyAPIRoute.figures, use: figures)
    }

    @Sendable func orgs(request: Request, context: AppRequestContext) async throws -> ListPage<PartyOrg> {
        ListPage(try await store.party.orgs(for: try context.require(.viewParty)))
    }

    struct OrgInput: Decodable, Sendable {
        var kind: String?
        var name: String?
        var parentID: String?
        var territoryCode: String?
        var gridCodes: [String]?
        var buildingIDs: [String]?
    }

    @Sendable func createOrg(request: Request, context: AppRequestContext) async throws -> EditedResponse<PartyOrg> {
        let principal = try context.require(.manageParty)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let body = try await request.decodeJSON(as: OrgInput.self, context: context)
        guard let kind = body.kind.flatMap(PartyOrgKind.init(rawValue:)) else {
            throw AppError.validation([FieldError("kind", .unknownValue(allowed: PartyOrgKind.allCases.map(\.rawValue)))])
        }
        let org = try await store.party.createOrg(
            kind: kind, name: body.name ?? "", parentID: body.parentID, territoryCode: body.territoryCode ?? "",
            gridCodes: body.gridCodes ?? [], buildingIDs: body.buildingIDs ?? [], by: principal)
        return EditedResponse(status: .created, response: org)
    }

    @Sendable func members(request: Request, context: AppRequestContext) async throws -> ListPage<PartyMember> {
        let org = request.uri.queryParameters["org"].map(String.init)
        return ListPage(try await store.party.members(for: try context.require(.viewPartyMembers), orgID: org))
    }

    struct MemberInput: Decodable, Sendable {
        var orgID: String?
        var name: String?
        var residentID: String?
        var dualCheckIn: Bool?
        var status: String?
        var employment: String?
        var joinedOn: String?
    }

    @Sendable func addMember(request: Request, context: AppRequestContext) async throws -> EditedResponse<PartyMember> {
        let principal = try context.require(.manageParty)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let body = try await request.decodeJSON(as: MemberInput.self, context: context)
        var validator = Validator()
        let status = MembershipStatus(rawValue: body.status ?? MembershipStatus.full.rawValue)
        if status == nil { validator.check("status", .unknownValue(allowed: MembershipStatus.allCases.map(\.rawValue))) }
        let employment = EmploymentStatus(rawValue: body.employment ?? "")
        if employment == nil {
            validator.check("employment", .unknownValue(allowed: EmploymentStatus.allCases.map(\.rawValue)))
        }
        validator.text("orgID", body.orgID, maximum: 64)
        try validator.throwIfAny()
        let member = try await store.party.addMember(
            orgID: body.orgID!, name: body.name ?? "", residentID: body.residentID, dualCheckIn: body.dualCheckIn ?? false,
            status: status!, employment: employment!, joinedOn: body.joinedOn ?? "", by: principal)
        return EditedResponse(status: .created, response: member)
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> PartyFigures {
        try await store.party.figures(for: try context.require(.viewParty))
    }
}

extension PartyOrg: ResponseEncodable {}
extension PartyMember: ResponseEncodable {}
extension PartyFigures: ResponseEncodable {}
