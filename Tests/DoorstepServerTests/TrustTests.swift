import DoorstepCore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// What issue 17 found did not hold, each with the test that would have caught it.
@Suite("Trust: limits, the second factor, credentials that end, anonymity")
struct TrustTests {
    typealias Problem = ProblemTests.Problem

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test("a body over its limit is 413 in its route's own format; a control character is refused naming its field",
          arguments: TestEngine.available)
    func limits(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let big = String(repeating: "x", count: 2 * 1024 * 1024)
            let login = try await client.execute(
                uri: "/login", method: .post, headers: Self.formHeaders, body: ByteBuffer(string: "username=" + big))
            #expect(login.status == .contentTooLarge)
            #expect(login.text.contains("<html") && login.text.contains("64 KB"))

            let open311 = try await client.execute(
                uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders, body: ByteBuffer(string: "description=" + big))
            #expect(open311.status == .contentTooLarge)
            #expect(open311.text.hasPrefix(#"[{"code":413"#))

            let api = try await client.execute(
                uri: "/api/v1/auth/tokens", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"username":"\#(big)","password":"x"}"#))
            #expect(api.status == .contentTooLarge)
            #expect(try api.json(Problem.self).type.hasSuffix("contentTooLarge"))

            let worker = try await client.token("grid.worker")
            let nul = try await client.send(
                .post, "/api/v1/cases", token: worker, json: #"{"categoryCode":"L0202","description":"楼道\u0000灯坏了","address":"3号楼\u001b[31m"}"#)
            #expect(nul.status == .unprocessableContent)
            #expect(try nul.json(Problem.self).errors?.map { [$0.field, $0.code] } == [["address", "controlCharacters"], ["description", "controlCharacters"]])
            let lines = try await client.send(
                .post, "/api/v1/cases", token: worker, json: #"{"categoryCode":"L0202","description":"楼道灯坏了\n\t已两天"}"#)
            #expect(lines.status == .created, "line breaks and tabs are text")

            // A key a client makes up is named as given, brackets and all (a fuzzer's `]x[` once stopped the server).
            let oddKey = try await client.send(.post, "/api/v1/cases", token: worker, json: #"{"]x[0": "\u0007", "a[1]b]": {"c[": "\u0000"}}"#)
            #expect(oddKey.status == .unprocessableContent)
            #expect(try oddKey.json(Problem.self).errors?.map(\.field) == ["]x[0", "a[1]b].c["])

            let page = try await client.execute(
                uri: "/login", method: .post, headers: Self.formHeaders, body: ByteBuffer(string: "username=a%00b&password=x"))
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("控制字符"))
        }
    }

    @Test("revealing personal data and exporting it need the second factor, as changes do", arguments: TestEngine.available)
    func secondFactor(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let unenrolled = try await client.token("secretary")
            let refused = [
                try await client.send(.post, "/api/v1/residents/any/reveal", token: unenrolled, json: #"{"field":"idNumber","reason":"核对低保"}"#),
                try await client.send(.post, "/api/v1/cases/any/reporter-phone", token: unenrolled, json: #"{"reason":"回访"}"#),
                try await client.get("/api/v1/residents/export.csv", token: unenrolled),
            ]
            for response in refused {
                #expect(response.status == .forbidden)
                #expect(try response.json(Problem.self).type.hasSuffix("twoFactorRequired"))
            }
            let enrolled = try await ProblemTests.enrolledToken(client, territory, clock: clock, username: "secretary")
            #expect(try await client.get("/api/v1/residents/export.csv", token: enrolled).status == .ok)
            let reveal = try await client.send(.post, "/api/v1/residents/any/reveal", token: enrolled, json: #"{"field":"idNumber","reason":"核对低保"}"#)
            #expect(reveal.status == .notFound, "past the second factor, the record is looked for")
            // A grid worker needs no second factor and still reveals phones.
            let worker = try await client.token("grid.worker")
            #expect(try await client.send(.post, "/api/v1/residents/any/reveal", token: worker, json: #"{"field":"phone","reason":"通知"}"#).status == .notFound)
        }
    }

    @Test("a password reset, a second-factor reset, a changed scope and a changed password each end the account's tokens",
          arguments: TestEngine.available)
    func credentialsEnd(engine: TestEngine) async throws {
        let clock = TestClock()
        try await withTestApp(engine, clock: clock) { client, territory in
            let accounts = territory.store.accounts
            func alive(_ token: String) async throws -> Bool {
                try await client.get("/api/v1/me", token: token).status == .ok
            }
            let resident = try await client.token("resident")
            #expect(try await alive(resident))
            try await accounts.resetPassword(username: "resident", to: "Another-Horse-7", operatorName: "ops")
            #expect(try await !alive(resident), "the documented answer to a stolen password ends its tokens")

            let volunteer = try await client.token("volunteer")
            try await accounts.resetTwoFactor(username: "volunteer", operatorName: "ops")
            #expect(try await !alive(volunteer))

            let worker = try await client.token("grid.worker")
            let admin = try await ProblemTests.enrolledToken(client, territory, clock: clock)
            let moved = try await client.send(
                .patch, "/api/v1/accounts/\(territory.byUsername["grid.worker"]!.id)", token: admin,
                json: #"{"scope":"grid:\#(TestTerritory.gridA2.code)"}"#)
            #expect(moved.status == .ok)
            #expect(try await !alive(worker))

            let member = try await client.token("party.member")
            try await accounts.changePassword(
                for: territory.principal("party.member"), current: TestTerritory.password, new: "Another-Horse-7")
            #expect(try await !alive(member))
        }
    }

    @Test("an anonymous reporter is named to no one: not in the case, its history or its page; the reporter still follows it; an auditor sees reporters masked",
          arguments: TestEngine.available)
    func anonymity(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let resident = try await client.token("resident")
            let accountID = territory.byUsername["resident"]!.id
            func report(anonymous: Bool) async throws -> String {
                let response = try await client.send(
                    .post, "/api/v1/cases", token: resident,
                    json: #"{"categoryCode":"L0202","description":"楼道里堆满杂物","communityCode":"\#(TestTerritory.communityA.code)","anonymous":\#(anonymous)}"#)
                #expect(response.status == .created)
                return try response.json(CasesAPITests.CaseBody.self).id
            }
            let hidden = try await report(anonymous: true)
            let named = try await report(anonymous: false)
            for username in ["secretary", "street.admin", "auditor"] {
                let token = try await client.token(username)
                for path in ["/api/v1/cases/\(hidden)", "/api/v1/cases/\(hidden)/history"] {
                    let answer = try await client.get(path, token: token)
                    #expect(answer.status == .ok, "\(username) \(path)")
                    #expect(!answer.text.contains(accountID) && !answer.text.contains(#""actorName":"resident""#), "\(username) \(path)")
                }
            }
            let auditor = try await client.token("auditor")
            let history = try await client.get("/api/v1/cases/\(named)/history", token: auditor)
            #expect(history.status == .ok && !history.text.contains(#""actorName":"resident""#), "masked for an auditor")
            let secretary = try await client.token("secretary")
            #expect(try await client.get("/api/v1/cases/\(named)/history", token: secretary).text.contains(#""actorName":"resident""#))
            #expect(try await client.get("/api/v1/cases/\(hidden)", token: resident).status == .ok, "the reporter still follows it")
        }
    }
}
