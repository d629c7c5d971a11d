import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import DoorstepServer

@Suite("Figures over the API and on the dashboards")
struct FiguresAPITests {
    struct FiguresBody: Decodable {
        struct Amount: Decodable {
            var value: Double?
            var text: String
            var numerator: Int?
            var denominator: Int?
        }
        struct Figure: Decodable {
            var key: String
            var name: String
            var definition: String
            var kind: String
            var current: Amount
            var previous: Amount?
        }
        struct Span: Decodable { var from: String; var to: String }
        var scope: String
        var name: String
        var period: Span
        var previousPeriod: Span
        var figures: [Figure]
        var asOf: String?
    }
    struct RecordsBody: Decodable {
        struct Record: Decodable { var kind: String; var id: String; var day: String }
        var items: [Record]
    }

    @Test("every figure of a territory with the period before, in the caller's language, each opening its records; outside the scope looks absent; only staff",
          arguments: TestEngine.available)
    func figures(engine: TestEngine) async throws {
        let clock = TestWork.monday()
        try await withTestApp(engine, clock: clock) { client, territory in
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            let token = try await client.token("secretary")
            let answer = try await client.get(
                "/api/v1/figures?scope=\(TestTerritory.communityA.code)&from=2026-11-01&to=2026-11-30", token: token, language: "zh-CN")
            #expect(answer.status == .ok)
            let body = try answer.json(FiguresBody.self)
            #expect(body.name == TestTerritory.communityA.name && body.previousPeriod.from == "2026-10-02" && body.previousPeriod.to == "2026-10-31")
            let figures = Dictionary(uniqueKeysWithValues: body.figures.map { ($0.key, $0) })
            #expect(figures["visits"]?.current.value == 1 && figures["visits"]?.name == "走访居民")
            let onTime = figures["onTimeRate"]!
            #expect(onTime.kind == "rate" && onTime.current.text == "33.3%" && onTime.current.numerator == 1 && onTime.current.denominator == 3)
            #expect(onTime.definition.contains("四舍五入"))
            #expect(figures["communities"] == nil, "not counted for a community")

            let english = try await client.get("/api/v1/figures?from=2026-11-01&to=2026-11-30", token: token, language: "en")
            #expect(try english.json(FiguresBody.self).figures.first { $0.key == "visits" }?.name == "Household visits")

            let records = try await client.get(
                "/api/v1/figures/onTimeRate/records?scope=\(TestTerritory.gridA1.code)&from=2026-11-01&to=2026-11-30&part=denominator",
                token: token)
            #expect(records.status == .ok)
            #expect(try records.json(RecordsBody.self).items.count == 3)

            let outside = try await client.get("/api/v1/figures?scope=\(TestTerritory.communityB.code)", token: token)
            #expect(outside.status == .notFound)
            let made = try await client.get("/api/v1/figures?scope=999999999999", token: token)
            #expect(made.status == .notFound, "a made-up code answers as one outside the scope")
            let member = try await client.token("party.member")
            #expect(try await client.get("/api/v1/figures", token: member).status == .forbidden)
            let badDays = try await client.get("/api/v1/figures?from=2026-11-30&to=2026-11-01", token: token)
            #expect(badDays.status == .unprocessableContent)
            let unknown = try await client.get("/api/v1/figures/nothing/records", token: token)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("each role lands on its home: staff on a dashboard whose numbers open their records, the others on their own work",
          arguments: [TestEngine.sqlite])
    func homes(engine: TestEngine) async throws {
        let clock = TestWork.monday()
        try await withTestApp(engine, clock: clock) { client, territory in
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            for username in ["street.admin", "secretary", "grid.worker", "auditor"] {
                var browser = Browser(client, language: "zh-CN")
                _ = try await browser.login(username)
                let home = try await browser.get("/?from=2026-11-01&to=2026-11-30")
                #expect(home.status == .ok, "\(username)")
                #expect(home.text.contains(#"id="key-figures""#) && home.text.contains("<svg"), "\(username) sees the dashboard")
                #expect(home.text.contains("/figures/visits?scope="), "\(username): a figure opens its records")
                let page = try await browser.get("/figures?from=2026-11-01&to=2026-11-30")
                #expect(page.status == .ok && page.text.contains(#"id="figure-onTimeRate""#), "\(username)")
                // A grid's report and pictures name its community's partners and surveys.
                let report = try await browser.get("/work-report?from=2026-11-01&to=2026-11-30")
                #expect(report.status == .ok && report.text.contains("<h1"), "\(username) reads the work report")
            }
            var street = Browser(client)
            _ = try await street.login("street.admin")
            let dashboard = try await street.get("/?from=2026-11-01&to=2026-11-30&sort=casesReported&dir=desc")
            #expect(dashboard.text.contains(#"id="side-by-side""#))
            let rows = dashboard.text.ranges(of: "<tr data-code=\"").map { dashboard.text[$0.upperBound...].prefix(12) }
            #expect(rows.map(String.init) == [TestTerritory.communityA.code, TestTerritory.communityB.code], "sorted by cases, A first")
            for username in ["party.member", "resident"] {
                var browser = Browser(client)
                _ = try await browser.login(username)
                let home = try await browser.get("/")
                #expect(home.status == .ok && !home.text.contains(#"id="key-figures""#) && home.text.contains(#"id="home-links""#), "\(username)")
                #expect(try await browser.get("/figures").status == .forbidden)
            }
        }
    }

    @Test("the work report as a page, Markdown and Word, and the figures as a workbook with their definitions; every download audited",
          arguments: [TestEngine.sqlite])
    func reportAndExports(engine: TestEngine) async throws {
        let clock = TestWork.monday()
        try await withTestApp(engine, clock: clock) { client, territory in
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("secretary")
            let period = "from=2026-11-01&to=2026-11-30"
            let page = try await browser.get("/work-report?\(period)")
            #expect(page.status == .ok)
            #expect(page.text.contains("甲社区工作报告") && page.text.contains("统计期：2026-11-01至2026-11-30"))
            #expect(page.text.contains("走访居民") && page.text.contains(#"id="note-1""#) && !page.text.contains("XX"))
            #expect(page.text.contains("/figures/visits?scope="), "a figure in the text opens its records")
            let style = try await browser.get("/work-report.css?\(period)")
            #expect(style.text.contains("@top-center") && style.text.contains("甲社区工作报告"))

            let markdown = try await browser.get("/work-report.md?\(period)")
            #expect(markdown.status == .ok && markdown.text.hasPrefix("# 甲社区工作报告") && markdown.text.contains("[^1]: "))
            #expect(markdown.text.contains("按期结案率33.3%（1/3）"))
            let word = try await browser.get("/work-report.docx?\(period)")
            #expect(word.status == .ok && word.headers[.contentType]?.contains("wordprocessingml") == true)
            #expect(Array(word.body.readableBytesView.prefix(2)) == [0x50, 0x4B], "a ZIP package")

            let workbook = try await browser.get("/figures/export.xlsx?\(period)")
            #expect(workbook.status == .ok && Array(workbook.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let csv = try await browser.get("/figures/export.csv?\(period)")
            #expect(csv.text.contains("走访居民,1,0") && csv.text.contains("口径,统计期"))
            var street = Browser(client)
            _ = try await street.login("street.admin")
            let side = try await street.get("/figures/side-by-side.csv?\(period)")
            #expect(side.text.contains(TestTerritory.communityA.name) && side.text.contains(TestTerritory.communityB.name))

            let audit = try await territory.store.audit.entries(for: territory.principal("street.admin"), limit: 50)
            #expect(audit.filter { $0.actionName == "figuresExported" }.count == 5)
        }
    }

    @Test("a place where problems recur is listed and taken up as a topic, whose cases before and after are then counted",
          arguments: TestEngine.available)
    func hotspots(engine: TestEngine) async throws {
        let clock = TestWork.monday()
        try await withTestApp(engine, clock: clock) { client, territory in
            let party = try await TestParty.make(in: territory)
            try await TestWork.day(territory, party, clock)
            let store = territory.store
            let secretary = territory.principal("secretary", enrolled: true)
            let period = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
            let hotspots = try await store.figures.hotspots(in: TestTerritory.communityA.code, period: period, by: secretary)
            // The day's work: three patrol cases of one category in grid A1, none naming a building.
            #expect(hotspots.map(\.cases) == [3] && hotspots.first?.categoryCode == "L0201" && hotspots.first?.buildingID == nil)
            #expect(hotspots.first?.fromRepeatReporters == 0, "staff on patrol file cases; they are not reporters coming back")
            let candidates = try await store.figures.topicCandidates(in: TestTerritory.communityA.code, by: secretary)
            #expect(candidates.first?.hotspot.cases == 3 && candidates.first?.casesBefore == 0)

            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("secretary")
            let page = try await browser.get("/hotspots?from=2026-11-01&to=2026-11-30")
            #expect(page.status == .ok && page.text.contains(#"id="hotspots""#) && page.text.contains("甲一网格"))
            let worker = territory.principal("grid.worker")
            await #expect(throws: StoreError.forbidden) {
                try await store.figures.takeUp(
                    NewTopic(gridCode: TestTerritory.gridA1.code, buildingID: nil, categoryCode: "L0201", title: "x", startedOn: "2026-11-25"),
                    by: worker)
            }
            await #expect(throws: ValidationFailure([FieldError("title", .required), FieldError("startedOn", .dateFormat)])) {
                try await store.figures.takeUp(
                    NewTopic(gridCode: TestTerritory.gridA1.code, buildingID: nil, categoryCode: "L0201", title: " ", startedOn: "2027-01-01"),
                    by: secretary)
            }
            // Taken up on Monday 23 November, the day of the three cases: from Wednesday the 25th, two days before and after.
            let topic = try await store.figures.takeUp(
                NewTopic(gridCode: TestTerritory.gridA1.code, buildingID: nil, categoryCode: "L0201", title: "消防通道整治", startedOn: "2026-11-23"),
                by: secretary)
            #expect(topic.days == 2 && topic.casesBefore == 0 && topic.casesAfter == 3 && topic.categoryName == "消防通道堵塞")
            let topics = try await store.figures.topics(in: TestTerritory.gridA1.code, by: worker)
            #expect(topics.map(\.title) == ["消防通道整治"])
            #expect(try await store.figures.topics(in: TestTerritory.gridB1.code, by: territory.principal("grid.worker.b")) == [])
        }
    }

    @Test("counted on a replica, the figures say up to when they hold, on the pages and over the API; live, they say nothing",
          .enabled(if: TestEngine.available.contains(.postgres)))
    func freshness() async throws {
        for replica in [false, true] {
            try await withTestApp(.postgres, replica: replica) { client, _ in
                var browser = Browser(client)
                _ = try await browser.login("secretary")
                let home = try await browser.get("/")
                #expect(home.text.contains("id=\"figures-as-of\"") == replica, "replica: \(replica)")
                #expect(home.text.contains("数字截至") == replica)
                let token = try await client.token("secretary")
                let body = try await client.get(FiguresAPIRoute.figures.pattern, token: token).json(FiguresBody.self)
                #expect((body.asOf != nil) == replica)
            }
        }
    }
}
