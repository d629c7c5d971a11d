import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 亮承诺、亮身份 for the member: this year's pledges with progress and fulfilment, and the card they consent to
/// show on the public board.
struct PledgePages: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(PledgeRoute.page, use: page)
        router.post(PledgeRoute.pledge, use: pledge)
        router.post(PledgeRoute.progress, use: progress)
        router.post(PledgeRoute.fulfil, use: fulfil)
        router.post(PledgeRoute.card, use: card)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let flash = request.uri.queryParameters["done"].map { context.strings["pledge_done_\($0)"] }
        return try await render(context: context, flash: flash)
    }

    func render(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok,
        flash: String? = nil
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        let strings = context.strings
        guard let me = try await store.party.signedInMember(principal) else {
            throw AppError.validation([FieldError("memberID", .notLinked)])
        }
        let year = CalendarDay(containing: Date()).year
        let pledges = try await store.pledges.pledges(memberID: me.id, year: year, by: principal)
        let consent = try await store.pledges.card(by: principal)
        let model: [String: Any] = [
            "name": me.name, "year": year, "boardHref": BoardRoute.board.path(me.communityCode),
            "pledges": pledges.map { pledge in
                [
                    "id": pledge.id, "content": pledge.content, "due": pledge.dueOn, "fulfilled": pledge.isFulfilled,
                    "state": strings["pledge_state_\(pledge.state.rawValue)"],
                    "fulfilledOn": pledge.fulfilledOn ?? "", "evidence": pledge.evidence ?? "",
                    "progress": pledge.progress.map { ["day": $0.notedOn, "note": $0.note] },
                ] as [String: Any]
            },
            "card": [
                "published": consent.published, "showPhoto": consent.showPhoto, "showPosts": consent.showPosts,
                "showGrid": consent.showGrid, "showContact": consent.showContact, "contactPhone": consent.contactPhone,
            ] as [String: Any],
            "lastDay": "\(year)-12-31", "today": CalendarDay(containing: Date()).description,
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("pledges", title: strings["pledge_title"], model: model, context: context, status: status, flash: flash)
    }

    private func submit(
        _ request: Request, context: AppRequestContext, done: String, _ change: @Sendable (Form, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try context.require(.viewParty)
        return try await Form.submit(request, context: context, as: principal) { form in
            try await change(form, principal)
            return PledgeRoute.page.path().query(["done": done])
        } refused: { errors, fields in
            try await render(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func pledge(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context, done: "pledged") { form, principal in
            _ = try await store.pledges.pledge(content: form["content"] ?? "", dueOn: form["dueOn"] ?? "", by: principal)
        }
    }

    @Sendable func progress(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "progress") { form, principal in
            _ = try await store.pledges.noteProgress(pledgeID: id, note: form["note"] ?? "", by: principal)
        }
    }

    @Sendable func fulfil(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context, done: "fulfilled") { form, principal in
            _ = try await store.pledges.fulfil(pledgeID: id, evidence: form["evidence"] ?? "", by: principal)
        }
    }

    /// The card's consent choices, and a new photo when one is chosen.
    @Sendable func card(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewParty)
        let form = try await MultipartForm.read(request)
        try form.checkCSRF(context)
        let fields = form.fields
        do {
            var photo: Photo?
            if let file = form.files["photo"]?.first {
                do { photo = try Photo(checking: file.bytes) } catch { throw ValidationFailure([FieldError("photo", error)]) }
            }
            try await store.pledges.setCard(
                MemberCardConsent(
                    published: fields["published"] == "1", showPhoto: fields["showPhoto"] == "1", showPosts: fields["showPosts"] == "1",
                    showGrid: fields["showGrid"] == "1", showContact: fields["showContact"] == "1",
                    contactPhone: (fields["contactPhone"] ?? "").trimmingCharacters(in: .whitespaces)),
                photo: photo, by: principal)
            return redirect(to: PledgeRoute.page.path().query(["done": "card"]))
        } catch let failure as ValidationFailure {
            return try await render(context: context, errors: failure.errors, form: fields, status: .unprocessableContent)
        }
    }
}
