import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A browser's view of the site in tests: signs in through the login form and carries the session cookie.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var session: String?
    var language: String?

    init(_ client: any TestClientProtocol, language: String? = nil) {
        self.client = client
        self.language = language
    }

    var headers: HTTPFields {
        var headers: HTTPFields = [:]
        if let session { headers[.cookie] = "doorstep_session=\(session)" }
        if let language { headers[.acceptLanguage] = language }
        return headers
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// Posts a form; `csrf` is added unless the test means to leave it out.
    func post(_ uri: String, _ fields: [String: String], cookie extra: String? = nil) async throws -> TestResponse {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let extra { headers[.cookie] = [headers[.cookie], extra].compactMap { $0 }.joined(separator: "; ") }
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Fills and sends the login form; returns the form's answer.
    mutating func login(_ username: String, password: String = TestTerritory.password) async throws -> TestResponse {
        let page = try await get("/login")
        guard let cookie = page.cookieValue("doorstep_login_csrf"), let token = csrfToken(in: page.text) else {
            throw TestFailure("the login page has no CSRF token")
        }
        let response = try await post(
            "/login", ["_csrf": token, "username": username, "password": password, "next": "/"],
            cookie: "doorstep_login_csrf=\(cookie)")
        if let session = response.cookieValue("doorstep_session") { self.session = session }
        return response
    }

    /// Signs in an account with two-step verification on: the password, then `code`.
    mutating func login(_ username: String, code: String) async throws -> TestResponse {
        _ = try await login(username)
        let form = try await get("/login/code")
        guard let csrf = csrfToken(in: form.text) else { throw TestFailure("the code page has no CSRF token") }
        let response = try await post("/login/code", ["_csrf": csrf, "oneTimeCode": code, "next": "/"])
        if let session = response.cookieValue("doorstep_session") { self.session = session }
        return response
    }

    /// The CSRF token of the first form on a page.
    func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension Browser {
    /// Sends a file the way a browser's file input does (`multipart/form-data`), with the form's CSRF token.
    func upload(_ uri: String, file: Data, fileName: String, csrf: String) async throws -> TestResponse {
        let boundary = "----doorstep-test-\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n".utf8))
        body.append(Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = self.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}
