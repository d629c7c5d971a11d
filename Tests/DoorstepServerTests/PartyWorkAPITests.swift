import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

@Suite("Party work over the API")
struct PartyWorkAPITests {
    struct VisitBody: Decodable {
        var id: String
        var caseID: String?
        var opinionID: String?
    }

    struct FiguresBody: Decodable {
        struct Figure: Decodable {
            var measure: String
            var name: String
            var definition: String
            var count: Int
        }
        var figures: [Figure]
    }

    struct ItemsBody<Item: Decodable>: Decodable {
        var items: [Item]
    }

    struct ClaimBody: Decodable {
        var id: String
        var status: String
        var points: Int
    }

    struct YearBody: Decodable {
        var memberName: String
        var total: Int
        var rating: String
        var stars: Int?
    }

    struct ProblemBody: Decodable {
        var errors: [ProblemDetails.InvalidField]?
    }

    @Test("a member records a visit raising a case over the API; the figures move with their definitions; a claim is decided by the officer",
          arguments: TestEngine.available)
    func visitAndClaim(engine: TestEngine) async throws {
        let clock = TestClock(CalendarDay(2026, 11, 23).start.addingTimeInterval(9 * 3600))
        try await withTestApp(engine, clock: clock) { client, territory in
            let party = try await TestParty.make(in: territory)
            let secretary = territory.principal("secretary", enrolled: true)
            _ = try await territory.store.points.addRule(TestParty.rule("入户走访", 1, .visit), by: secretary)
            let service = try await territory.store.points.addRule(TestParty.rule("志愿服务", 2, .claimed, evidence: true), by: secretary)
            let member = try await client.token("party.member")
            let officer = try await client.token("branch.officer")

            let refused = try await client.send(
                .post, "/api/v1/visits", token: member, json: #"{"householdID":"\#(party.households[1].id)","visitedOn":"2026-11-30","findings":""}"#,
                language: "zh-CN")
            #expect(refused.status == .unprocessableContent)
            let problems = try refused.json(ProblemBody.self).errors ?? []
            #expect(problems.map(\.field) == ["visitedOn", "findings"])
            #expect(problems.first?.message.hasPrefix("走访日期") == true, "the field is named in the user's language")

            let recorded = try await client.send(
                .post, "/api/v1/visits", token: member,
                json: #"""
                {"householdID":"\#(party.households[1].id)","visitedOn":"2026-11-23","findings":"楼道堆物",
                 "opinion":{"topic":"environment","content":"希望清理"},"case":{"categoryCode":"L0205","description":"楼道堆放杂物"}}
                """#)
            #expect(recorded.status == .created)
            let visit = try recorded.json(VisitBody.self)
            #expect(visit.caseID != nil && visit.opinionID != nil)

            let figures = try await client.get("/api/v1/party-work/figures?from=2026-11-01&to=2026-11-30", token: member)
            let body = try figures.json(FiguresBody.self)
            #expect(body.figures.map(\.measure) == ["visits", "opinions", "problemsSolved", "disputesSettled"])
            #expect(body.figures.map(\.count) == [1, 1, 0, 0], "a member's figures by default are their own")
            #expect(body.figures.allSatisfy { !$0.definition.isEmpty && $0.definition != "measure_\($0.measure)_definition" })
            let records = try await client.get(
                "/api/v1/party-work/records?measure=visits&member=\(party.member.id)&from=2026-11-01&to=2026-11-30", token: member)
            #expect(try records.json(ItemsBody<FigureRecord>.self).items.map(\.id) == [visit.id])
            #expect(try await client.get("/api/v1/visits/plan?overdue=true", token: member).status == .ok)

            let claim = try await client.send(
                .post, "/api/v1/points/claims", token: member, json: #"{"ruleID":"\#(service.id)","earnedOn":"2026-11-20","evidence":"签到表"}"#)
            #expect(claim.status == .created)
            let claimID = try claim.json(ClaimBody.self).id
            let own = try await client.send(.post, "/api/v1/points/claims/\(claimID)/decision", token: member, json: #"{"approve":true}"#)
            #expect(own.status == .forbidden)
            let decided = try await client.send(
                .post, "/api/v1/points/claims/\(claimID)/decision", token: officer, json: #"{"approve":true}"#)
            #expect(try decided.json(ClaimBody.self).status == "approved")
            let ledger = try await client.get("/api/v1/points/ledger?year=2026", token: member)
            #expect(try ledger.json(ItemsBody<PointEntry>.self).items.map(\.points) == [2, 1])
            let year = try await client.get("/api/v1/points/year?year=2026&org=\(party.branch.id)", token: officer)
            let lines = try year.json(ItemsBody<YearBody>.self).items
            #expect(lines.first?.memberName == "周德华" && lines.first?.total == 63 && lines.first?.stars == 1)
        }
    }
}
