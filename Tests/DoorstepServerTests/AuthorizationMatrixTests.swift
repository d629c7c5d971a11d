import DoorstepCore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

/// Every API route, asked by every role and by no one, against the outcomes written down in
/// `AuthorizationMatrix.txt`: a route added without its line fails here, and so does a rule that changes
/// unseen. Ids in the path are made up and bodies empty, so a cell says whether the role gets past the door
/// (`ok`: an answer, a not-found or a refused field), is refused (`403`) or must sign in (`401`); whether a record
/// inside the role's territory is reachable and one outside looks absent is the scope suites' work
/// (ScopeAPITests, OutsideScopeTests). No cell may be a server error. `DOORSTEP_WRITE_MATRIX=1` writes the
/// observed table back for review.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    static let roles = ["street.admin", "secretary", "grid.worker", "party.member", "volunteer", "partner", "resident", "auditor"]
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("AuthorizationMatrix.txt")

    @Test("every API route × every role answers as the matrix in the repository says, and never with a server error")
    func matrix() async throws {
        let routes = try await RouteTableTests.registered()
            .filter { $0.pattern.hasPrefix("/api/v1/") }
            .sorted { ($0.pattern, $0.method) < ($1.pattern, $1.method) }
        let clock = TestClock()
        try await withTestApp(.sqlite, clock: clock) { client, territory in
            var tokens: [String: String] = [:]
            for role in Self.roles {
                tokens[role] = role == "street.admin" || role == "secretary"
                    ? try await ProblemTests.enrolledToken(client, territory, clock: clock, username: role)
                    : try await client.token(role)
            }
            var rows: [String] = []
            for route in routes {
                let path = route.pattern.split(separator: "/", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix(":") ? "none" : String($0) }.joined(separator: "/")
                var cells: [String] = []
                for role in ["anonymous"] + Self.roles {
                    var headers: HTTPFields = [.contentType: "application/json"]
                    if let token = tokens[role] { headers[.authorization] = "Bearer \(token)" }
                    let response = try await client.execute(
                        uri: path, method: HTTPRequest.Method(rawValue: route.method.uppercased())!, headers: headers,
                        body: route.method == "get" ? nil : ByteBuffer(string: "{}"))
                    #expect(response.status.code < 500, "\(route.method) \(route.pattern) as \(role): \(response.status)")
                    cells.append(Self.cell(response.status))
                }
                rows.append("\(route.method.uppercased()) \(route.pattern) | \(cells.joined(separator: " "))")
            }
            try Self.compare(rows)
        }
    }

    static func compare(_ observed: [String]) throws {
        let header = "# METHOD PATH | anonymous " + roles.joined(separator: " ")
        if ProcessInfo.processInfo.environment["DOORSTEP_WRITE_MATRIX"] == "1" {
            try ([header] + observed).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let expectedByRoute = Dictionary(uniqueKeysWithValues: expected.map { (String($0.prefix { $0 != "|" }), $0) })
        for row in observed {
            let key = String(row.prefix { $0 != "|" })
            guard let written = expectedByRoute[key] else {
                Issue.record("a route without its line in AuthorizationMatrix.txt; after checking who may use it, add:\n\(row)")
                continue
            }
            #expect(written == row, "the rule changed; the matrix says\n\(written)\nthe server answers\n\(row)")
        }
        let routesNow = Set(observed.map { String($0.prefix { $0 != "|" }) })
        #expect(expectedByRoute.keys.filter { !routesNow.contains($0) }.sorted() == [], "lines for routes that are gone")
    }

    static func cell(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: "401"
        case 403: "403"
        default: "ok"
        }
    }
}
