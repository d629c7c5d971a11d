import DoorstepCore
import DoorstepStore
import Hummingbird

/// The signed-in person's own account: password, language, two-factor enrolment and API tokens.
struct MyAccountPage: Sendable {
    let store: Store
    let pages: PageRenderer

    /// The confirmations a redirect may ask the page to show.
    static let notices = ["password_changed", "language_saved", "twofactor_enabled", "tokens_revoked"]

    func register(on router: Router<AppRequestContext>) {
        router.get(MyAccountRoute.show, use: show)
        router.post(MyAccountRoute.changePassword, use: changePassword)
        router.post(MyAccountRoute.changeLanguage, use: changeLanguage)
        router.post(MyAccountRoute.beginTwoFactor, use: beginTwoFactor)
        router.post(MyAccountRoute.confirmTwoFactor, use: confirmTwoFactor)
        router.post(MyAccountRoute.createToken, use: createToken)
        router.post(MyAccountRoute.revokeToken, use: revokeToken)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let notice = request.uri.queryParameters["done"].map(String.init).flatMap { Self.notices.contains($0) ? $0 : nil }
        return try await render(context: context, flash: notice.map { context.strings[$0] })
    }

    /// The cards of the page that can show a form's errors.
    enum Section: String {
        case password, twoFactor, token
    }

    private func render(
        context: AppRequestContext, status: HTTPResponse.Status = .ok, flash: String? = nil,
        errors: [FieldError] = [], in section: Section = .password, newToken: String? = nil
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let account = try await store.accounts.account(id: principal.accountID, for: principal)
        let tokens = try await store.tokens.list(for: principal)
        var model: [String: Any] = [
            "username": account.username, "displayName": account.displayName,
            "roleName": strings.roleName(account.role), "scopeName": Display.scope(account.scope, strings),
            "twoFactorOn": account.twoFactorEnabled,
            "languageOptions": [["code": "", "name": strings["language_browser"], "selected": account.language == nil]]
                + Language.allCases.map {
                    ["code": $0.rawValue, "name": strings.languageName($0), "selected": account.language == $0]
                },
            "hasTokens": !tokens.isEmpty,
            "tokens": tokens.map { token -> [String: Any] in
                [
                    "id": token.id, "name": token.name, "createdAt": Display.time(token.createdAt),
                    "expiresAt": Display.time(token.expiresAt), "lastUsedAt": Display.time(token.lastUsedAt),
                    "revoked": token.revokedAt != nil, "csrf": context.session?.csrfToken ?? "",
                ]
            },
        ]
        if !account.twoFactorEnabled, let pending = try await store.accounts.pendingTwoFactor(for: principal) {
            model["enrolment"] = [
                "secret": pending.secret, "uri": pending.provisioningURI(account: account.username, issuer: "Doorstep"),
            ]
        }
        if let newToken { model["newToken"] = newToken }
        if !errors.isEmpty {
            model["\(section.rawValue)Errors"] = ["fieldErrors": Display.fieldErrors(errors, strings)]
        }
        return pages.page(
            "myAccount", title: strings["myaccount_title"], model: model, context: context, status: status, flash: flash)
    }

    @Sendable func changePassword(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        do {
            try await store.accounts.changePassword(
                for: principal, current: form["currentPassword"] ?? "", new: form["newPassword"] ?? "",
                keepingSession: context.sessionToken)
        } catch let failure as ValidationFailure {
            return try await render(context: context, status: .unprocessableContent, errors: failure.errors)
        }
        return redirect(to: MyAccountRoute.show.path().query(["done": "password_changed"]).fragment("password"))
    }

    @Sendable func changeLanguage(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        try await store.accounts.setLanguage(form["language"].flatMap(Language.init(rawValue:)), for: principal)
        return redirect(to: MyAccountRoute.show.path().query(["done": "language_saved"]).fragment("language"))
    }

    @Sendable func beginTwoFactor(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        _ = try await Form.checked(request, context: context)
        _ = try await store.accounts.beginTwoFactor(for: principal)
        return redirect(to: MyAccountRoute.show.path().fragment("two-factor"))
    }

    @Sendable func confirmTwoFactor(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        do {
            try await store.accounts.confirmTwoFactor(
                code: form["oneTimeCode"] ?? "", for: principal, clientAddress: context.clientAddress)
        } catch let failure as ValidationFailure {
            return try await render(context: context, status: .unprocessableContent, errors: failure.errors, in: .twoFactor)
        }
        return redirect(to: MyAccountRoute.show.path().query(["done": "twofactor_enabled"]).fragment("two-factor"))
    }

    @Sendable func createToken(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let form = try await Form.checked(request, context: context)
        let account = try await store.accounts.account(id: principal.accountID, for: principal)
        do {
            let (_, secret) = try await store.tokens.create(
                for: account, name: form["name"] ?? "", clientAddress: context.clientAddress)
            // Shown in this answer only: the secret is not stored and cannot be shown again.
            return try await render(context: context, status: .created, newToken: secret)
        } catch let failure as ValidationFailure {
            return try await render(context: context, status: .unprocessableContent, errors: failure.errors, in: .token)
        }
    }

    @Sendable func revokeToken(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        _ = try await Form.checked(request, context: context)
        try await store.tokens.revoke(
            id: try context.parameters.require("id"), for: principal, clientAddress: context.clientAddress)
        return redirect(to: MyAccountRoute.show.path().query(["done": "tokens_revoked"]).fragment("tokens"))
    }
}
