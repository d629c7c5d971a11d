import DoorstepCore
import Hummingbird

/// `?lang=en` or `?lang=zh-CN` on any page remembers the choice in a cookie and shows the same page again without
/// the parameter. Signed-in accounts keep their own choice on the account page.
struct LanguageSwitchMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let cookies: CookieFactory

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get, let code = request.uri.queryParameters["lang"],
            let language = Language(rawValue: String(code))
        else {
            return try await next(request, context)
        }
        var response = redirect(to: Link.local(request.uri.path))
        response.setCookie(
            cookies.make(
                name: AuthenticationMiddleware.languageCookie, value: language.rawValue, request: request,
                maxAge: 365 * 24 * 3600))
        return response
    }
}
