import DoorstepCore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Signing in")
struct LoginTests {
    @Test("every test account signs in through the page and the API", arguments: TestEngine.available)
    func everyRole(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            for (username, role, _) in TestTerritory.accounts {
                var browser = Browser(client)
                let response = try await browser.login(username)
                #expect(response.status == .seeOther)
                let home = try await browser.get("/")
                #expect(home.status == .ok)
                #expect(home.text.contains(username))
                let token = try await client.token(username)
                let me = try await client.get("/api/v1/me", token: token)
                #expect(me.text.contains(#""role":"\#(role.rawValue)""#))
            }
        }
    }

    @Test("the session cookie is HttpOnly and SameSite=Lax, and Secure behind TLS", arguments: TestEngine.available)
    func cookie(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            let response = try await browser.login("grid.worker")
            let cookie = try #require(response.cookie("doorstep_session"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let page = try await client.execute(uri: "/login", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(page.cookie("doorstep_login_csrf")?.contains("Secure") == true)
        }
    }

    @Test("a form without the CSRF token is refused and changes nothing", arguments: TestEngine.available)
    func csrf(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var browser = Browser(client)
            _ = try await browser.login("grid.worker")
            let refused = try await browser.post("/account/password", ["currentPassword": TestTerritory.password, "newPassword": "Another-Pass-1"])
            #expect(refused.status == .forbidden)
            let forged = try await browser.post(
                "/account/password", ["_csrf": "guess", "currentPassword": TestTerritory.password, "newPassword": "Another-Pass-1"])
            #expect(forged.status == .forbidden)
            var again = Browser(client)
            #expect(try await again.login("grid.worker").status == .seeOther)
            let login = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: .init(string: "username=grid.worker&password=x"))
            #expect(login.status == .forbidden)
        }
    }

    @Test("after five bad passwords the next try waits, with a message and a Retry-After that say until when", arguments: TestEngine.available)
    func slowed(engine: TestEngine) async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_795_000_000))
        try await withTestApp(engine, clock: clock) { client, _ in
            var browser = Browser(client, language: "en")
            for _ in 1...5 {
                let response = try await browser.login("volunteer", password: "Wrong-pass-1")
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("The username or password is not correct."))
            }
            let sixth = try await browser.login("volunteer", password: "Wrong-pass-1")
            #expect(sixth.status == .tooManyRequests)
            // 1_795_000_000 is 2026-11-18 11:06:40 UTC, 19:06:40 in China; the first wait is one second.
            #expect(sixth.text.contains("Too many tries in a short time. Please try again after 19:06:41"))
            let api = try await client.execute(
                uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json", .acceptLanguage: "zh-CN"],
                body: .init(string: #"{"username":"volunteer","password":"\#(TestTerritory.password)"}"#))
            #expect(api.status == .tooManyRequests)
            #expect(api.text.contains("尝试次数过多"))
            #expect(api.text.contains(#""retryAt":"2026-11-18T11:06:41Z""#) && api.headers[.retryAfter] != nil)
            let unknown = try await client.execute(
                uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"],
                body: .init(string: #"{"username":"no.such.person","password":"Wrong-pass-1"}"#))
            #expect(unknown.status == .unauthorized && unknown.text.contains("invalidCredentials"), "an unknown name answers as a real one")

            clock.advance(by: 1)
            #expect(try await client.token("volunteer").hasPrefix("dst_"), "the owner is slowed, never locked out")
            let auditor = try await client.token("auditor")
            let audit = try await client.get("/api/v1/audit?limit=100", token: auditor)
            #expect(audit.text.contains(#""action":"signInThrottled""#))
        }
    }

    @Test("public reports from one address past the hour's allowance wait, in the route's own format", arguments: TestEngine.available)
    func publicPosts(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            var statuses: [HTTPResponse.Status] = []
            for _ in 1...31 {
                let response = try await client.execute(
                    uri: "/open311/v2/requests.json", method: .post, headers: form, body: .init(string: "service_code=none"))
                statuses.append(response.status)
                if response.status == .tooManyRequests { #expect(response.text.hasPrefix(#"[{"code":429"#)) }
            }
            #expect(!statuses.prefix(30).contains(.tooManyRequests) && statuses.last == .tooManyRequests)
        }
    }

    @Test("an account with two-factor needs its code, on the page and in the API", arguments: TestEngine.available)
    func twoFactor(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let totp = try await territory.enrolTwoFactor("secretary", clock: clock)

            var browser = Browser(client)
            let login = try await browser.login("secretary")
            #expect(login.headers[.location]?.hasPrefix("/login/code") == true)
            #expect(try await browser.get("/").status == .seeOther, "no pages before the code")
            let form = try await browser.get("/login/code")
            let csrf = try #require(browser.csrfToken(in: form.text))
            let wrong = try await browser.post("/login/code", ["_csrf": csrf, "oneTimeCode": "000000", "next": "/"])
            #expect(wrong.status == .unauthorized)
            let right = try await browser.post("/login/code", ["_csrf": csrf, "oneTimeCode": totp.code(step: TOTP.stepNumber(at: clock.now)), "next": "/"])
            #expect(right.status == .seeOther)
            let session = try #require(right.cookieValue("doorstep_session"))
            browser.session = session
            #expect(try await browser.get("/").status == .ok)

            let noCode = try await client.execute(
                uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"],
                body: .init(string: #"{"username":"secretary","password":"\#(TestTerritory.password)"}"#))
            #expect(noCode.status == .unauthorized)
            #expect(noCode.text.contains("secondFactorRequired"))
        }
    }
}
