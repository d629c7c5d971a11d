import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@testable import DoorstepServer

/// What every working page shares: a menu grouped by the work, only what the role may use, folded on a phone; places
/// named instead of coded; the audit log in words.
@Suite("Everyday pages")
struct EverydayPagesTests {
    @Test("the menu is grouped by the work, holds only the role's places, marks the current one and folds behind its summary",
          arguments: TestEngine.available)
    func menu(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, _ in
            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary")
            let board = try await secretary.get("/cases").text
            #expect(board.contains(#"<details class="menu"><summary>菜单 · 事件调度</summary>"#) && board.contains(#"<div class="menu-wide">"#))
            for group in ["工作台", "事件", "居民与网格", "党建", "服务", "共建", "统计与报告", "系统"] {
                #expect(board.contains(#"<span class="group-name">\#(group)</span>"#), "\(group)")
            }
            #expect(board.contains(#"<a href="/cases" aria-current="page">事件调度</a>"#))
            let menu = try #require(board.range(of: #"<nav class="nav""#).flatMap { start in
                board.range(of: "</nav>", range: start.upperBound..<board.endIndex).map { board[start.lowerBound..<$0.upperBound] }
            })
            // The folded menu of a phone and the open one of a wider screen each mark one place.
            #expect(menu.components(separatedBy: "aria-current=\"page\"").count == 3, "one place is current")

            var worker = Browser(client, language: "zh-CN")
            _ = try await worker.login("grid.worker")
            let inbox = try await worker.get("/inbox").text
            #expect(inbox.contains(#"<a href="/inbox" aria-current="page">"#))
            #expect(!inbox.contains(#"href="/accounts""#) && !inbox.contains(#"href="/audit""#) && !inbox.contains("共建单位"))

            // A short menu is not split into named groups.
            var resident = Browser(client, language: "zh-CN")
            _ = try await resident.login("resident")
            let home = try await resident.get("/").text
            #expect(home.contains(#"<details class="menu">"#) && !home.contains("group-name"))
            #expect(home.contains("我的账号"))
        }
    }

    @Test("a case placed by its location reads as its grid, with the community at the street; the code is only a tooltip",
          arguments: TestEngine.available)
    func places(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let street = territory.principal("street.admin", enrolled: true)
            _ = try await territory.store.territory.updateGrid(
                code: TestTerritory.gridA2.code, name: TestTerritory.gridA2.name,
                boundary: #"{"type":"Polygon","coordinates":[[[118.70,32.00],[118.71,32.00],[118.71,32.01],[118.70,32.01]]]}"#,
                householdTarget: nil, by: street)
            let placed = try await territory.store.cases.report(
                CaseReport(source: .selfReport, categoryCode: "E0102", description: "垃圾没人收", latitude: 32.005,
                           longitude: 118.705, communityCode: TestTerritory.communityA.code), by: nil)
            #expect(placed.case.gridCode == TestTerritory.gridA2.code && placed.case.address.isEmpty)
            let code = TestTerritory.gridA2.code

            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary")
            let board = try await secretary.get("/cases").text
            #expect(board.contains(#"<span title="\#(code)">甲二网格</span>"#))
            #expect(!board.contains(">\(code)"), "the code is not shown as text")
            let detail = try await secretary.get("/cases/\(placed.case.id)").text
            #expect(detail.contains(#"<dd title="\#(code)">甲二网格</dd>"#))
            #expect(detail.contains(#"<span title="320106005001">甲社区</span>"#), "the header names the territory")

            var streetAdmin = Browser(client, language: "zh-CN")
            _ = try await streetAdmin.login("street.admin")
            #expect(try await streetAdmin.get("/cases").text.contains(#"<span title="\#(code)">甲社区 · 甲二网格</span>"#))
        }
    }

    @Test("the audit log reads as who did what to which record, filters by them, and keeps the raw fields as tooltips",
          arguments: TestEngine.available)
    func auditLog(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let worker = territory.principal("grid.worker")
            let household = try await territory.store.buildings.createHousehold(
                buildingID: try await territory.store.buildings.createBuilding(
                    gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "西康路 1 号", latitude: nil, longitude: nil,
                    by: worker
                ).id, unit: "2单元", room: "301", by: worker)
            let resident = try await territory.store.residents.create(
                try ResidentInput(
                    householdID: household.id, name: "张桂英", idNumber: "11010519491231002X", phone: "13800138000",
                    relationToHead: "户主", residenceStatus: "registered", careCategories: []
                ).validated(), by: worker)
            _ = try await territory.store.residents.reveal(.phone, of: resident.id, reason: "电话回访独居老人", by: worker)

            var auditor = Browser(client, language: "zh-CN")
            _ = try await auditor.login("auditor")
            let page = try await auditor.get("/audit?action=personalDataRevealed").text
            let rows = page.components(separatedBy: "<tr data-seq=").dropFirst()
            #expect(rows.count == 1, "the filter keeps the one reveal")
            let row = try #require(rows.first)
            #expect(row.contains("grid.worker（网格员）") && row.contains("查看个人信息"))
            #expect(row.contains(">居民 \(Masking.name("张桂英"))<") && !row.contains("张桂英"), "the resident named, masked")
            #expect(row.contains(#"<span class="detail">字段：电话</span>"#))
            #expect(row.contains(#"title="resident:\#(resident.id)""#) && row.contains("电话回访独居老人"))
            #expect(!row.contains(#">{"field""#), "no JSON as text")
            #expect(page.contains(#"<option value="personalDataRevealed" selected>"#))

            let byRecord = try await auditor.get("/audit?subject=resident:\(resident.id)").text
            #expect(byRecord.components(separatedBy: "<tr data-seq=").count == 3, "registered and revealed")
            #expect(byRecord.contains(#"id="audit-only""#))

            let refused = try await auditor.get("/audit?from=2026-13-01&to=x")
            #expect(refused.status == .ok && refused.text.contains(#"data-field="from""#) && refused.text.contains(#"data-field="to""#))
        }
    }

    @Test("from December, until next year's holidays are set, the calendar and the office's home say deadlines past 31 December count weekends only",
          arguments: TestEngine.available)
    func unsetNextYear(engine: TestEngine) async throws {
        // 2026-12-10, China time: 2027 is not shipped.
        let clock = TestClock(CalendarDay(2026, 12, 10).start.addingTimeInterval(10 * 3600))
        try await withTestApp(engine, clock: clock) { client, territory in
            var street = Browser(client, language: "zh-CN")
            _ = try await street.login("street.admin")
            let warning = "2027 年的节假日安排尚未录入"
            #expect(try await street.get("/").text.contains(warning))
            #expect(try await street.get("/cases/calendar").text.contains(#"id="calendar-unset-year">2027 年的节假日安排尚未录入"#))
            var worker = Browser(client, language: "zh-CN")
            _ = try await worker.login("grid.worker")
            #expect(!(try await worker.get("/").text.contains(warning)), "a grid worker's home is not the place for it")

            // Once one day of 2027 is set as a holiday, the warning goes.
            try await territory.store.calendar.set(
                [try CalendarEntry.parse(day: "2027-01-01", kind: "holiday", name: "元旦")],
                by: territory.principal("street.admin", enrolled: true))
            #expect(!(try await street.get("/").text.contains(warning)))
            #expect(!(try await street.get("/cases/calendar").text.contains(warning)))
        }
        // In November nothing is said.
        try await withTestApp(engine, clock: TestClock(CalendarDay(2026, 11, 20).start)) { client, _ in
            var street = Browser(client, language: "zh-CN")
            _ = try await street.login("street.admin")
            #expect(!(try await street.get("/cases/calendar").text.contains("尚未录入")))
        }
    }

    @Test("a resident's page names where they live, for the viewer, and who else is in the household", arguments: TestEngine.available)
    func residentAddress(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "西康路 1 号", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "2单元", room: "301", by: worker)
            func register(_ name: String, _ idNumber: String, _ relation: String) async throws -> Resident {
                try await territory.store.residents.create(
                    try ResidentInput(
                        householdID: household.id, name: name, idNumber: idNumber, phone: "", relationToHead: relation,
                        residenceStatus: "registered", careCategories: []
                    ).validated(), by: worker)
            }
            let head = try await register("张桂英", "11010519491231002X", "户主")
            let spouse = try await register("李建国", "320106198802290033", "配偶")

            var secretary = Browser(client, language: "zh-CN")
            _ = try await secretary.login("secretary")
            let page = try await secretary.get("/registry/residents/\(head.id)").text
            #expect(page.contains(#"<dd id="resident-address" title="\#(TestTerritory.gridA1.code)">甲一网格 · 1号楼 2单元 301</dd>"#))
            #expect(page.contains(#"<a href="/registry/residents/\#(spouse.id)">李建国</a> · 配偶"#))

            var street = Browser(client, language: "zh-CN")
            _ = try await street.login("auditor")
            let masked = try await street.get("/registry/residents/\(head.id)").text
            #expect(masked.contains("甲社区 · 甲一网格 · 1号楼 2单元 301"), "the street reads the community too")
            #expect(masked.contains(">\(Masking.name("李建国"))</a> · 配偶") && !masked.contains("李建国"), "masked for the auditor")
        }
    }

    @Test("a page form sent twice with its key makes one record and leads both sends to the same page; a refused send frees its key",
          arguments: TestEngine.available)
    func formSentOnce(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            var worker = Browser(client)
            _ = try await worker.login("grid.worker")
            let page = try await worker.get("/lists/wishes").text
            let csrf = try #require(worker.csrfToken(in: page))
            let key = String(try #require(page.firstMatch(of: /name="formKey" value="([^"]+)"/)?.output.1))
            var fields = ["_csrf": csrf, "formKey": key, "wisher": "张桂英", "wish": "", "category": "elderlyCare", "gridCode": TestTerritory.gridA1.code]
            #expect(try await worker.post("/lists/wishes", fields).status == .unprocessableContent)
            fields["wish"] = "想要一台收音机"
            let first = try await worker.post("/lists/wishes", fields)
            let second = try await worker.post("/lists/wishes", fields)
            #expect(first.status == .seeOther && second.status == .seeOther && second.headers[.location] == first.headers[.location])
            let wishes = try await territory.store.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM micro_wishes WHERE wish = \(bind: "想要一台收音机")").first()?.decode(column: "n", as: Int.self)
            }
            #expect(wishes == 1, "the second send made nothing")
            // A new key — the page opened again — is a new form.
            fields["formKey"] = "another-opening"
            _ = try await worker.post("/lists/wishes", fields)
            let again = try await territory.store.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM micro_wishes WHERE wish = \(bind: "想要一台收音机")").first()?.decode(column: "n", as: Int.self)
            }
            #expect(again == 2)
        }
    }

    @Test("English pages say relations, histories and counts in English: Head of household, Dispatched, 1 visit")
    func english() async throws {
        let english = Strings(.en), chinese = Strings(.zhCN)
        #expect(english.relation("户主") == "Head of household" && english.relation("表亲") == "表亲" && chinese.relation("配偶") == "配偶")
        #expect(english.unit("measure_visits_unit", count: 1) == "visit" && english.unit("measure_visits_unit", count: 3) == "visits")
        #expect(chinese.unit("measure_visits_unit", count: 1) == chinese["measure_visits_unit"])
        // Every unit with a singular is a unit of the catalogue, so no singular names a word that is not shown.
        for key in Catalog.enSingular.keys { #expect(Catalog.en[key] != nil, "\(key)") }
        // A sentence counting one thing says it in the singular, and keeps its other placeholders.
        #expect(english.format("party_buildings", ["n": "1"]) == "1 building" && english.format("party_buildings", ["n": "2"]) == "2 buildings")
        #expect(english.format("error_rows", ["n": "1"]) == "1 row of the file needs correcting; nothing was imported.")
        #expect(chinese.format("party_buildings", ["n": "1"]) == chinese["party_buildings"].replacingOccurrences(of: "{n}", with: "1"))
        for (key, one) in Catalog.enSingularSentences {
            let placeholders = { (text: String) in Set(text.matches(of: /\{[a-zA-Z]+\}/).map { String($0.output) }) }
            #expect(placeholders(one) == placeholders(try #require(Catalog.en[key])), "\(key)")
        }
        // Every step of a case's history has its past tense in both catalogues.
        for action in CaseStep.actions + ["report", "reopen", "escalate"] {
            #expect(Catalog.en["history_\(action)"] != nil && Catalog.zhCN["history_\(action)"] != nil, "\(action)")
        }
        try await withTestApp(.sqlite) { client, territory in
            let worker = territory.principal("grid.worker")
            let building = try await territory.store.buildings.createBuilding(
                gridCode: TestTerritory.gridA1.code, name: "1号楼", address: "西康路 1 号", latitude: nil, longitude: nil, by: worker)
            let household = try await territory.store.buildings.createHousehold(buildingID: building.id, unit: "2单元", room: "301", by: worker)
            let head = try await territory.store.residents.create(
                try ResidentInput(
                    householdID: household.id, name: "张桂英", idNumber: "11010519491231002X", relationToHead: "户主",
                    residenceStatus: "registered", careCategories: []
                ).validated(), by: worker)
            let reported = try await territory.store.cases.report(
                CaseReport(source: .selfReport, categoryCode: "E0102", description: "垃圾没人收", communityCode: TestTerritory.communityA.code), by: nil)
            var secretary = Browser(client, language: "en")
            _ = try await secretary.login("secretary")
            let page = try await secretary.get("/registry/residents/\(head.id)").text
            #expect(page.contains("<dd>Head of household</dd>") && !page.contains("户主"))
            let history = try await secretary.get("/cases/\(reported.case.id)").text
            #expect(history.contains("Reported") && !history.contains("history_") && !history.contains("step_report"))
            #expect(history.contains("Exposed rubbish") && !history.contains("暴露垃圾"), "a shipped category reads in English")
            let form = try await secretary.get("/cases/new").text
            #expect(form.contains(">Burst water pipe</option>") && !form.contains("自来水管破裂"))
        }
    }

    @Test("the inbox shows the twenty most urgent cases in hand, each signed for from the list, and links to every one of them",
          arguments: TestEngine.available)
    func inboxInHand(engine: TestEngine) async throws {
        try await withTestApp(engine) { client, territory in
            let worker = territory.principal("grid.worker")
            func dispatch(_ count: Int) async throws -> [String] {
                var codes: [String] = []
                for index in 0..<count {
                    let (filed, _) = try await territory.store.cases.report(
                        CaseReport(source: .patrol, categoryCode: "L0201", description: "消防通道 \(index)"), by: worker)
                    _ = try await territory.store.cases.act(
                        on: filed.id, ["accept", "register", "dispatch"].map {
                            CaseStep(action: $0, version: filed.version, handlerAccountID: worker.accountID)
                        }, by: worker)
                    codes.append(filed.trackingCode)
                }
                return codes
            }
            var browser = Browser(client, language: "zh-CN")
            _ = try await browser.login("grid.worker")
            let first = try await dispatch(CasePages.inboxInHand)
            let full = try await browser.get("/inbox").text
            #expect(full.components(separatedBy: #"value="signFor""#).count - 1 == CasePages.inboxInHand)
            #expect(!full.contains("all-in-hand"), "everything in hand is shown, so there is nothing more to link to")
            let due = try #require(try await territory.store.cases.handling(by: worker, limit: 1).first?.deadline)
            #expect(full.contains("已派遣 · 时限 \(Display.time(due))"), "each card says its state and its deadline")

            let more = try await dispatch(3)
            let inbox = try await browser.get("/inbox").text
            #expect(inbox.components(separatedBy: #"value="signFor""#).count - 1 == CasePages.inboxInHand)
            let held = first.count + more.count
            #expect(inbox.contains("以上是最急的 \(CasePages.inboxInHand) 件，您手上共有 \(held) 件：查看全部"))
            #expect(inbox.contains(#"href="/inbox/in-hand""#))
            let all = try await browser.get("/inbox/in-hand").text
            for code in first + more { #expect(all.contains(#"data-tracking="\#(code)""#), "\(code)") }
            #expect(all.components(separatedBy: #"value="signFor""#).count - 1 == held)
            #expect(all.contains(#"<a href="/inbox" aria-current="page">"#), "the menu still says where the worker is")
            // Signing for from the list's own form leaves the case in hand, no longer waiting to be signed for.
            let form = all[try #require(all.range(of: #"<form method="post" action="/cases/"#)).lowerBound...]
            func value(_ name: String) -> String {
                form.range(of: #"name="\#(name)" value=""#).map { String(form[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
            }
            let action = String(form.dropFirst(#"<form method="post" action=""#.count).prefix { $0 != "\"" })
            let signed = try await browser.post(
                action, ["_csrf": value("_csrf"), "formKey": value("formKey"), "version": value("version"), "action": "signFor"])
            #expect(signed.status == .seeOther)
            #expect(try await browser.get("/inbox/in-hand").text.components(separatedBy: #"value="signFor""#).count - 1 == held - 1)
        }
    }
}
