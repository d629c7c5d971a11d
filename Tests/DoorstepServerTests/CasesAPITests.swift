import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

@Suite("Cases over the API")
struct CasesAPITests {
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x02, 0x01, 0xFF, 0xD9]

    struct CaseBody: Decodable {
        var id: String
        var version: Int
        var state: String
        var trackingCode: String
        var clock: String?
    }

    struct ProblemBody: Decodable {
        var type: String
        var errors: [ProblemDetails.InvalidField]?
        var current: CaseBody?
    }

    @Test("a photo of 6 MB is taken over the API, and one over 8 MB is named as a photo too large, in the form's words",
          arguments: TestEngine.available)
    func largePhotos(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            let worker = try await client.token("grid.worker")
            func report(megabytes: Double) async throws -> TestResponse {
                // A JPEG's start, a scan of the size asked, and its end: what the photo check reads.
                let scan = [UInt8](repeating: 0x55, count: Int(megabytes * 1024 * 1024))
                let photo = Data([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02] + scan + [0xFF, 0xD9]).base64EncodedString()
                return try await client.send(
                    .post, "/api/v1/cases", token: worker,
                    json: #"{"categoryCode":"L0202","description":"电动车进楼道","address":"3号楼","photos":[{"data":"\#(photo)"}]}"#)
            }
            #expect(try await report(megabytes: 6).status == .created)
            let large = try await report(megabytes: 8.5)
            #expect(large.status == .unprocessableContent)
            let problem = try large.json(ProblemBody.self)
            #expect(problem.errors?.map(\.field) == ["photos[0]"] && problem.errors?.map(\.code) == ["photoTooLarge"])
            #expect(problem.errors?.first?.message.contains("8 MB") == true, "\(problem.errors ?? [])")
        }
    }

    @Test("a grid worker reports with a photo; a repeated key files once; steps run with versions; a stale step is 409",
          arguments: TestEngine.available)
    func loop(engine: TestEngine) async throws {
        let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
        try await withTestApp(engine, clock: clock) { client, territory in
            let worker = try await client.token("grid.worker")
            let photo = Data(Self.jpeg).base64EncodedString()
            let body = #"{"categoryCode":"L0202","description":"电动车进楼道","address":"3号楼","photos":[{"data":"\#(photo)"}]}"#
            func report() async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/cases", method: .post,
                    headers: [.authorization: "Bearer \(worker)", .contentType: "application/json", .idempotencyKey: "patrol-1"],
                    body: ByteBuffer(string: body))
            }
            let first = try await report()
            #expect(first.status == .created)
            let again = try await report()
            #expect(again.status == .ok)
            let filed = try first.json(CaseBody.self)
            #expect(try again.json(CaseBody.self).id == filed.id)

            let bad = try await client.send(
                .post, "/api/v1/cases", token: worker,
                json: #"{"categoryCode":"L0202","description":"x","photos":[{"data":"\#(photo)"},{"data":"R0lGODlh"}]}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(try bad.json(ProblemBody.self).errors?.map(\.field) == ["photos[1]"])

            func step(_ json: String, token: String) async throws -> TestResponse {
                try await client.send(.post, "/api/v1/cases/\(filed.id)/steps", token: token, json: json)
            }
            var current = filed
            for action in ["accept", "register"] {
                current = try (try await step(#"{"action":"\#(action)","version":\#(current.version)}"#, token: worker)).json(CaseBody.self)
            }
            let workerID = territory.byUsername["grid.worker"]!.id
            current = try (try await step(#"{"action":"dispatch","version":\#(current.version),"handlerAccountID":"\#(workerID)"}"#, token: worker)).json(CaseBody.self)
            #expect(current.state == "dispatched")
            let stale = try await step(#"{"action":"signFor","version":\#(current.version - 1)}"#, token: worker)
            #expect(stale.status == .conflict)
            let problem = try stale.json(ProblemBody.self)
            #expect(problem.type.hasSuffix("caseMoved") && problem.current?.version == current.version)
            current = try (try await step(#"{"action":"submitFeedback","version":\#(current.version),"note":"已清理"}"#, token: worker)).json(CaseBody.self)
            let selfCheck = try await step(#"{"action":"checkPassed","version":\#(current.version)}"#, token: worker)
            #expect(selfCheck.status == .forbidden)
            #expect(try selfCheck.json(ProblemBody.self).type.hasSuffix("checkerIsHandler"))
            let admin = try await ProblemTests.enrolledToken(client, territory, clock: clock)
            let wrongState = try await step(#"{"action":"accept","version":\#(current.version)}"#, token: admin)
            #expect(wrongState.status == .conflict && wrongState.text.contains("caseState"))
            current = try (try await step(#"{"action":"checkPassed","version":\#(current.version)}"#, token: admin)).json(CaseBody.self)
            #expect(current.state == "closed")

            let staleRating = try await client.execute(
                uri: "/api/v1/public/cases/\(filed.trackingCode)/evaluation", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"version":1,"solved":true,"satisfaction":"verySatisfied"}"#))
            #expect(staleRating.status == .conflict && !staleRating.text.contains("current"), "no case leaves through a stale rating")
            let tracked = try await client.execute(
                uri: "/api/v1/public/cases/\(filed.trackingCode)/evaluation", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"version":\#(current.version),"solved":true,"satisfaction":"verySatisfied"}"#))
            #expect(tracked.status == .ok && tracked.text.contains(#""state":"evaluated""#))
            #expect(!tracked.text.contains("grid.worker"), "the public view names no one")
            for language in ["zh-CN", "en"] {
                let page = try await client.execute(uri: "/track/\(filed.trackingCode)", method: .get, headers: [.acceptLanguage: language])
                #expect(page.status == .ok && page.text.contains("public-history") && !page.text.contains("case_source_"), "no raw key in \(language)")
            }

            let photos = try await client.get("/api/v1/cases/\(filed.id)/photos", token: admin)
            struct Photos: Decodable { struct Item: Decodable { var id: String }; var items: [Item] }
            let photoID = try photos.json(Photos.self).items.first!.id
            let image = try await client.get("/api/v1/cases/\(filed.id)/photos/\(photoID)", token: admin)
            #expect(image.headers[.contentType] == "image/jpeg" && Array(image.body.readableBytesView.prefix(2)) == [0xFF, 0xD8])
            let outsider = try await client.token("grid.worker.b")
            #expect(try await client.get("/api/v1/cases/\(filed.id)/photos/\(photoID)", token: outsider).status == .notFound)
        }
    }
}
