import DoorstepCore
import DoorstepStore
import HTTPTypes
import Hummingbird
import Logging

/// Turns every failure into an answer the caller can use: problem+json under `/api`, an HTML page elsewhere. An
/// unexpected error is logged with the request id and shown as a plain 500, never with its internals.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            if context.databaseUnavailable { throw AppError.unavailable }
            return try await next(request, context)
        } catch {
            let isAPI = request.uri.path.hasPrefix("/api") || request.uri.path.hasPrefix(SystemAPIRoute.health.pattern)
            let appError = AppError(error)
            var response: Response
            if request.uri.path.hasPrefix("/open311") {
                // GeoReport clients read errors in the standard's own format.
                if appError == nil { context.logger.error("request failed: \(loggable(error))") }
                response = Open311Document.error(
                    appError?.status ?? .internalServerError, (appError?.message(context.strings)) ?? context.strings["error_internal"],
                    format: Open311Endpoints.format(of: request))
            } else if let appError {
                response = answer(appError, request: request, context: context, isAPI: isAPI)
            } else {
                response = failed(with: error, request: request, context: context, isAPI: isAPI)
            }
            if let seconds = appError?.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    /// An unexpected error: logged with the request id, shown as a plain 500, never with its internals.
    private func failed(with error: any Error, request: Request, context: Context, isAPI: Bool) -> Response {
        context.logger.error("request failed: \(loggable(error))")
        if isAPI { return ProblemDetails(internalErrorWith: context.strings).response(language: context.language) }
        return pages.errorPage(message: context.strings["error_internal"], status: .internalServerError, context: context)
    }

    private func answer(_ appError: AppError, request: Request, context: Context, isAPI: Bool) -> Response {
        if isAPI { return ProblemDetails(appError, strings: context.strings).response(language: context.language) }
        if appError == .unauthorized, request.headers[HTTPField.Name(Templates.outboxHeader)!] == nil {
            let login = LoginRoute.showLogin.path()
            return redirect(to: request.uri.path == HomeRoute.show.pattern ? login : login.query(["next": request.uri.path]))
        }
        var message = appError.message(context.strings)
        if case .validation(let errors) = appError {
            // A form refused before any page could show it again: name each field here.
            message += " " + Display.fieldErrors(errors, context.strings).compactMap { $0["message"] }.joined(separator: "；")
        }
        return pages.errorPage(message: message, status: appError.status, context: context)
    }
}

import Foundation
