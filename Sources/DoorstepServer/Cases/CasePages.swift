import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The signed-in pages of the closed loop: the grid worker's inbox, the dispatch board, the report form, a case
/// with its timeline and the steps the viewer may take.
struct CasePages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(CaseRoute.inbox, use: inbox)
        router.post(CaseRoute.markRead, use: markRead)
        router.get(CaseRoute.inHand, use: inHand)
        router.get(CaseRoute.board, use: board)
        router.get(CaseRoute.mine, use: mine)
        router.get(CaseRoute.newCase, use: newCase)
        router.post(CaseRoute.newCase, use: submitCase)
        router.get(CaseRoute.detail, use: detail)
        router.post(CaseRoute.step, use: step)
        router.post(CaseRoute.revealPhone, use: revealPhone)
        router.get(CaseRoute.photo, use: photo)
        MediationForms(store: store).register(on: router) { id, context, errors in
            try await renderDetail(id: id, context: context, errors: errors)
        }
    }

    @Sendable func inbox(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.handleCases)
        let strings = context.strings
        let now = Date()
        let handling = try await store.cases.handling(by: principal, limit: Self.inboxInHand)
        let held = handling.count < Self.inboxInHand ? handling.count : try await store.cases.handlingCount(by: principal)
        let grid = principal.scope.level == .grid ? principal.scope.code : nil
        let unassigned = try await store.cases.lane(.unassigned, gridCode: grid, by: principal, limit: 20)
        let actor = CaseStore.actor(for: principal)
        let calendar = try await store.cases.currentCalendar()
        let awaitingCheck = try await store.cases.lane(.awaitingCheck, gridCode: grid, by: principal, limit: 20)
            .filter { item in
                actor.map { item.permits(.check(passed: true, note: ""), for: $0, at: now, calendar: calendar) } ?? false
            }
        let places = try await CasePlaces.of(handling + unassigned + awaitingCheck, for: principal, in: store)
        let mine = handling.map { Self.inHandCard($0, strings, now: now, places: places) }
        let fresh = unassigned.map {
            CaseDisplay.card($0, strings, now: now, places: places, quick: principal.role == .gridWorker ? ("take", strings["step_take"]) : nil)
        }
        let toCheck = awaitingCheck.map { CaseDisplay.card($0, strings, now: now, places: places) }
        let notices = try await store.notices.notices(for: principal)
        let model: [String: Any] = [
            "mine": ["cases": mine], "hasMine": !mine.isEmpty, "canDispatch": true,
            "allInHand": held > mine.count ? strings.format("inbox_mine_all", ["shown": String(mine.count), "count": String(held)]) : false,
            "fresh": ["cases": fresh], "hasFresh": !fresh.isEmpty, "toCheck": ["cases": toCheck], "hasToCheck": !toCheck.isEmpty,
            "unread": notices.filter { $0.readAt == nil }.count, "hasNotices": !notices.isEmpty,
            "notices": notices.map {
                [
                    "href": $0.caseID.map { CaseRoute.detail.path($0) } ?? CaseRoute.inbox.path(), "text": CaseDisplay.notice($0, strings),
                    "when": Display.time($0.createdAt), "unread": $0.readAt == nil,
                ] as [String: Any]
            },
        ]
        // A report placed by its location in a neighbouring grid is that grid's; say where it went.
        let reported = request.uri.queryParameters["reported"].map { strings.format("inbox_reported_elsewhere", ["code": String($0)]) }
        return pages.page("inbox", title: strings["inbox_title"], model: model, context: context, flash: reported)
    }

    /// How many of the caller's own cases the inbox shows: the most urgent, with a link to the rest. A phone is read
    /// top to bottom; past a score of cards nobody reaches the new reports and checks below.
    static let inboxInHand = 20

    /// A case in the caller's hands as a card; one just dispatched can be signed for from the list.
    static func inHandCard(_ item: Case, _ strings: Strings, now: Date, places: CasePlaces) -> [String: Any] {
        CaseDisplay.card(item, strings, now: now, places: places, quick: item.state == .dispatched ? ("signFor", strings["step_signFor"]) : nil)
    }

    /// Every case in the caller's hands, due soonest first, a page at a time.
    @Sendable func inHand(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.handleCases)
        let paging = OpenPaging(request)
        let found = try await store.cases.handling(by: principal, offset: paging.offset, limit: paging.fetch)
        let shown = paging.shown(found)
        let places = try await CasePlaces.of(shown, for: principal, in: store)
        let now = Date()
        let model: [String: Any] = [
            "cases": shown.map { Self.inHandCard($0, context.strings, now: now, places: places) },
            "pager": paging.model(found: found.count, link: CaseRoute.inHand.path(), strings: context.strings),
        ]
        return pages.page("caseInHand", title: context.strings["inbox_in_hand_title"], model: model, context: context)
    }

    @Sendable func markRead(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        _ = try await Form.checked(request, context: context)
        try await store.notices.markRead(nil, for: principal)
        return redirect(to: CaseRoute.inbox.path().fragment("notices"))
    }

    @Sendable func board(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewCases)
        let strings = context.strings
        let lane = request.uri.queryParameters["lane"].flatMap { CaseLane(rawValue: String($0)) } ?? .unassigned
        let cap = 1000
        let counts = try await store.cases.laneCounts(cap: cap, by: principal)
        let paging = OpenPaging(request)
        let now = Date()
        let found = try await store.cases.lane(lane, by: principal, offset: paging.offset, limit: paging.fetch)
        let model: [String: Any] = [
            "lanes": CaseLane.allCases.map {
                [
                    "code": $0.rawValue, "name": strings["lane_\($0.rawValue)"],
                    "count": (counts[$0] ?? 0) >= cap ? "\(cap - 1)+" : String(counts[$0] ?? 0), "current": $0 == lane,
                ]
                    as [String: Any]
            },
            "laneHint": strings["lane_\(lane.rawValue)_hint"],
            "cases": try await CaseDisplay.cards(paging.shown(found), principal: principal, strings: strings, now: now, store: store),
            "pager": paging.model(found: found.count, link: CaseRoute.board.path().query(["lane": lane.rawValue]), strings: strings),
        ]
        return pages.page("caseBoard", title: strings["cases_board_title"], model: model, context: context)
    }

    @Sendable func mine(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.reportCases)
        let now = Date()
        let cases = try await CaseDisplay.cards(try await store.cases.reportedBy(principal), principal: principal, strings: context.strings, now: now, store: store)
        return pages.page("caseMine", title: context.strings["cases_mine_title"], model: ["cases": cases], context: context)
    }

    @Sendable func newCase(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderForm(context: context)
    }

    private func renderForm(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.reportCases)
        let strings = context.strings
        var community = principal.scope.communityCode ?? ""
        if community.isEmpty { community = try await store.territory.communities(for: principal).first?.code ?? "" }
        let categories = try await store.categories.categories(community: community)
        let sources = CaseStore.sources(for: principal.role)
        let buildings = principal.can(.viewRegistry) ? try await store.buildings.buildings(for: principal) : []
        let communities = principal.scope.level == .street ? try await store.territory.communities(for: principal) : []
        let model: [String: Any] = [
            "hasCommunities": !communities.isEmpty,
            "communities": communities.map {
                ["code": $0.code, "name": $0.name, "selected": form["communityCode"] == $0.code] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
            "groups": CaseDisplay.groups(categories, selected: form["categoryCode"], strings: strings),
            "urgencies": CaseDisplay.urgencies(strings, selected: form["urgency"].flatMap(Urgency.init(rawValue:)) ?? .routine),
            "hasSources": sources.count > 1,
            "sources": sources.map {
                ["code": $0.rawValue, "name": strings["case_source_\($0.rawValue)"], "selected": form["source"] == $0.rawValue]
                    as [String: Any]
            },
            "hasBuildings": !buildings.isEmpty,
            "buildings": buildings.map { ["id": $0.id, "name": $0.name, "selected": form["buildingID"] == $0.id] as [String: Any] },
            "onBehalf": principal.can(.handleCases), "formKey": form["formKey"] ?? Secrets.token(bytes: 16),
        ]
        return pages.page("caseForm", title: strings["cases_new"], model: model, context: context, status: status)
    }

    @Sendable func submitCase(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.reportCases)
        let form = try await MultipartForm.read(request)
        try form.checkCSRF(context)
        let fields = form.fields
        do {
            let report = try ReportForm.report(
                fields, files: form.files["photos"] ?? [],
                source: fields["source"].flatMap(CaseSource.init(rawValue:)) ?? CaseStore.defaultSource(for: principal.role),
                communityCode: principal.scope.communityCode)
            // The form carries a key of its own, so a double tap on a slow phone files one case, not two.
            let (item, _) = try await store.cases.report(report, by: principal, idempotencyKey: fields["formKey"])
            if (try? await store.cases.find(id: item.id, by: principal)) == nil {
                return redirect(to: principal.can(.viewCases) ? CaseRoute.inbox.path().query(["reported": item.trackingCode]) : CaseRoute.mine.path())
            }
            return redirect(to: CaseRoute.detail.path(item.id))
        } catch let failure as ValidationFailure {
            return try await renderForm(
                context: context, errors: failure.errors, form: fields.filter { $0.key != "_csrf" }, status: .unprocessableContent)
        }
    }

    @Sendable func detail(request: Request, context: AppRequestContext) async throws -> Response {
        // After a step the page says what was done (`?done=accept,register,signFor`): only steps' own words are shown.
        let strings = context.strings
        let steps = (request.uri.queryParameters["done"].map(String.init) ?? "").split(separator: ",")
            .map(String.init).filter(CaseStep.actions.contains).map { strings.word("history_\($0)") ?? strings["step_\($0)"] }
        let done = steps.isEmpty
            ? nil : strings.format("case_step_done", ["step": steps.joined(separator: strings.language == .zhCN ? "、" : ", ")])
        return try await renderDetail(id: try context.parameters.require("id"), context: context, done: done)
    }

    func renderDetail(
        id: String, context: AppRequestContext, errors: [FieldError] = [], notice: String? = nil, revealed: String? = nil,
        done: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        let strings = context.strings
        let item = try await store.cases.find(id: id, by: principal)
        let now = Date()
        let staffView = principal.can(.viewCases)
        let history = try await store.cases.history(of: id, by: principal)
        let photos = try await store.cases.photos(of: id, by: principal)
        let actor = CaseStore.actor(for: principal)
        let calendar = try await store.cases.currentCalendar()
        let permitted = actor.map { item.permittedSteps(for: $0, at: now, calendar: calendar) } ?? []
        let places = try await CasePlaces.of([item], for: principal, in: store)
        var model: [String: Any] = [
            "id": item.id, "category": strings.category(item.categoryName), "clock": item.clock(at: now).rawValue,
            "clockLabel": CaseDisplay.clockLabel(item, strings, now: now), "state": strings["case_state_\(item.state.rawValue)"],
            "tracking": item.trackingCode, "description": item.description,
            "source": strings["case_source_\(item.source.rawValue)"], "urgency": strings["urgency_\(item.urgency.rawValue)"],
            "reportedAt": Display.time(item.createdAt), "place": places.name(item), "placeCode": places.code(item),
            "reporter": item.anonymous ? strings["case_anonymous"] : (item.reporterName.isEmpty ? "—" : Masking.name(item.reporterName)),
            "handler": item.handler?.name ?? "—", "deadline": Display.time(item.deadline),
            "escalation": strings["level_\(item.escalation.rawValue)"],
            "reviewOn": item.shelvedReviewOn?.description ?? "",
            "counts": strings.format("case_counts_value", ["rework": String(item.reworkCount), "reopen": String(item.reopenCount)]),
            "fieldErrors": Display.fieldErrors(errors, strings),
            "hasPhotos": !photos.isEmpty,
            "photos": photos.map {
                ["src": CaseRoute.photo.path(item.id, $0.id), "alt": strings[$0.version == 1 ? "case_photo_report" : "case_photo_after"]]
            },
            "history": history.map { CaseDisplay.line($0, strings, showActor: staffView) },
        ]
        if let phone = item.reporterPhoneMasked, staffView { model["phone"] = phone }
        if principal.can(.handleCases), item.reporterPhoneMasked != nil { model["canReveal"] = true }
        if let revealed { model["revealed"] = revealed }
        if let notice { model["notice"] = notice }
        if let evaluation = CaseDisplay.evaluation(item.evaluation, strings) { model["evaluation"] = evaluation }
        if staffView, item.state.awaitsDispatch {
            let duplicates = try await store.cases.possibleDuplicates(of: item, by: principal)
            model["hasDuplicates"] = !duplicates.isEmpty
            model["duplicates"] = duplicates.map {
                ["href": CaseRoute.detail.path($0.id), "tracking": $0.trackingCode, "description": String($0.description.prefix(60)),
                 "state": strings["case_state_\($0.state.rawValue)"]]
            }
        }
        if item.kind == .dispute, staffView {
            model["mediation"] = MediationForms.model(
                try await store.mediations.mediation(of: item.id, by: principal), strings: strings,
                canHandle: principal.can(.handleCases))
        }
        let steps = try await stepForms(item, permitted: permitted, principal: principal, strings: strings)
        model["hasSteps"] = !steps.isEmpty
        model["steps"] = steps
        return pages.page("caseDetail", title: strings.category(item.categoryName), model: model, context: context, status: status, flash: done)
    }

    /// One form per thing the viewer may do now, with the fields that step needs.
    private func stepForms(
        _ item: Case, permitted: [String], principal: Principal, strings: Strings
    ) async throws -> [[String: Any]] {
        var forms: [[String: Any]] = []
        func form(_ name: String, buttons: [String], note: String? = nil, extra: [String: Any] = [:]) {
            var model: [String: Any] = [
                "name": name, "id": item.id, "version": item.version, "title": strings["step_\(name)_title"],
                "buttons": buttons.enumerated().map {
                    ["action": $0.element, "label": strings["step_\($0.element)"], "primary": $0.offset == 0] as [String: Any]
                },
            ]
            if let note { model["noteField"] = true; model["noteLabel"] = strings[note] }
            forms.append(model.merging(extra) { $1 })
        }
        let has = Set(permitted)
        if principal.role == .gridWorker, has.contains("accept") || has.contains("register") || has.contains("dispatch") {
            form("take", buttons: ["take"])
        }
        if has.contains("accept") { form("accept", buttons: ["accept"], note: "field_note") }
        if has.contains("reject") { form("reject", buttons: ["reject"], note: "field_reason") }
        if has.contains("register") {
            let categories = try await store.categories.categories(community: item.communityCode)
            form("register", buttons: ["register"], extra: [
                "categoryField": [
                    "groups": CaseDisplay.groups(categories, selected: item.categoryCode, strings: strings),
                    "urgencies": CaseDisplay.urgencies(strings, selected: item.urgency),
                ]
            ])
        }
        if has.contains("dispatch") {
            let suggested = try await store.cases.suggestedHandler(for: item)
            let handlers = try await store.cases.handlers(community: item.communityCode, by: principal)
            let names = try await store.territory.placeNames(communities: [], grids: Set(handlers.compactMap(\.gridCode)))
            let chosen = suggested?.accountID ?? handlers.first?.handler.accountID
            // Grouped by grid, so that two grids' workers of the same name, and each worker's grid, can be told apart.
            let groups = handlers.reduce(into: [(String?, [HandlerChoice])]()) { groups, choice in
                if groups.last?.0 == choice.gridCode { groups[groups.count - 1].1.append(choice) } else { groups.append((choice.gridCode, [choice])) }
            }
            form("dispatch", buttons: ["dispatch"], note: "field_note", extra: [
                "handlerField": [
                    "unitField": principal.can(.manageCases),
                    "optionGroups": groups.map { grid, choices in
                        [
                            "label": grid.map { names.grids[$0] ?? $0 } ?? strings.roleName(.communityAdmin),
                            "options": choices.map {
                                ["id": $0.handler.accountID ?? "", "name": $0.handler.name, "selected": $0.handler.accountID == chosen] as [String: Any]
                            },
                        ] as [String: Any]
                    },
                ]
            ])
        }
        if has.contains("signFor") { form("signFor", buttons: ["signFor"]) }
        if has.contains("submitFeedback") { form("submitFeedback", buttons: ["submitFeedback"], note: "field_feedback", extra: ["photosField": true]) }
        if has.contains("startCheck") { form("startCheck", buttons: ["startCheck"]) }
        if has.contains("checkPassed") { form("check", buttons: ["checkPassed", "checkFailed"], note: "field_note") }
        if has.contains("requestExtension") { form("requestExtension", buttons: ["requestExtension"], note: "field_reason", extra: ["daysField": true]) }
        if has.contains("approveExtension"), let asked = item.extensionRequest {
            form("decideExtension", buttons: ["approveExtension", "refuseExtension"], note: "field_note", extra: [
                "extensionInfo": strings.format("case_extension_asked", ["days": String(asked.workingDays), "reason": asked.reason]),
            ])
        }
        if has.contains("return") { form("return", buttons: ["return"], note: "field_reason") }
        if has.contains("shelve") { form("shelve", buttons: ["shelve"], note: "field_reason", extra: ["reviewField": true]) }
        if has.contains("resume") { form("resume", buttons: ["resume"], note: "field_note") }
        if has.contains("evaluate") {
            form("evaluate", buttons: ["evaluate"], note: "field_note", extra: ["ratingField": ["satisfactions": CaseDisplay.satisfactions(strings)]])
        }
        if has.contains("merge") { form("merge", buttons: ["merge"], note: "field_note", extra: ["intoField": true]) }
        if has.contains("void") { form("void", buttons: ["void"], note: "field_reason") }
        return forms
    }

    @Sendable func step(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let strings = context.strings
        do {
            let form = try await CaseStepForm.read(request, context: context)
            let item = try await store.cases.find(id: id, by: principal)
            let steps = try form.steps(for: item, by: principal)
            _ = try await store.cases.act(on: id, steps, by: principal)
            return redirect(to: CaseRoute.detail.path(id).query(["done": steps.map(\.action).joined(separator: ",")]))
        } catch let failure as ValidationFailure {
            return try await renderDetail(id: id, context: context, errors: failure.errors, status: .unprocessableContent)
        } catch CaseFlowError.invalid(let errors) {
            return try await renderDetail(id: id, context: context, errors: errors, status: .unprocessableContent)
        } catch is CaseMoved {
            return try await renderDetail(id: id, context: context, notice: strings["error_caseMoved"], status: .conflict)
        } catch CaseFlowError.notInState(let state) {
            let message = strings.format("error_caseState", ["state": strings["case_state_\(state.rawValue)"]])
            return try await renderDetail(id: id, context: context, notice: message, status: .conflict)
        } catch CaseFlowError.checkerIsHandler {
            return try await renderDetail(id: id, context: context, notice: strings["error_checkerIsHandler"], status: .forbidden)
        }
    }

    @Sendable func revealPhone(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await Reveal.onPage(request, context: context, needs: .handleCases) { principal, form in
            let phone = try await store.cases.revealReporterPhone(
                of: id, reason: form["reason"] ?? "", by: principal, clientAddress: context.clientAddress)
            return try await renderDetail(id: id, context: context, revealed: phone.isEmpty ? "—" : phone)
        } refused: { errors, _ in
            try await renderDetail(id: id, context: context, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func photo(request: Request, context: AppRequestContext) async throws -> Response {
        let photo = try await store.cases.photo(try context.parameters.require("photo"), by: try context.requirePrincipal())
        return CasesAPI.image(photo)
    }
}

/// A report as a page's form gives it: text fields and photo files.
enum ReportForm {
    static func report(
        _ fields: [String: String], files: [MultipartForm.File], source: CaseSource, communityCode: String?
    ) throws -> CaseReport {
        func value(_ name: String) -> String? {
            fields[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        var problems: [FieldError] = []
        let photos: [Photo]
        do {
            photos = try CaseStepForm.photos(files)
        } catch let failure as ValidationFailure {
            problems += failure.errors
            photos = []
        }
        let report = CaseReport(
            source: source, categoryCode: fields["categoryCode"] ?? "",
            urgency: value("urgency").flatMap(Urgency.init(rawValue:)) ?? .routine, description: fields["description"] ?? "",
            address: fields["address"] ?? "", latitude: value("latitude").flatMap(Double.init),
            longitude: value("longitude").flatMap(Double.init), buildingID: value("buildingID"),
            communityCode: value("communityCode") ?? communityCode, reporterName: fields["reporterName"] ?? "",
            reporterPhone: fields["reporterPhone"] ?? "", anonymous: fields["anonymous"] == "1", photos: photos)
        do {
            try report.validate()
        } catch {
            problems += error.errors
        }
        if !problems.isEmpty { throw ValidationFailure(problems) }
        return report
    }
}
