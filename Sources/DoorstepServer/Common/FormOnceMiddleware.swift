import DoorstepStore
import Hummingbird

/// Every page form that makes something carries a `formKey` (the layout's renderer gives each page one, and the
/// script a fresh one per opened form). A signed-in send with a key is let through once: a second send with the
/// same key — a double tap, the browser's resend, a form kept on a phone — goes to the page the first one led to
/// instead of making its record again. Forms without a key, the API and signing out pass untouched.
struct FormOnceMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: Store
    let pages: PageRenderer

    static let field = "formKey"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, let principal = context.principal, !request.uri.path.hasPrefix("/api"),
            request.uri.path != LoginRoute.logout.pattern, let type = request.headers[.contentType]?.lowercased(),
            type.hasPrefix("multipart/form-data") || type.hasPrefix("application/x-www-form-urlencoded")
        else { return try await next(request, context) }
        var request = request
        // Read once here; the handler reads the same bytes again from memory.
        let limit = type.hasPrefix("multipart") ? BodyLimit.upload : BodyLimit.form
        let body = try await request.collectBodyKept(limit: limit)
        guard let formKey = Self.key(in: body, type: type), !formKey.isEmpty, formKey.count <= 200 else {
            return try await next(request, context)
        }
        // A page without the script gives all its forms one key: each form (its path) is sent once with it.
        let key = request.uri.path + " " + formKey, account = principal.accountID
        var claim = try await store.formSubmissions.claim(account: account, key: key)
        // A double tap: the first send is still being handled; its answer comes in a moment.
        for _ in 0..<20 where claim == .busy {
            try await Task.sleep(for: .milliseconds(150))
            claim = try await store.formSubmissions.claim(account: account, key: key)
        }
        switch claim {
        case .done(let location):
            return Response(status: .seeOther, headers: [.location: location])
        case .busy:
            return pages.errorPage(message: context.strings["error_form_busy"], status: .conflict, context: context)
        case .claimed:
            let response: Response
            do {
                response = try await next(request, context)
            } catch StoreError.outcomeUnknown {
                // The record may have landed: the key stays claimed, so a resend waits rather than making a second
                // one; the claim is given up as abandoned after a while if it did not.
                throw StoreError.outcomeUnknown
            } catch {
                try? await store.formSubmissions.release(account: account, key: key)
                throw error
            }
            if response.status == .seeOther || response.status == .found, let location = response.headers[.location] {
                try await store.formSubmissions.complete(account: account, key: key, location: location)
            } else {
                try await store.formSubmissions.release(account: account, key: key)
            }
            return response
        }
    }

    static func key(in body: ByteBuffer, type: String) -> String? {
        if type.hasPrefix("application/x-www-form-urlencoded") {
            return Form.parse(String(buffer: body))[field]
        }
        guard let boundary = MultipartForm.boundary(of: type) else { return nil }
        return (try? MultipartForm.parse(body, boundary: boundary))?.fields[field]
    }
}
