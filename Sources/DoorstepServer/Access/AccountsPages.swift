import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Hummingbird

/// Administrators' view of the accounts in their scope: list, open, change role and scope.
struct AccountsPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(AccountsRoute.list, use: list)
        router.post(AccountsRoute.list, use: create)
        router.get(AccountsRoute.detail, use: detail)
        router.post(AccountsRoute.detail, use: update)
        router.post(AccountsRoute.unlock, use: unlock)
        router.get(AccountsRoute.exportCSV, use: export)
        router.get(AccountsRoute.exportXLSX, use: export)
        router.post(AccountsRoute.disable, use: disable)
        router.post(AccountsRoute.enable, use: enable)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderList(
            context: context, flash: request.uri.queryParameters["done"] == "created" ? context.strings["accounts_created"] : nil,
            request: request)
    }

    /// The accounts of the caller's scope as a file: who holds which role where, and whether they may sign in.
    @Sendable func export(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewAccounts)
        let strings = context.strings
        let rows = try await store.accounts.list(for: principal).map { account in
            [
                account.username, account.displayName, strings.roleName(account.role),
                Display.scope(account.scope, strings),
                Self.status(of: account, strings),
            ]
        }
        let header = ["field_username", "field_displayName", "field_role", "field_scope", "account_status"].map { strings[$0] }
        return SheetFiles.download(
            [header] + rows, as: SheetFormat(path: request.uri.path), name: "accounts", sheetName: strings["accounts_title"])
    }

    private func renderList(
        context: AppRequestContext, status: HTTPResponse.Status = .ok, flash: String? = nil,
        errors: [FieldError] = [], form: Form? = nil, request: Request? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewAccounts)
        let strings = context.strings
        let all = try await store.accounts.list(for: principal)
        let paging = request.map { Paging($0, total: all.count) } ?? Paging(page: 1, total: all.count)
        let accounts = paging.slice(all)
        let model: [String: Any] = [
            "pager": paging.model(path: AccountsRoute.list.path(), strings: strings),
            "accounts": accounts.map { account -> [String: Any] in
                [
                    "id": account.id, "username": account.username, "displayName": account.displayName,
                    "roleName": strings.roleName(account.role), "scopeName": Display.scope(account.scope, strings),
                    "status": Self.status(of: account, strings),
                ]
            },
            "canManage": principal.can(.manageAccounts) && principal.mayChange,
            "mustEnrol": principal.can(.manageAccounts) && !principal.mayChange,
            // The least powerful role is preselected, so an administrator is never made by accident.
            "roleOptions": Self.roleOptions(
                for: principal, selected: form?["role"].flatMap(Role.init(rawValue:)) ?? .resident, strings),
            "form": form?.fields ?? [:],
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page("accounts", title: strings["accounts_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageAccounts)
        let form = try await Form.checked(request, context: context)
        let input = AccountInput(form: form)
        do {
            _ = try await store.accounts.create(try input.newAccount(grantedBy: principal), by: principal, clientAddress: context.clientAddress)
        } catch let failure as ValidationFailure {
            return try await renderList(context: context, status: .unprocessableContent, errors: failure.errors, form: form)
        }
        return redirect(to: AccountsRoute.list.path().query(["done": "created"]))
    }

    @Sendable func detail(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderDetail(id: try context.parameters.require("id"), context: context)
    }

    private func renderDetail(
        id: String, context: AppRequestContext, status: HTTPResponse.Status = .ok, flash: String? = nil,
        errors: [FieldError] = []
    ) async throws -> Response {
        let principal = try context.require(.viewAccounts)
        let strings = context.strings
        let account = try await store.accounts.account(id: id, for: principal)
        let model: [String: Any] = [
            "account": ["id": account.id, "username": account.username, "displayName": account.displayName],
            "roleName": strings.roleName(account.role), "scopeName": Display.scope(account.scope, strings),
            "scopeValue": account.scope.description, "status": Self.status(of: account, strings),
            "twoFactor": strings[account.twoFactorEnabled ? "account_twofactor_on" : "account_twofactor_off"],
            "canManage": principal.can(.manageAccounts) && principal.mayChange && account.id != principal.accountID,
            "isDisabled": account.disabled,
            "mustEnrol": principal.can(.manageAccounts) && !principal.mayChange,
            "roleOptions": Self.roleOptions(for: principal, selected: account.role, strings),
            "fieldErrors": Display.fieldErrors(errors, strings),
        ]
        return pages.page("accountDetail", title: account.displayName, model: model, context: context, status: status, flash: flash)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageAccounts)
        let id = try context.parameters.require("id")
        let form = try await Form.checked(request, context: context)
        do {
            let (role, scope) = try AccountInput(form: form).roleAndScope()
            _ = try await store.accounts.changeRole(
                id: id, to: role, scope: scope, by: principal, clientAddress: context.clientAddress)
        } catch let failure as ValidationFailure {
            return try await renderDetail(id: id, context: context, status: .unprocessableContent, errors: failure.errors)
        }
        return try await renderDetail(id: id, context: context, flash: context.strings["accounts_saved"])
    }

    @Sendable func unlock(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageAccounts)
        let id = try context.parameters.require("id")
        _ = try await Form.checked(request, context: context)
        try await store.accounts.unlock(id: id, by: principal, clientAddress: context.clientAddress)
        return try await renderDetail(id: id, context: context, flash: context.strings["accounts_unlocked"])
    }

    @Sendable func disable(request: Request, context: AppRequestContext) async throws -> Response {
        try await setDisabled(true, request: request, context: context)
    }

    @Sendable func enable(request: Request, context: AppRequestContext) async throws -> Response {
        try await setDisabled(false, request: request, context: context)
    }

    private func setDisabled(_ disabled: Bool, request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.manageAccounts)
        let id = try context.parameters.require("id")
        _ = try await Form.checked(request, context: context)
        try await store.accounts.setDisabled(disabled, id: id, by: principal, clientAddress: context.clientAddress)
        return try await renderDetail(
            id: id, context: context, flash: context.strings[disabled ? "accounts_disabled_done" : "accounts_enabled_done"])
    }

    static func status(of account: Account, _ strings: Strings) -> String {
        strings[account.disabled ? "account_disabled" : "account_active"]
    }

    static func roleOptions(for principal: Principal, selected: Role?, _ strings: Strings) -> [[String: Any]] {
        principal.role.assignableRoles.map {
            ["code": $0.rawValue, "name": strings.roleName($0), "selected": $0 == selected]
        }
    }
}

import Foundation
