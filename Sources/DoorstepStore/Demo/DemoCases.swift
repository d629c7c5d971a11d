import DoorstepCore
import Foundation

/// Cases for the demo community, at every stage of the loop, made through the same calls the pages make: fresh
/// reports to accept, one the grid worker took on patrol, work to check, cases to call back and rated ones, one
/// nearly due and one overdue (the clock job escalates it within a minute of serving).
struct DemoCases {
    let store: Store
    let now: Date

    func seed(community: Community, grids: [Grid], by admin: Principal) async throws -> Int {
        let accounts = try await store.accounts.list(for: admin)
        func principal(_ username: String) -> Principal? {
            accounts.first { $0.username == username }.map {
                var principal = $0.principal
                principal.twoFactorEnabled = true  // the demo acts as enrolled staff would
                return principal
            }
        }
        guard let secretary = principal("secretary"), let worker = principal("grid.worker") else { return 0 }
        let buildings = try await store.buildings.buildings(for: admin, gridCode: grids[0].code)
        let building = buildings.first?.id
        // Residents without an account name no building; their reports are placed by where they stood.
        let ring = try await store.territory.grid(code: grids[0].code, for: admin).boundary?.ring ?? []
        let centre = ring.isEmpty ? nil : (ring.map { $0[1] }.reduce(0, +) / Double(ring.count), ring.map { $0[0] }.reduce(0, +) / Double(ring.count))
        var made = 0

        func file(
            _ category: String, _ text: String, source: CaseSource, by reporter: Principal?, daysAgo: Double = 0,
            anonymous: Bool = false, building: String? = building, name: String = "", phone: String = ""
        ) async throws -> (CaseStore, Case) {
            let then = now.addingTimeInterval(-daysAgo * 86400)
            let cases = CaseStore(database: store.database, keys: store.cases.keys, calendar: store.cases.calendar, clock: { then })
            let report = CaseReport(
                source: source, categoryCode: category, description: text, address: "",
                latitude: reporter == nil ? centre?.0 : nil, longitude: reporter == nil ? centre?.1 : nil,
                buildingID: reporter == nil ? nil : building, communityCode: community.code, reporterName: name,
                reporterPhone: phone, anonymous: anonymous)
            made += 1
            return (cases, try await cases.report(report, by: reporter).case)
        }
        func steps(_ names: [String], on item: Case, in cases: CaseStore, by actor: Principal, handler: String? = nil,
                   note: String = "") async throws -> Case {
            try await cases.act(
                on: item.id, names.map { CaseStep(action: $0, version: item.version, note: note, handlerAccountID: handler) },
                by: actor)
        }

        // Fresh reports waiting to be accepted.
        _ = try await file("L0202", "3 单元一楼楼道里每天晚上有电动车推进来充电，电线从窗户拉进来。", source: .selfReport, by: nil, name: "陈阿姨", phone: "13912345678")
        _ = try await file("E0102", "小区东门垃圾桶满了两天没人清运，有味道。", source: .selfReport, by: nil, anonymous: true, building: nil)
        _ = try await file("L0101", "楼上装修噪音太大，中午也不停，和邻居说不通。", source: .walkIn, by: secretary, name: "刘先生", phone: "13700001111")
        // Taken on patrol by the grid worker: small matters stay in the grid.
        let (patrolStore, patrol) = try await file("L0201", "2 号楼消防通道堆了旧沙发和纸箱。", source: .patrol, by: worker)
        _ = try await steps(["accept", "register", "dispatch", "signFor"], on: patrol, in: patrolStore, by: worker, handler: worker.accountID)
        // Handed over from the hotline and dispatched to the grid worker.
        let (hotlineStore, hotline) = try await file("L0502", "顶楼房屋漏水，物业说要等维修基金。", source: .hotline12345, by: secretary, name: "王女士", phone: "13800002222")
        _ = try await steps(["accept", "register", "dispatch"], on: hotline, in: hotlineStore, by: secretary, handler: worker.accountID)
        // Handled and waiting for someone else's check.
        let (doneStore, done) = try await file("L0402", "楼道里有小广告和杂物。", source: .patrol, by: worker, daysAgo: 1)
        let handled = try await steps(["accept", "register", "dispatch", "signFor"], on: done, in: doneStore, by: worker, handler: worker.accountID)
        _ = try await doneStore.act(on: handled.id, CaseStep(action: "submitFeedback", version: handled.version, note: "已清理楼道，张贴文明提示。"), by: worker)
        // Closed, waiting for the call-back; and rated.
        for (index, text) in ["路灯不亮，晚上老人出门不方便。", "小区路口井盖松动，踩上去会响。"].enumerated() {
            let (closedStore, item) = try await file(index == 0 ? "C0103" : "C0101", text, source: .selfReport, by: nil, daysAgo: 3, name: "李大爷", phone: "13600003333")
            var current = try await steps(["accept", "register", "dispatch"], on: item, in: closedStore, by: secretary, handler: worker.accountID)
            current = try await steps(["signFor", "submitFeedback"], on: current, in: closedStore, by: worker, note: "已联系维修，当天修好。")
            current = try await closedStore.act(on: current.id, CaseStep(action: "checkPassed", version: current.version), by: secretary)
            if index == 1 {
                _ = try await closedStore.evaluate(
                    trackingCode: current.trackingCode,
                    CaseStep(action: "evaluate", version: current.version, solved: true, satisfaction: .verySatisfied))
            }
        }
        // Overdue: dispatched eight days ago with one working day to act.
        let (lateStore, late) = try await file("L0205", "楼道堆放杂物挡住了安全出口。", source: .patrol, by: worker, daysAgo: 8)
        _ = try await steps(["accept", "register", "dispatch"], on: late, in: lateStore, by: worker, handler: worker.accountID)
        return made
    }
}
