import DoorstepCore
import DoorstepStore
import Hummingbird

/// Grid workers (S2) and Party-member hubs with their linked households (S3).
struct GridWorkerHubAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(GridWorkerHubAPIRoute.workers, use: workers)
        router.post(GridWorkerHubAPIRoute.workers, use: addWorker)
        router.get(GridWorkerHubAPIRoute.hubs, use: hubs)
        router.post(GridWorkerHubAPIRoute.hubs, use: createHub)
        router.post(GridWorkerHubAPIRoute.link, use: link)
    }

    @Sendable func workers(request: Request, context: AppRequestContext) async throws -> ListPage<GridWorker> {
        let grid = request.uri.queryParameters["grid"].map(String.init)
        return ListPage(try await store.gridWorkers.workers(for: try context.require(.viewTerritory), gridCode: grid))
    }

    struct WorkerInput: Decodable, Sendable {
        var gridCode: String?
        var name: String?
        var accountID: String?
        var fullTime: Bool?
        var isLeader: Bool?
    }

    @Sendable func addWorker(request: Request, context: AppRequestContext) async throws -> EditedResponse<GridWorker> {
        let principal = try context.require(.manageAccounts)
        let body = try await request.decodeJSON(as: WorkerInput.self, context: context)
        let worker = try await store.gridWorkers.add(
            gridCode: body.gridCode ?? "", name: body.name ?? "", accountID: body.accountID,
            fullTime: body.fullTime ?? true, isLeader: body.isLeader ?? false, by: principal)
        return EditedResponse(status: .created, response: worker)
    }

    @Sendable func hubs(request: Request, context: AppRequestContext) async throws -> ListPage<PartyMemberHub> {
        let grid = request.uri.queryParameters["grid"].map(String.init)
        return ListPage(try await store.hubs.hubs(for: try context.require(.viewParty), gridCode: grid))
    }

    struct HubInput: Decodable, Sendable {
        var memberID: String?
    }

    @Sendable func createHub(request: Request, context: AppRequestContext) async throws -> EditedResponse<PartyMemberHub> {
        let principal = try context.require(.manageParty)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let body = try await request.decodeJSON(as: HubInput.self, context: context)
        let hub = try await store.hubs.createHub(memberID: body.memberID ?? "", by: principal)
        return EditedResponse(status: .created, response: hub)
    }

    struct LinkInput: Decodable, Sendable {
        var householdIDs: [String]?
    }

    @Sendable func link(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.require(.manageParty)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let body = try await request.decodeJSON(as: LinkInput.self, context: context)
        guard let households = body.householdIDs, !households.isEmpty else {
            throw AppError.validation([FieldError("householdIDs", .required)])
        }
        try await store.hubs.link(householdIDs: households, to: try context.parameters.require("id"), by: principal)
        return .noContent
    }
}

extension GridWorker: ResponseEncodable {}
extension PartyMemberHub: ResponseEncodable {}
