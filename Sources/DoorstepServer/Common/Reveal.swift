import DoorstepCore
import Hummingbird

/// Showing a piece of personal data in full: asked for with a reason, carried out by the store (which refuses a
/// missing reason and writes the reveal to the audit log). Every reveal on a page or over the API comes through
/// here, so what a reveal demands of the caller is decided in one place.
enum Reveal {
    /// What the API is sent: the reason, and for a resident the field (`idNumber`, `phone`, `careCategories`).
    struct Asked: Decodable, Sendable {
        var reason: String?
        var field: String?
    }

    /// A reveal over the API: the caller's permission, then the reveal with what was asked.
    static func overAPI<Value>(
        _ request: Request, context: AppRequestContext, needs permission: Permission,
        _ reveal: (Principal, Asked) async throws -> Value
    ) async throws -> Value {
        let principal = try context.require(permission)
        let asked = try await request.decodeJSON(as: Asked.self, context: context)
        return try await reveal(principal, asked)
    }

    /// A reveal from a page's form: the page shown with the value, or again with the refusal.
    static func onPage(
        _ request: Request, context: AppRequestContext, needs permission: Permission,
        _ reveal: (Principal, Form) async throws -> Response, refused: ([FieldError], Form) async throws -> Response
    ) async throws -> Response {
        let principal = try context.require(permission)
        let form = try await Form.checked(request, context: context)
        do {
            return try await reveal(principal, form)
        } catch let failure as ValidationFailure {
            return try await refused(failure.errors, form)
        }
    }
}
