import HTTPTypes
import Hummingbird

/// Cookies as Doorstep sets them: HttpOnly, SameSite=Lax, and Secure whenever the site is reached over TLS
/// (configured, or told by the proxy in front with `X-Forwarded-Proto: https`).
struct CookieFactory: Sendable {
    let alwaysSecure: Bool

    func isSecure(_ request: Request) -> Bool {
        alwaysSecure || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    func make(name: String, value: String, request: Request, path: String = "/", maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: path, secure: isSecure(request), httpOnly: true,
            sameSite: .lax)
    }

    func expired(name: String, request: Request, path: String = "/") -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
