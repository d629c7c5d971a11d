import DoorstepCore
@testable import DoorstepServer
import DoorstepTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite("Health, metrics, headers, languages")
struct SystemTests {
    @Test("healthz answers 200 while the database answers; metrics and the API description are served", arguments: TestEngine.available)
    func endpoints(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            _ = try await client.execute(uri: "/login", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("hb_requests"))
            let openAPI = try await client.execute(uri: "/api/openapi.json", method: .get)
            let document = try JSONSerialization.jsonObject(with: Data(openAPI.text.utf8)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
        }
    }

    @Test("pages forbid framing and outside resources")
    func headers() async throws {
        try await withTestApp(.sqlite) { client, _ in
            let page = try await client.execute(uri: "/login", method: .get)
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(!page.text.contains("http://") && !page.text.contains("https://"))
            let css = try await client.execute(uri: "/static/doorstep.css", method: .get)
            #expect(!css.text.contains("url("))
        }
    }

    @Test("Chinese by default, English by Accept-Language or by choice")
    func languages() async throws {
        try await withTestApp(.sqlite) { client, _ in
            #expect(try await client.execute(uri: "/login", method: .get).text.contains("<html lang=\"zh-CN\">"))
            let english = try await client.execute(uri: "/login", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9"])
            #expect(english.text.contains("Sign in with the account your community gave you."))
            let switched = try await client.execute(uri: "/login?lang=en", method: .get)
            #expect(switched.cookieValue("doorstep_lang") == "en")
            let remembered = try await client.execute(uri: "/login", method: .get, headers: [.cookie: "doorstep_lang=en"])
            #expect(remembered.text.contains("<html lang=\"en\">"))
        }
    }

    @Test("English is complete: both catalogues have the same keys")
    func catalogues() {
        #expect(Set(Catalog.zhCN.keys) == Set(Catalog.en.keys))
        for action in AuditAction.allCases { #expect(Catalog.en["action_\(action.rawValue)"] != nil, "\(action)") }
        for role in Role.allCases {
            #expect(Catalog.en["role_\(role.rawValue)"] != nil)
            #expect(Catalog.en["home_role_\(role.rawValue)"] != nil)
        }
    }

    @Test("every field problem has a message in both languages")
    func problems() {
        let problems: [FieldProblem] = [
            .required, .tooShort(minimum: 1), .tooLong(maximum: 1), .tooFewCharacterClasses(minimum: 3),
            .codeFormat(digits: 9), .codeNotUnderParent(parent: "1"), .unknownValue(allowed: []), .alreadyExists,
            .notFound, .scopeNotAllowedForRole(role: .resident), .outsideYourScope, .roleNotAssignable,
            .usernameFormat, .mismatch, .invalidOneTimeCode, .scopeFormat, .idNumberLength, .idNumberCharacters,
            .idNumberBirthDate, .idNumberCheckCharacter, .phoneFormat, .duplicateIDNumber(place: "x"),
            .duplicateInFile(row: 1), .duplicateIDNumberElsewhere, .maskedValue, .storedAsNumber, .fileOldExcel,
            .fileDamaged, .fileNotWorkbook, .fileNotUTF8, .missingColumns(["x"]), .wrongType(expected: .text), .beforeStart,
        ]
        for language in Language.allCases {
            let strings = Strings(language)
            for problem in problems { #expect(!strings.message(for: problem).hasPrefix("problem_"), "\(problem) in \(language)") }
        }
    }
}
