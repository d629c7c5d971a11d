import DoorstepCore
import DoorstepServer
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// The application as the binary builds it, on a new database of `engine`, with the test territory in place.
/// With `replica`, the figures are counted through a second pool on the same database, as `DATABASE_REPLICA_URL`
/// does on a real replica.
func withTestApp(
    _ engine: TestEngine, clock: TestClock = TestClock(), replica: Bool = false,
    _ test: @escaping @Sendable (any TestClientProtocol, TestTerritory) async throws -> Void
) async throws {
    try await withTestDatabaseLocation(engine) { location in
        let database = try await Database.open(location, logger: testLogger)
        let copy = replica ? try await Database.open(location, logger: testLogger) : nil
        let store = Store(database: database, replica: copy, settings: testSettings(), clock: clock.closure)
        var configuration = AppConfiguration()
        configuration.database = location
        let app = buildApplication(configuration: configuration, store: store, logger: testLogger)
        try await app.test(.router) { client in
            let territory = try await TestTerritory.make(in: store)
            try await test(client, territory)
        }
    }
}

extension TestClientProtocol {
    /// Signs in through the API and returns the bearer token.
    func token(_ username: String, password: String = TestTerritory.password) async throws -> String {
        let body = #"{"username":"\#(username)","password":"\#(password)","name":"test"}"#
        return try await execute(uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
            guard response.status == .created else { throw TestFailure("token for \(username): \(response.status) \(String(buffer: response.body))") }
            return try JSONDecoder().decode(TokenBody.self, from: Data(buffer: response.body)).token
        }
    }

    /// A GET with a bearer token.
    func get(_ uri: String, token: String, language: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)"]
        if let language { headers[.acceptLanguage] = language }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// A JSON request with a bearer token.
    func send(_ method: HTTPRequest.Method, _ uri: String, token: String, json: String, language: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let language { headers[.acceptLanguage] = language }
        return try await execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: json))
    }
}

struct TokenBody: Decodable {
    var token: String
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(buffer: body))
    }

    /// The value of the cookie `name` set by this response.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
    }

    func cookieValue(_ name: String) -> String? {
        cookie(name).map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }
}
