import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The page each role lands on. Staff get a dashboard of their territory (decision 32): key figures beside the
/// period before, what needs attention, the monthly trend, the territories one level down side by side and the grid
/// map, every number opening its records. Party members, volunteers, partners and residents get a home of their own
/// work (`OwnHome`).
struct HomePage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(HomeRoute.show, use: show)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard principal.can(.viewFigures) else {
            return try await OwnHome(store: store, pages: pages).render(principal, context: context)
        }
        let strings = context.strings
        let language = context.language
        let (query, errors) = try FigureQuery.onPage(request, principal)
        let name = try await query.name(principal, store)
        let keys = principal.role == .gridWorker ? DashboardFigures.grid : DashboardFigures.office
        let asked = request.uri.queryParameters
        let mapKey = asked["map"].flatMap { FigureKey(rawValue: String($0)) }.flatMap { DashboardFigures.map.contains($0) ? $0 : nil } ?? .openCases
        // The parts read independently, so they run side by side: the page waits for the slowest, not the sum.
        async let values = store.figures.values(keys, in: query.code, period: query.period, by: principal)
        async let trend = DashboardTrend.model(DashboardFigures.trend, query, principal, store, strings, language)
        async let side = DashboardSideBySide.model(
            query, principal, store, sort: asked["sort"].map(String.init), descending: asked["dir"] != "asc",
            action: HomeRoute.show.path(), language)
        async let map = DashboardMap.model(mapKey, query, principal, store, strings, language)
        async let attention = attention(principal, strings)
        var model = try await PeriodForm.model(query, principal, store, strings, action: HomeRoute.show.path())
        model["welcome"] = strings.format("home_welcome", ["name": principal.displayName])
        model["place"] = name
        model["code"] = query.code
        model["mustEnrol"] = !principal.mayChange
        model["fieldErrors"] = Display.fieldErrors(errors, strings)
        model["figures"] = try await values.map { FigureDisplay.model($0, query, language) }
        model["figuresHref"] = FiguresRoute.figures.path().keeping(query)
        model["sideXLSX"] = FiguresRoute.sideXLSX.path().keeping(query)
        model["sideCSV"] = FiguresRoute.sideCSV.path().keeping(query)
        model["attention"] = try await attention
        if principal.can(.manageCases), let next = try await store.calendar.unsetNextYear() {
            model["unsetYear"] = ["text": CalendarWarning.text(next, principal, strings), "href": CalendarRoute.page.path().query(["year": next])]
        }
        if principal.role == .gridWorker {
            model["myCases"] = try await myCases(principal, strings)
            model["visitsDue"] = try await visitsDue(principal, strings)
        }
        model["trend"] = try await trend
        model["side"] = try await side ?? false
        model["map"] = try await map ?? false
        return pages.page("dashboard", title: strings.format("dashboard_title", ["place": name]), model: model, context: context)
    }

    /// What waits on the office: cases overdue, escalated to it, waiting to be dispatched or checked; pledges and
    /// claims to decide; agreements to renew. Each opens the list it counts.
    func attention(_ principal: Principal, _ strings: Strings) async throws -> [[String: Any]] {
        var items: [(String, Int, Link)] = []
        let lanes = try await store.cases.laneCounts(by: principal)
        items.append(("attention_overdue", lanes[.overdue] ?? 0, CaseRoute.board.path().query(["lane": CaseLane.overdue.rawValue])))
        if principal.scope.level != .grid {
            items.append(("attention_escalated", try await store.cases.escalatedCount(by: principal), CaseRoute.inbox.path()))
        }
        items.append(("attention_unassigned", lanes[.unassigned] ?? 0, CaseRoute.board.path().query(["lane": CaseLane.unassigned.rawValue])))
        items.append(("attention_checks", lanes[.awaitingCheck] ?? 0, CaseRoute.board.path().query(["lane": CaseLane.awaitingCheck.rawValue])))
        if principal.can(.managePartyWork) {
            items.append(("attention_pledges", try await store.pledges.toConfirm(by: principal).count, PointsRoute.page.path()))
            items.append(("attention_claims", try await store.points.claims(by: principal).count, PointsRoute.page.path()))
        }
        if principal.can(.manageServices) {
            items.append(("attention_renewals", try await store.agreements.dueForRenewal(by: principal).count, PartnerRoute.partners.path()))
        }
        return items.map { key, count, href in
            ["label": strings[key], "count": count, "href": href, "urgent": count > 0]
        }
    }

    /// The grid worker's own cases, due soonest first.
    func myCases(_ principal: Principal, _ strings: Strings) async throws -> [[String: Any]] {
        let now = Date()
        return try await store.cases.handling(by: principal, limit: 10).map { item in
            [
                "href": CaseRoute.detail.path(item.id), "title": strings.category(item.categoryName), "code": item.trackingCode,
                "due": Display.time(item.deadline), "overdue": (item.deadline.map { $0 < now } ?? false) && item.pausedAt == nil,
            ]
        }
    }

    /// Households whose visit is due in the worker's grid, overdue first.
    func visitsDue(_ principal: Principal, _ strings: Strings) async throws -> [[String: Any]] {
        let today = CalendarDay(containing: Date()).description
        return try await store.visits.visitPlan(for: principal).filter { $0.dueOn <= today }.prefix(10).map { due in
            ["household": due.householdLabel, "member": due.memberName, "due": due.dueOn, "last": due.lastVisitedOn ?? "—"]
        }
    }
}
