import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// Bearer tokens: exchange a username and password (and the one-time code, when enrolled) for a token; list
/// and revoke your own.
struct AuthAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.post(AuthAPIRoute.tokens, use: create)
        router.get(AuthAPIRoute.tokens, use: list)
        router.delete(AuthAPIRoute.revoke, use: revoke)
    }

    struct CreateRequest: Decodable, Sendable {
        var username: String?
        var password: String?
        var oneTimeCode: String?
        var name: String?
    }

    struct CreatedToken: ResponseEncodable, Sendable {
        var id: String
        var name: String
        var token: String
        var createdAt: Date
        var expiresAt: Date
        var account: AccountResource
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> EditedResponse<CreatedToken> {
        let body = try await request.decodeJSON(as: CreateRequest.self, context: context)
        var validator = Validator()
        validator.text("username", body.username, maximum: 64)
        validator.text("password", body.password, maximum: 200)
        try validator.throwIfAny()
        let outcome = try await store.auth.authenticate(
            username: body.username ?? "", password: body.password ?? "", clientAddress: context.clientAddress)
        let account: Account
        switch outcome {
        case .succeeded(let found): account = found
        case .invalidCredentials: throw AppError.invalidCredentials
        case .throttled(let until): throw AppError.tooManyAttempts(until: until)
        case .disabled: throw AppError.accountDisabled
        }
        if account.twoFactorEnabled {
            guard let code = body.oneTimeCode, !code.isEmpty else { throw AppError.secondFactorRequired }
            switch try await store.auth.verifySecondFactor(accountID: account.id, code: code, clientAddress: context.clientAddress) {
            case .accepted: break
            case .rejected: throw AppError.validation([FieldError("oneTimeCode", .invalidOneTimeCode)])
            case .throttled(let until): throw AppError.tooManyAttempts(until: until)
            }
        }
        let name = body.name.flatMap { $0.isEmpty ? nil : $0 } ?? "API"
        let (token, secret) = try await store.tokens.create(for: account, name: name, clientAddress: context.clientAddress)
        return EditedResponse(
            status: .created,
            response: CreatedToken(
                id: token.id, name: token.name, token: secret, createdAt: token.createdAt, expiresAt: token.expiresAt,
                account: AccountResource(account)))
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> ListPage<APIToken> {
        let principal = try context.requirePrincipal()
        return ListPage(try await store.tokens.list(for: principal))
    }

    @Sendable func revoke(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let principal = try context.requirePrincipal()
        try await store.tokens.revoke(
            id: try context.parameters.require("id"), for: principal, clientAddress: context.clientAddress)
        return .noContent
    }
}

extension APIToken: ResponseEncodable {}
