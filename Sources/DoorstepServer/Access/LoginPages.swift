import DoorstepCore
import DoorstepStore
import Foundation
import HTTPTypes
import Hummingbird

/// Signing in and out of the pages: password, then the one-time code when the account has one.
struct LoginPages: Sendable {
    let store: Store
    let pages: PageRenderer
    let cookies: CookieFactory

    static let loginCSRFCookie = "doorstep_login_csrf"

    func register(on router: Router<AppRequestContext>) {
        router.get(LoginRoute.showLogin, use: showLogin)
        router.post(LoginRoute.showLogin, use: submitLogin)
        router.get(LoginRoute.showCode, use: showCode)
        router.post(LoginRoute.showCode, use: submitCode)
        router.post(LoginRoute.logout, use: logout)
    }

    /// The login form. Before there is a session, the form's CSRF token is paired with a cookie of its own.
    @Sendable func showLogin(request: Request, context: AppRequestContext) async throws -> Response {
        if context.principal != nil { return redirect(to: Link.local(request.uri.queryParameters["next"].map(String.init))) }
        return loginForm(request: request, context: context, username: "", error: nil, status: .ok)
    }

    private func loginForm(
        request: Request, context: AppRequestContext, username: String, error: String?, status: HTTPResponse.Status
    ) -> Response {
        let token = Secrets.token()
        let next = request.uri.queryParameters["next"].map(String.init) ?? ""
        var model: [String: Any] = ["username": username, "next": Link.local(next)]
        if let error { model["error"] = error }
        var response = pages.page(
            "login", title: context.strings["login_title"], model: model, context: context, status: status,
            extraCSRF: token)
        response.setCookie(cookies.make(name: Self.loginCSRFCookie, value: token, request: request, path: LoginRoute.showLogin.pattern))
        return response
    }

    @Sendable func submitLogin(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request)
        guard let expected = request.cookies[Self.loginCSRFCookie]?.value, let given = form["_csrf"],
            Secrets.constantTimeEquals(expected, given)
        else {
            return loginForm(
                request: request, context: context, username: form["username"] ?? "",
                error: context.strings["csrf_failed"], status: .forbidden)
        }
        let username = form["username"] ?? ""
        let outcome = try await store.auth.authenticate(
            username: username, password: form["password"] ?? "", clientAddress: context.clientAddress)
        let strings = context.strings
        switch outcome {
        case .succeeded(let account):
            let token = try await store.sessions.open(for: account)
            let next = Link.local(form["next"])
            let target = account.twoFactorEnabled ? LoginRoute.showCode.path().query(["next": next]) : next
            var response = redirect(to: target)
            response.setCookie(cookies.make(name: AuthenticationMiddleware.sessionCookie, value: token, request: request))
            response.setCookie(cookies.expired(name: Self.loginCSRFCookie, request: request, path: LoginRoute.showLogin.pattern))
            return response
        case .invalidCredentials:
            return loginForm(
                request: request, context: context, username: username, error: strings["login_invalid"],
                status: .unauthorized)
        case .throttled(let until):
            return loginForm(
                request: request, context: context, username: username,
                error: AppError.tooManyAttempts(until: until).message(strings), status: .tooManyRequests)
        case .disabled:
            return loginForm(
                request: request, context: context, username: username, error: strings["login_disabled"],
                status: .forbidden)
        }
    }

    @Sendable func showCode(request: Request, context: AppRequestContext) async throws -> Response {
        guard context.session?.secondFactorPending == true else { return redirect(to: LoginRoute.showLogin.path()) }
        let next = Link.local(request.uri.queryParameters["next"].map(String.init))
        return pages.page(
            "loginCode", title: context.strings["login_code_title"], model: ["next": next], context: context)
    }

    @Sendable func submitCode(request: Request, context: AppRequestContext) async throws -> Response {
        guard let session = context.session, session.secondFactorPending, let token = context.sessionToken else {
            return redirect(to: LoginRoute.showLogin.path())
        }
        let form = try await Form.checked(request, context: context)
        let next = Link.local(form["next"])
        let outcome = try await store.auth.verifySecondFactor(
            accountID: session.principal.accountID, code: form["oneTimeCode"] ?? "", clientAddress: context.clientAddress)
        switch outcome {
        case .accepted: break
        case .rejected:
            return pages.page(
                "loginCode", title: context.strings["login_code_title"],
                model: ["next": next, "error": context.strings["login_code_invalid"]], context: context,
                status: .unauthorized)
        case .throttled(let until):
            return pages.page(
                "loginCode", title: context.strings["login_code_title"],
                model: ["next": next, "error": AppError.tooManyAttempts(until: until).message(context.strings)], context: context,
                status: .tooManyRequests)
        }
        let fresh = try await store.sessions.completeSecondFactor(token: token)
        var response = redirect(to: next)
        response.setCookie(cookies.make(name: AuthenticationMiddleware.sessionCookie, value: fresh, request: request))
        return response
    }

    @Sendable func logout(request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken, let session = context.session {
            _ = try await Form.checked(request, context: context)
            try await store.sessions.end(token: token)
            try await store.audit.record(
                AuditEvent(
                    by: session.principal, .logout, subject: "account:\(session.principal.accountID)",
                    territoryCode: session.principal.scope.code, clientAddress: context.clientAddress))
        }
        var response = redirect(to: LoginRoute.showLogin.path())
        response.setCookie(cookies.expired(name: AuthenticationMiddleware.sessionCookie, request: request))
        // The pages a phone kept for working offline, and its outbox, hold personal data: they go with the session.
        response.headers[HTTPField.Name("Clear-Site-Data")!] = #""cache", "storage""#
        return response
    }
}
