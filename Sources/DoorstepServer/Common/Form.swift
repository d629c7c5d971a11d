import DoorstepCore
import Foundation
import Hummingbird

/// A submitted HTML form, read once and checked against the session's CSRF token before any field is used.
struct Form: Sendable {
    let fields: [String: String]

    subscript(_ name: String) -> String? { fields[name] }

    /// What the person typed, to show again when the form comes back with problems: every field but the token.
    var typed: [String: String] { fields.filter { $0.key != "_csrf" } }

    /// Reads an `application/x-www-form-urlencoded` body (at most `BodyLimit.form`).
    static func read(_ request: Request) async throws -> Form {
        let buffer = try await request.collectBody(limit: BodyLimit.form)
        let fields = parse(String(buffer: buffer))
        let problems = ControlCharacters.problems(in: fields)
        if !problems.isEmpty { throw ValidationFailure(problems) }
        return Form(fields: fields)
    }

    /// Reads the form and refuses it unless its `_csrf` matches the signed-in session's token.
    static func checked(_ request: Request, context: AppRequestContext) async throws -> Form {
        let form = try await read(request)
        guard let expected = context.session?.csrfToken, let given = form["_csrf"],
            Secrets.constantTimeEquals(expected, given)
        else { throw AppError.csrfFailed }
        return form
    }

    static func parse(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let decode = { (text: String) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            guard let name = parts.first.map(decode), !name.isEmpty else { continue }
            fields[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}

extension Form {
    /// Runs a page form's change: the form's CSRF token is checked, then on success the browser is sent on to the
    /// location the change returns; on a refusal the page is shown again with every refused field named and what
    /// was typed kept.
    static func submit(
        _ request: Request, context: AppRequestContext, as principal: Principal,
        _ change: (Form) async throws -> Link,
        refused: ([FieldError], [String: String]) async throws -> Response
    ) async throws -> Response {
        let form = try await checked(request, context: context)
        do {
            return redirect(to: try await change(form))
        } catch let failure as ValidationFailure {
            return try await refused(failure.errors, form.fields)
        }
    }
}
