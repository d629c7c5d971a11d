import DoorstepCore
@testable import DoorstepServer
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// While no PostgreSQL server answers (a cluster between leaders), every kind of request is told to come back
/// soon — 503 with `Retry-After` — instead of waiting for ever or failing as a server error. Nothing listens on
/// port 1, so the pool's lease can never be granted; `connect_timeout=1` bounds the wait.
@Suite("A database that cannot be reached", .timeLimit(.minutes(1)))
struct UnavailableTests {
    static let unreachable = "postgres://doorstep@127.0.0.1:1/doorstep?connect_timeout=1"

    @Test("the store says unavailable, for reads and writes alike")
    func store() async throws {
        let location = try DatabaseLocation(parsing: Self.unreachable)
        try await Database.withOpened(location, logger: testLogger) { database in
            await #expect(throws: StoreError.unavailable) {
                try await database.read { sql in try await sql.raw("SELECT 1").run() }
            }
            await #expect(throws: StoreError.unavailable) {
                try await database.write { sql in try await sql.raw("SELECT 1").run() }
            }
            #expect(await database.ping() == false)
        }
    }

    @Test("health, the API, Open311 and pages answer 503 with Retry-After, each in its own form")
    func answers() async throws {
        let database = try await Database.open(try DatabaseLocation(parsing: Self.unreachable), logger: testLogger)
        let store = Store(database: database, settings: testSettings(), clock: TestClock().closure)
        var configuration = AppConfiguration()
        configuration.database = try DatabaseLocation(parsing: Self.unreachable)
        // The router alone: the whole application would wait for the database before serving.
        let app = Application(router: buildRouter(store: store, configuration: configuration))
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(health.headers[.retryAfter] == String(AppError.unavailableRetryAfter))

            // The bearer token is looked up before the error middleware runs.
            let api = try await client.execute(
                uri: CasesAPIRoute.list.pattern, method: .get, headers: [.authorization: "Bearer dst_x", .acceptLanguage: "en"])
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers[.retryAfter] != nil)
            #expect(api.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(api.text.contains("problems/unavailable") && api.text.contains("cannot be reached"))

            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: "doorstep_session=x"])
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("暂时连不上数据库"))

            // Past the sign-in: the error middleware's own answers.
            let report = try await client.execute(uri: PublicCaseRoute.reportForm.pattern, method: .get)
            #expect(report.status == .serviceUnavailable)
            #expect(report.headers[.retryAfter] != nil)
            #expect(report.text.contains("暂时连不上数据库"))

            let open311 = try await client.execute(
                uri: Open311Route.servicesJSON.pattern, method: .get, headers: [.authorization: "Bearer dst_x"])
            #expect(open311.status == .serviceUnavailable)
            #expect(open311.headers[.retryAfter] != nil)
            #expect(open311.text.contains("\"code\":503") || open311.text.contains("\"code\": 503"), "the standard's error list")
        }
    }
}
