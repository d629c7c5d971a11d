import DoorstepCore
import DoorstepStore
import Hummingbird

/// The caller's own account, and the accounts an administrator manages within their scope.
struct AccountsAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(AccountsAPIRoute.me, use: me)
        router.get(AccountsAPIRoute.figures, use: figures)
        router.get(AccountsAPIRoute.list, use: list)
        router.post(AccountsAPIRoute.list, use: create)
        router.get(AccountsAPIRoute.account, use: account)
        router.patch(AccountsAPIRoute.account, use: update)
    }

    @Sendable func me(request: Request, context: AppRequestContext) async throws -> AccountResource {
        let principal = try context.requirePrincipal()
        return AccountResource(try await store.accounts.account(id: principal.accountID, for: principal))
    }

    @Sendable func figures(request: Request, context: AppRequestContext) async throws -> TerritoryFigures {
        try await TerritoryFigures.count(for: try context.requirePrincipal(), store: store)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> ListPage<AccountResource> {
        let principal = try context.require(.viewAccounts)
        return ListPage(try await store.accounts.list(for: principal).map(AccountResource.init))
    }

    @Sendable func account(request: Request, context: AppRequestContext) async throws -> AccountResource {
        let principal = try context.requirePrincipal()
        return AccountResource(try await store.accounts.account(id: try context.parameters.require("id"), for: principal))
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<AccountResource> {
        let principal = try context.require(.manageAccounts)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let input = try await request.decodeJSON(as: AccountInput.self, context: context)
        let account = try await store.accounts.create(
            try input.newAccount(grantedBy: principal), by: principal, clientAddress: context.clientAddress)
        return EditedResponse(status: .created, response: AccountResource(account))
    }

    struct UpdateRequest: Decodable, Sendable {
        var role: String?
        var scope: String?
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> AccountResource {
        let principal = try context.require(.manageAccounts)
        guard principal.mayChange else { throw AppError.twoFactorRequired }
        let id = try context.parameters.require("id")
        let body = try await request.decodeJSON(as: UpdateRequest.self, context: context)
        let current = try await store.accounts.account(id: id, for: principal)
        let (role, scope) = try AccountInput(role: body.role ?? current.role.rawValue, scope: body.scope ?? current.scope.description)
            .roleAndScope()
        return AccountResource(
            try await store.accounts.changeRole(id: id, to: role, scope: scope, by: principal, clientAddress: context.clientAddress))
    }
}
