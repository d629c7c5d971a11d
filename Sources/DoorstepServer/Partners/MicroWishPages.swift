import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 微心愿 on the web, made for a phone: the office and grid workers post wishes for residents in need; Party members
/// and partners claim them; the claimer or the office marks them fulfilled. A wish's page turns it into a need on the
/// three lists. Wishers appear only masked.
struct MicroWishPages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(MicroWishRoute.wishes, use: wishes)
        router.post(MicroWishRoute.wishes, use: post)
        router.get(MicroWishRoute.wish, use: wish)
        router.post(MicroWishRoute.act, use: act)
    }

    /// Those who post, claim or fulfil wishes; everyone else is turned away before anything is read.
    static func principal(_ context: AppRequestContext) throws -> Principal {
        let principal = try context.requirePrincipal()
        guard principal.can(.manageServices) || [Role.gridWorker, .partyMember, .partner].contains(principal.role) else {
            throw AppError.forbidden
        }
        return principal
    }

    static func mayPost(_ principal: Principal) -> Bool { principal.can(.manageServices) || principal.role == .gridWorker }

    static func mayClaim(_ principal: Principal) -> Bool { principal.role == .partyMember || principal.role == .partner }

    // MARK: - The list

    @Sendable func wishes(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderWishes(context: context)
    }

    func renderWishes(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let office = principal.can(.manageServices)
        let grids = (try? await store.territory.grids(for: principal)) ?? []
        let placeNames = try await namesOfPlaces(principal: principal, grids: grids)
        let wishes = try await store.microWishes.wishes(by: principal)
        let today = CalendarDay(containing: Date())
        var model: [String: Any] = [:]
        model["wishes"] = wishes.map { Self.wishItem($0, principal: principal, placeNames: placeNames, today: today, strings) }
        model["hasWishes"] = !wishes.isEmpty
        model["canPost"] = Self.mayPost(principal)
        model["claimHint"] = Self.mayClaim(principal)
        var gridChoices: [[String: Any]] = []
        if office {
            let whole: [String: Any] = ["code": "", "name": strings["wish_any_grid"], "selected": (form["gridCode"] ?? "").isEmpty]
            gridChoices.append(whole)
        }
        for grid in grids {
            let choice: [String: Any] = ["code": grid.code, "name": grid.name, "selected": form["gridCode"] == grid.code]
            gridChoices.append(choice)
        }
        model["grids"] = gridChoices
        model["categories"] = PartnerPages.categories(strings, selected: form["category"])
        model.merge(try await PartnerPages.communityChoice(principal, store: store, selected: form["community"])) { _, chosen in chosen }
        model["figures"] = false
        if office {
            let period = ReportingPeriod(first: CalendarDay(today.year, 1, 1), last: today)
            let figures = try await store.coBuildingFigures(period: period, by: principal)
            var counts = JointMeetingPages.figuresModel(figures)
            counts["from"] = period.first.description
            counts["to"] = period.last.description
            model["figures"] = counts
        }
        model["fieldErrors"] = Self.messages(errors, strings)
        model["form"] = form
        return pages.page("microWishes", title: strings["wishes_title"], model: model, context: context, status: status)
    }

    @Sendable func post(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        return try await Form.submit(request, context: context, as: principal) { form in
            let community = (form["community"] ?? "").isEmpty ? nil : form["community"]
            _ = try await store.microWishes.post(
                NewMicroWish(
                    wisher: form["wisher"] ?? "", wish: form["wish"] ?? "", category: form["category"] ?? "",
                    gridCode: form["gridCode"] ?? ""),
                communityCode: community, by: principal)
            return MicroWishRoute.wishes.path()
        } refused: { errors, fields in
            try await renderWishes(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    // MARK: - One wish

    @Sendable func wish(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderWish(id: try context.parameters.require("id"), context: context)
    }

    func renderWish(
        id: String, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try Self.principal(context)
        let strings = context.strings
        let wish = try await store.microWishes.wish(id, by: principal)
        let placeNames = try await namesOfPlaces(principal: principal, grids: (try? await store.territory.grids(for: principal)) ?? [])
        let today = CalendarDay(containing: Date())
        let office = principal.can(.manageServices)
        let needs = try await store.microWishes.needs(fromWish: id, by: principal)
        var model: [String: Any] = [:]
        model["wish"] = Self.wishItem(wish, principal: principal, placeNames: placeNames, today: today, strings)
        model["needs"] = needs.map { need -> [String: Any] in
            [
                "id": need.id, "description": need.description, "span": "\(need.wantedFrom) – \(need.wantedUntil)",
                "status": strings[need.projectID == nil ? "need_open" : "need_matched"], "link": office,
            ]
        }
        model["hasNeeds"] = !needs.isEmpty
        model["canMakeNeed"] = Self.mayPost(principal)
        var typed = form
        if typed["description"] == nil { typed["description"] = wish.wish }
        if typed["wantedFrom"] == nil { typed["wantedFrom"] = today.description }
        if typed["wantedUntil"] == nil { typed["wantedUntil"] = today.adding(days: 30).description }
        model["form"] = typed
        model["fieldErrors"] = Self.messages(errors, strings)
        return pages.page("microWish", title: wish.wish, model: model, context: context, status: status)
    }

    /// Claim, fulfil, or make a need of a wish; a refusal comes back to the page it was asked from (`back=wish` for
    /// the wish's own page).
    @Sendable func act(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try Self.principal(context)
        let id = try context.parameters.require("id")
        let action = try context.parameters.require("action")
        return try await Form.submit(request, context: context, as: principal) { form in
            switch action {
            case "claim":
                _ = try await store.microWishes.claim(wishID: id, claimerName: form["claimerName"] ?? "", by: principal)
            case "fulfil":
                _ = try await store.microWishes.fulfil(wishID: id, on: form["fulfilledOn"] ?? "", by: principal)
            case "need":
                // The need is of the wish's place and category; only its words and days are typed.
                let wish = try await store.microWishes.wish(id, by: principal)
                _ = try await store.lists.addNeed(
                    NewNeed(
                        placeCode: wish.gridCode ?? wish.communityCode, category: wish.category.rawValue,
                        description: form["description"] ?? "", wantedFrom: form["wantedFrom"] ?? "",
                        wantedUntil: form["wantedUntil"] ?? "", source: NeedSource.microWish.rawValue, sourceID: id),
                    by: principal)
                return MicroWishRoute.wish.path(id)
            default: throw AppError.notFound
            }
            return form["back"] == "wish" ? MicroWishRoute.wish.path(id) : MicroWishRoute.wishes.path()
        } refused: { errors, fields in
            if fields["back"] == "wish" || action == "need" {
                return try await renderWish(id: id, context: context, errors: errors, form: fields, status: .unprocessableContent)
            }
            return try await renderWishes(context: context, errors: errors, status: .unprocessableContent)
        }
    }

    // MARK: - Shared

    /// The names of the communities and grids the caller can see, to say where a wish is.
    func namesOfPlaces(principal: Principal, grids: [Grid]) async throws -> [String: String] {
        var names: [String: String] = [:]
        for community in (try? await store.territory.communities(for: principal)) ?? [] { names[community.code] = community.name }
        for grid in grids { names[grid.code] = grid.name }
        return names
    }

    static func wishItem(
        _ wish: MicroWish, principal: Principal, placeNames: [String: String], today: CalendarDay, _ strings: Strings
    ) -> [String: Any] {
        let office = principal.can(.manageServices)
        let open = wish.status == .posted
        let mine = wish.claimedByAccount != nil && wish.claimedByAccount == principal.accountID
        var item: [String: Any] = [:]
        item["id"] = wish.id
        item["wish"] = wish.wish
        item["wisher"] = wish.wisherMasked
        item["category"] = strings["service_category_\(wish.category.rawValue)"]
        // A member sees only their own grid's name; a wish elsewhere in the community shows no place rather than a code.
        item["place"] = Display.shown(placeNames[wish.gridCode ?? wish.communityCode])
        item["postedOn"] = wish.postedOn.description
        item["status"] = strings["wish_status_\(wish.status.rawValue)"]
        item["statusCode"] = wish.status.rawValue
        item["claimedBy"] = Display.shown(wish.claimedByName)
        item["fulfilledOn"] = Display.shown(wish.fulfilledOn?.description)
        item["canClaim"] = open && mayClaim(principal)
        item["canRecordClaim"] = open && office
        item["canFulfil"] = wish.status == .claimed && (office || mine)
        item["canOpen"] = mayPost(principal)
        item["today"] = today.description
        return item
    }

    /// Refusals whose general wording would not say what happened.
    static let clearer: [FieldError: String] = [
        FieldError("claimedBy", .alreadyExists): "wish_already_claimed",
        FieldError("claimedBy", .notLinked): "wish_not_linked",
        FieldError("claimedBy", .required): "wish_not_claimed",
        FieldError("fulfilledOn", .alreadyExists): "wish_already_fulfilled",
    ]

    /// Fields whose general label says something else on other pages.
    static let labels: [String: String] = ["fulfilledOn": "wish_field_fulfilledOn", "description": "wish_field_description"]

    static func messages(_ errors: [FieldError], _ strings: Strings) -> [[String: String]] {
        CoBuildingMessages.messages(errors, strings, labels: labels, clearer: clearer)
    }
}
