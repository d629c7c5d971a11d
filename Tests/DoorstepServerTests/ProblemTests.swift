import DoorstepCore
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Errors that name the field and the reason")
struct ProblemTests {
    struct Problem: Decodable {
        struct Field: Decodable { var field: String; var code: String; var message: String; var allowed: [String]? }
        var type: String
        var status: Int
        var errors: [Field]?
    }

    /// A street admin with two-factor on, so changes are allowed.
    static func enrolledToken(
        _ client: any TestClientProtocol, _ territory: TestTerritory, clock: TestClock, username: String = "street.admin"
    ) async throws -> String {
        let totp = try await territory.enrolTwoFactor(username, clock: clock)
        let body = #"{"username":"\#(username)","password":"\#(TestTerritory.password)","oneTimeCode":"\#(totp.code(step: TOTP.stepNumber(at: clock.now)))"}"#
        let response = try await client.execute(uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"], body: .init(string: body))
        return try response.json(TokenBody.self).token
    }

    @Test("a bad account lists every bad field, in the request's language", arguments: TestEngine.available)
    func everyField(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let token = try await Self.enrolledToken(client, territory, clock: clock)
            let json = #"{"username":"Bad Name","displayName":"","role":"gridWorker","scope":"grid:1234","password":"abc"}"#
            let english = try await client.send(.post, "/api/v1/accounts", token: token, json: json, language: "en")
            #expect(english.status == .unprocessableContent)
            #expect(english.headers[.contentType] == "application/problem+json; charset=utf-8")
            let problem = try english.json(Problem.self)
            #expect(problem.errors?.map(\.field).sorted() == ["displayName", "password", "scope", "username"])
            #expect(problem.errors?.first { $0.field == "password" }?.message == "Password: At least 8 characters.")
            let chinese = try await client.send(.post, "/api/v1/accounts", token: token, json: json)
            #expect(try chinese.json(Problem.self).errors?.first { $0.field == "password" }?.message == "密码: 至少 8 个字符。")
            let accounts = try await client.get("/api/v1/accounts", token: token)
            #expect(!accounts.text.contains("Bad Name"))
        }
    }

    @Test("an administrator without two-factor cannot change anything", arguments: TestEngine.available)
    func twoFactorFirst(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let token = try await client.token("secretary")
            let json = #"{"username":"new.one","displayName":"新人","role":"resident","scope":"grid:320106005001001","password":"Abcdefg-1"}"#
            let response = try await client.send(.post, "/api/v1/accounts", token: token, json: json)
            #expect(response.status == .forbidden)
            #expect(try response.json(Problem.self).type.hasSuffix("twoFactorRequired"))
        }
    }

    @Test("an enrolled administrator opens an account inside the scope, and it is audited", arguments: TestEngine.available)
    func create(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let token = try await Self.enrolledToken(client, territory, clock: clock)
            let json = #"{"username":"wang.wu","displayName":"王五","role":"gridWorker","scope":"grid:320106005001002","password":"Abcdefg-1"}"#
            let response = try await client.send(.post, "/api/v1/accounts", token: token, json: json)
            #expect(response.status == .created)
            #expect(try await client.token("wang.wu", password: "Abcdefg-1").hasPrefix("dst_"))
            let audit = try await client.get("/api/v1/audit?limit=5", token: token)
            #expect(audit.text.contains(#""action":"accountCreated""#))
            let patch = try await client.send(.patch, "/api/v1/accounts/\(territory.byUsername["resident"]!.id)", token: token, json: #"{"role":"partner"}"#)
            #expect(patch.status == .unprocessableContent, "a partner cannot hold a grid scope")
        }
    }

    @Test("a body that is not JSON is a 400 problem, not a crash", arguments: TestEngine.available)
    func malformed(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let response = try await client.execute(uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"], body: .init(string: "{not json"))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test("a value of the wrong kind or an unknown code names its field, and the codes allowed", arguments: TestEngine.available)
    func wrongKinds(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let worker = try await client.token("grid.worker")
            let words = try await client.send(
                .post, "/api/v1/cases", token: worker, json: #"{"categoryCode":"L0202","description":"楼道堆物","latitude":"abc","longitude":104}"#)
            #expect(words.status == .unprocessableContent)
            let wrong = try words.json(Problem.self).errors ?? []
            #expect(wrong.map(\.field) == ["latitude"] && wrong.map(\.code) == ["wrongType"] && wrong.first?.message.hasSuffix("应为数字。") == true)
            let urgency = try await client.send(
                .post, "/api/v1/cases", token: worker, json: #"{"categoryCode":"L0202","description":"楼道堆物","urgency":"soon"}"#, language: "en")
            #expect(urgency.status == .unprocessableContent)
            let unknown = try urgency.json(Problem.self).errors ?? []
            #expect(unknown.map(\.field) == ["urgency"] && unknown.map(\.code) == ["unknownValue"])
            // The message names the choices in words; the codes a client sends come beside it.
            #expect(unknown.first?.message == "Urgency: Not one of the allowed values (Routine, Urgent, Emergency).", "\(unknown)")
            #expect(unknown.first?.allowed == Urgency.allCases.map(\.rawValue))
            let chinese = try await client.send(
                .post, "/api/v1/cases", token: worker, json: #"{"categoryCode":"L0202","description":"楼道堆物","urgency":"soon"}"#)
            #expect(try chinese.json(Problem.self).errors?.first?.message == "紧急程度: 不是可选的值（可选：一般、紧急、特急）。")
        }
    }
}
