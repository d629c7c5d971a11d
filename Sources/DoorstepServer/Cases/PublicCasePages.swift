import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// The pages a resident uses without an account: report a problem, follow it by its tracking code and rate the
/// result, and read a community's cases. Nothing personal is shown; large type on request (a cookie remembers).
struct PublicCasePages: Sendable {
    let store: Store
    let pages: PageRenderer
    let cookies: CookieFactory
    static let csrfCookie = "doorstep_public_csrf"
    static let largeCookie = "doorstep_large"

    func register(on router: Router<AppRequestContext>) {
        router.get(PublicCaseRoute.reportForm, use: reportForm)
        router.post(PublicCaseRoute.reportForm, use: submitReport)
        router.get(PublicCaseRoute.lookup, use: lookup)
        router.get(PublicCaseRoute.track, use: track)
        router.post(PublicCaseRoute.rate, use: rate)
        router.get(PublicCaseRoute.list, use: list)
    }

    /// Renders a public page with its own CSRF cookie (there is no session) and the large-type preference.
    private func render(
        _ template: String, title: String, model: [String: Any], request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let asked = request.uri.queryParameters["large"].map(String.init)
        let large = asked.map { $0 == "1" } ?? (request.cookies[Self.largeCookie]?.value == "1")
        let token = request.cookies[Self.csrfCookie]?.value ?? Secrets.token()
        var response = pages.page(
            template, title: title, model: model, context: context, status: status, extraCSRF: token, large: large)
        response.setCookie(cookies.make(name: Self.csrfCookie, value: token, request: request))
        if let asked {
            response.setCookie(cookies.make(name: Self.largeCookie, value: asked == "1" ? "1" : "0", request: request, maxAge: 365 * 86400))
        }
        return response
    }

    private func checkCSRF(_ fields: [String: String], request: Request) throws {
        guard let expected = request.cookies[Self.csrfCookie]?.value, let given = fields["_csrf"],
            Secrets.constantTimeEquals(expected, given)
        else { throw AppError.csrfFailed }
    }

    @Sendable func reportForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderReport(request: request, context: context)
    }

    private func renderReport(
        request: Request, context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let strings = context.strings
        let communities = try await store.territory.publicCommunities()
        let chosen = form["communityCode"] ?? request.uri.queryParameters["community"].map(String.init) ?? communities.first?.code
        let categories = try await store.categories.categories(community: chosen ?? "")
        let model: [String: Any] = [
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
            "anonymous": form["anonymous"] == "1",
            // The form's own key: a double tap, or a resend after a lost answer, files one case.
            "formKey": form["formKey"] ?? Secrets.token(bytes: 16),
            "communities": communities.map { ["code": $0.code, "name": $0.name, "selected": $0.code == chosen] as [String: Any] },
            "groups": CaseDisplay.groups(categories, selected: form["categoryCode"], strings: strings),
        ]
        return render("publicReport", title: strings["public_report_title"], model: model, request: request, context: context, status: status)
    }

    @Sendable func submitReport(request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await MultipartForm.read(request)
        try checkCSRF(form.fields, request: request)
        try await store.auth.admitPublicPost(context)
        do {
            let report = try ReportForm.report(form.fields, files: form.files["photos"] ?? [], source: .selfReport, communityCode: nil)
            let key = form.fields["formKey"].flatMap { $0.isEmpty ? nil : $0 }
            let (item, _) = try await store.cases.report(report, by: nil, idempotencyKey: key)
            return redirect(to: PublicCaseRoute.track.path(item.trackingCode).query(["new": "1"]))
        } catch let failure as ValidationFailure {
            return try await renderReport(
                request: request, context: context, errors: failure.errors, form: form.fields.filter { $0.key != "_csrf" },
                status: .unprocessableContent)
        }
    }

    @Sendable func lookup(request: Request, context: AppRequestContext) async throws -> Response {
        if let code = request.uri.queryParameters["code"].map(String.init), !code.isEmpty {
            let cleaned = code.uppercased().filter { $0.isLetter || $0.isNumber }
            do {
                _ = try await store.cases.track(cleaned)
                return redirect(to: PublicCaseRoute.track.path(cleaned))
            } catch StoreError.notFound {
                return render(
                    "trackLookup", title: context.strings["public_track_title"],
                    model: ["error": context.strings["public_track_unknown"]], request: request, context: context,
                    status: .notFound)
            }
        }
        return render("trackLookup", title: context.strings["public_track_title"], model: [:], request: request, context: context)
    }

    @Sendable func track(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderTrack(code: try context.parameters.require("code"), request: request, context: context)
    }

    private func renderTrack(
        code: String, request: Request, context: AppRequestContext, errors: [FieldError] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let strings = context.strings
        let tracked = try await store.cases.track(code)
        var model: [String: Any] = [
            "created": request.uri.queryParameters["new"] == "1", "category": strings.category(tracked.categoryName),
            "community": tracked.communityName, "state": strings["case_state_\(tracked.state.rawValue)"],
            "tracking": tracked.trackingCode, "link": PublicCaseRoute.track.path(tracked.trackingCode), "description": tracked.description,
            "reportedAt": Display.time(tracked.reportedAt), "version": tracked.version,
            "fieldErrors": Display.fieldErrors(errors, strings),
            "history": tracked.history.map { CaseDisplay.line($0, strings, showActor: false) },
        ]
        if tracked.state == .closed { model["rate"] = ["satisfactions": CaseDisplay.satisfactions(strings)] }
        if let evaluation = CaseDisplay.evaluation(tracked.evaluation, strings) { model["evaluation"] = evaluation }
        return render("track", title: strings["public_track_title"], model: model, request: request, context: context, status: status)
    }

    @Sendable func rate(request: Request, context: AppRequestContext) async throws -> Response {
        let code = try context.parameters.require("code")
        let form = try await Form.read(request)
        try checkCSRF(form.fields, request: request)
        do {
            _ = try await store.cases.evaluate(
                trackingCode: code,
                CaseStep(
                    action: "evaluate", version: form["version"].flatMap(Int.init) ?? 0, note: form["note"] ?? "",
                    solved: form["solved"].map { $0 == "1" }, satisfaction: form["satisfaction"].flatMap(Satisfaction.init(rawValue:))))
            return redirect(to: PublicCaseRoute.track.path(code))
        } catch let failure as ValidationFailure {
            return try await renderTrack(code: code, request: request, context: context, errors: failure.errors, status: .unprocessableContent)
        } catch is CaseMoved {
            return redirect(to: PublicCaseRoute.track.path(code))
        } catch CaseFlowError.notInState {
            return redirect(to: PublicCaseRoute.track.path(code))
        }
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let strings = context.strings
        let communities = try await store.territory.publicCommunities()
        let chosen = request.uri.queryParameters["community"].map(String.init) ?? communities.first?.code ?? ""
        let paging = OpenPaging(request)
        let cases = try await store.cases.publicList(community: chosen, offset: paging.offset, limit: paging.fetch)
        let model: [String: Any] = [
            "communities": communities.map { ["code": $0.code, "name": $0.name, "selected": $0.code == chosen] as [String: Any] },
            "cases": paging.shown(cases).map {
                [
                    "reportedAt": Display.time($0.reportedAt), "category": strings.category($0.categoryName),
                    "description": String($0.description.prefix(80)), "state": strings["case_state_\($0.state.rawValue)"],
                ]
            },
            "pager": paging.model(found: cases.count, link: PublicCaseRoute.list.path().query(["community": chosen]), strings: strings),
        ]
        return render("publicCases", title: strings["public_list_title"], model: model, request: request, context: context)
    }
}
