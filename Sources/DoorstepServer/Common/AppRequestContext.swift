import DoorstepCore
import DoorstepStore
import Hummingbird
import NIOCore

/// What a request carries through the server: who is signed in (by session or token), their session, and the
/// language to answer in.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let channel: (any Channel)?
    /// The signed-in account, when the second factor (if any) has been given.
    public var principal: Principal?
    /// The browser session, for pages; nil for API calls.
    public var session: WebSession?
    public var sessionToken: String?
    public var language: Language = .default
    /// The database could not be reached to find who is asking: the error middleware answers 503 in the route's form.
    public var databaseUnavailable = false

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }

    public var remoteAddress: SocketAddress? { channel?.remoteAddress }

    public var strings: Strings { Strings(language) }

    /// The signed-in account, or a 401.
    public func requirePrincipal() throws -> Principal {
        guard let principal else { throw AppError.unauthorized }
        return principal
    }

    /// The signed-in account when it has `permission`, else a 403.
    public func require(_ permission: Permission) throws -> Principal {
        let principal = try requirePrincipal()
        guard principal.can(permission) else { throw AppError.forbidden }
        return principal
    }

    /// The client address as written to the audit log.
    public var clientAddress: String? { remoteAddress?.ipAddress }
}
