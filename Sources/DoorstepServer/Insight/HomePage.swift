import DoorstepCore
import DoorstepStore
import Hummingbird

/// The workspace each role lands on: who they are, what they answer for, and the figures of their territory,
/// each counted from the records and shown with its definition.
struct HomePage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(HomeRoute.show, use: show)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let figures = try await TerritoryFigures.count(for: principal, store: store)
        var rows: [[String: Any]] = [
            ["label": strings["figure_communities"], "value": figures.communities, "href": TerritoryRoute.tree.path(),
             "definition": strings["figure_communities_def"]],
            ["label": strings["figure_grids"], "value": figures.grids, "href": TerritoryRoute.tree.path(),
             "definition": strings["figure_grids_def"]],
        ]
        if let accounts = figures.accounts {
            rows.append(
                ["label": strings["figure_accounts"], "value": accounts, "href": AccountsRoute.list.path(),
                 "definition": strings["figure_accounts_def"]])
        }
        let model: [String: Any] = [
            "welcome": strings.format("home_welcome", ["name": principal.displayName]),
            "scopeLine": strings.format(
                "home_scope",
                ["scope": "\(try await store.territory.scopeName(for: principal)) (\(principal.scope.code))"]),
            "roleIntro": strings["home_role_\(principal.role.rawValue)"],
            "mustEnrol": !principal.mayChange,
            "figures": rows,
        ]
        return pages.page("home", title: strings["home_title"], model: model, context: context)
    }
}

/// The territory figures shown on the home page and returned by `GET /api/v1/me/figures`, counted the same way
/// for both.
struct TerritoryFigures: ResponseCodable, Sendable, Equatable {
    var communities: Int
    var grids: Int
    /// Only for roles that may see accounts.
    var accounts: Int?

    static func count(for principal: Principal, store: Store) async throws -> TerritoryFigures {
        let communities = try await store.territory.communities(for: principal).count
        let grids = try await store.territory.grids(for: principal).count
        let accounts = principal.can(.viewAccounts) ? try await store.accounts.list(for: principal).count : nil
        return TerritoryFigures(communities: communities, grids: grids, accounts: accounts)
    }
}
