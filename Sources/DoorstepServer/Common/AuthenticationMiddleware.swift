import DoorstepCore
import DoorstepStore
import Hummingbird

/// Finds who is asking: a bearer token for the API, the session cookie for pages. Also settles the language:
/// the account's choice, else the language cookie, else `Accept-Language`, else Chinese.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: Store

    static let sessionCookie = "doorstep_session"
    static let languageCookie = "doorstep_lang"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let chosenLanguage =
            request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) }
            ?? request.headers[.acceptLanguage].flatMap(Language.preferred(fromAcceptLanguage:))
            ?? .default
        do {
            if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
                let token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
                context.principal = try await store.tokens.principal(bearer: token)
            } else if let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty,
                let session = try await store.sessions.session(token: token)
            {
                context.session = session
                context.sessionToken = token
                if !session.secondFactorPending { context.principal = session.principal }
            }
        } catch StoreError.unavailable {
            // The error middleware, which runs next, answers in the route's own form.
            context.databaseUnavailable = true
        }
        context.language = context.principal?.language ?? chosenLanguage
        var response = try await next(request, context)
        response.headers[.contentLanguage] = response.headers[.contentLanguage] ?? context.language.rawValue
        return response
    }
}

import Foundation
