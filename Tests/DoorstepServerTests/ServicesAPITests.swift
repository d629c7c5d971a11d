import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

@Suite("Partners, the after-school class and the service figures over the API")
struct ServicesAPITests {
    struct IDBody: Decodable { var id: String }
    struct ItemsBody<Item: Decodable>: Decodable { var items: [Item] }
    struct SuggestionBody: Decodable {
        struct Resource: Decodable { var id: String }
        var resource: Resource
        var remaining: Int
    }
    struct ReportBody: Decodable {
        var projects: Int
        var targetPeople: Int
        var peopleReached: Int
    }
    struct ProblemBody: Decodable { var errors: [ProblemDetails.InvalidField]? }
    struct FiguresBody: Decodable {
        struct Figure: Decodable {
            var measure: String
            var definition: String
            var value: Double
        }
        var figures: [Figure]
    }

    @Test("a need and a resource matched into a project over the API, its figures in the partner's report; refusals named in Chinese; the partner reads only its own",
          arguments: TestEngine.available)
    func needToProject(engine: TestEngine) async throws {
        let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
        try await withTestApp(engine, clock: clock) { client, territory in
            let office = try await ProblemTests.enrolledToken(client, territory, clock: clock, username: "secretary")
            let community = TestTerritory.communityA.code

            let refused = try await client.send(
                .post, "/api/v1/partners", token: office,
                json: #"{"community":"\#(community)","kind":"bank","name":"","contactName":"陈","contactPhone":"123"}"#, language: "zh-CN")
            #expect(refused.status == .unprocessableContent)
            let problems = try refused.json(ProblemBody.self).errors ?? []
            #expect(problems.map(\.field) == ["kind", "name", "contactPhone"])
            #expect(problems.last?.message.hasPrefix("联系电话") == true, "the field is named in Chinese")

            let hospital = try await client.send(
                .post, "/api/v1/partners", token: office,
                json: #"{"community":"\#(community)","kind":"hospital","name":"区人民医院","contactName":"陈主任","contactPhone":"13812345678"}"#)
            #expect(hospital.status == .created)
            let partnerID = try hospital.json(IDBody.self).id
            let linked = try await client.send(.put, "/api/v1/partners/\(partnerID)/account", token: office, json: #"{"username":"partner"}"#)
            #expect(linked.status == .ok)

            let resource = try await client.send(
                .post, "/api/v1/partners/\(partnerID)/resources", token: office,
                json: #"""
                {"kind":"professionalService","category":"health","description":"上门测血压","capacity":40,"unit":"人次",
                 "availableFrom":"2026-12-01","availableUntil":"2027-06-30"}
                """#)
            #expect(resource.status == .created)
            let need = try await client.send(
                .post, "/api/v1/needs", token: office,
                json: #"""
                {"placeCode":"\#(TestTerritory.gridA1.code)","category":"health","description":"独居老人测血压",
                 "wantedFrom":"2026-12-01","wantedUntil":"2027-02-28","source":"other"}
                """#)
            #expect(need.status == .created)
            let needID = try need.json(IDBody.self).id
            let suggestions = try await client.get("/api/v1/needs/\(needID)/suggestions", token: office).json(ItemsBody<SuggestionBody>.self)
            #expect(suggestions.items.map(\.remaining) == [40])
            let project = try await client.send(
                .post, "/api/v1/needs/\(needID)/project", token: office,
                json: #"""
                {"resourceID":"\#(suggestions.items[0].resource.id)","title":"银龄健康上门","owner":"陈主任","startsOn":"2026-12-01",
                 "endsOn":"2027-02-28","uses":30,"targetPeople":30}
                """#)
            #expect(project.status == .created)
            let projectID = try project.json(IDBody.self).id

            clock.advance(by: 10 * 86400)  // 2026-12-03
            let partner = try await client.token("partner")
            let delivered = try await client.send(
                .post, "/api/v1/projects/\(projectID)/deliveries", token: partner, json: #"{"day":"2026-12-02","peopleReached":12,"note":"5号楼"}"#)
            #expect(delivered.status == .ok)
            let report = try await client.get("/api/v1/partners/\(partnerID)/report", token: partner).json(ReportBody.self)
            #expect(report.projects == 1 && report.targetPeople == 30 && report.peopleReached == 12)

            let figures = try await client.get("/api/v1/services/figures?from=2026-12-01&to=2026-12-31", token: office).json(FiguresBody.self)
            let values = Dictionary(uniqueKeysWithValues: figures.figures.map { ($0.measure, $0.value) })
            #expect(values["projects"] == 1 && values["peopleServed"] == 12)
            #expect(figures.figures.allSatisfy { !$0.definition.isEmpty && !$0.definition.hasPrefix("service_measure_") })
            #expect(try await client.get("/api/v1/services/figures", token: partner).status == .forbidden, "the figures are the office's")

            let gridWorker = try await client.token("grid.worker")
            #expect(try await client.get("/api/v1/partners/\(partnerID)/report", token: gridWorker).status == .notFound)
            #expect(try await client.get("/api/v1/partners", token: gridWorker).json(ItemsBody<IDBody>.self).items.isEmpty)
        }
    }

    @Test("the after-school class refuses an enrolment without consent and a pick-up by someone not authorised, naming the fields in Chinese",
          arguments: TestEngine.available)
    func afterSchool(engine: TestEngine) async throws {
        let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
        try await withTestApp(engine, clock: clock) { client, territory in
            let office = try await ProblemTests.enrolledToken(client, territory, clock: clock, username: "secretary")
            let created = try await client.send(
                .post, "/api/v1/after-school/classes", token: office,
                json: #"""
                {"communityCode":"\#(TestTerritory.communityA.code)","name":"四点半课堂","place":"党群服务中心","weekdays":[1,2,3,4,5],
                 "termStart":"2026-11-01","termEnd":"2027-01-31","capacity":20}
                """#)
            #expect(created.status == .created)
            let classID = try created.json(IDBody.self).id
            func enrolment(consent: Bool) -> String {
                #"""
                {"classID":"\#(classID)","childName":"王小明","childBirthDate":"2017-03-01","school":"实验小学","grade":"三年级",
                 "guardianName":"王建国","guardianPhone":"13800001234","bothParentsWork":true,"guardianConsent":\#(consent),
                 "pickUps":[{"name":"李秀英","relation":"奶奶","phone":"13900005678"}]}
                """#
            }
            let refused = try await client.send(.post, "/api/v1/after-school/enrolments", token: office, json: enrolment(consent: false), language: "zh-CN")
            #expect(refused.status == .unprocessableContent)
            let problems = try refused.json(ProblemBody.self).errors ?? []
            #expect(problems.map(\.field) == ["guardianConsent"])
            #expect(problems.first?.message.contains("同意") == true)

            let enrolled = try await client.send(.post, "/api/v1/after-school/enrolments", token: office, json: enrolment(consent: true))
            #expect(enrolled.status == .created)
            let enrolmentID = try enrolled.json(IDBody.self).id
            #expect(!String(buffer: enrolled.body).contains("王小明") && !String(buffer: enrolled.body).contains("李秀英"), "names leave masked")
            let arrived = try await client.send(.post, "/api/v1/after-school/attendance", token: office, json: #"{"enrolmentID":"\#(enrolmentID)"}"#)
            #expect(arrived.status == .created)
            let stranger = try await client.send(
                .post, "/api/v1/after-school/handovers", token: office,
                json: #"{"enrolmentID":"\#(enrolmentID)","collectorName":"张三","collectorPhone":"13700009999","signature":"张三"}"#,
                language: "zh-CN")
            #expect(stranger.status == .unprocessableContent)
            #expect((try stranger.json(ProblemBody.self).errors ?? []).map(\.field) == ["collectorName"])
            let grandmother = try await client.send(
                .post, "/api/v1/after-school/handovers", token: office,
                json: #"{"enrolmentID":"\#(enrolmentID)","collectorName":"李秀英","collectorPhone":"13900005678","signature":"李秀英"}"#)
            #expect(grandmother.status == .created)
        }
    }
}
