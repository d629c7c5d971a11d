import DoorstepCore
import DoorstepStore
import Foundation
import Hummingbird

/// 社情民意 for those who handle them: the open opinions of the territory, each answered or turned into a case in
/// one step, and an opinion heard at a meeting or on the hotline written down.
struct OpinionsPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(OpinionsRoute.page, use: page)
        router.post(OpinionsRoute.page, use: record)
        router.post(OpinionsRoute.answer, use: answer)
        router.post(OpinionsRoute.raiseCase, use: raiseCase)
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context: context)
    }

    func render(
        context: AppRequestContext, errors: [FieldError] = [], form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = try context.require(.recordVisits)
        let strings = context.strings
        let opinions = try await store.opinions.opinions(for: principal)
        let community = principal.scope.communityCode ?? ""
        let categories = community.isEmpty ? [] : try await store.categories.categories(community: community)
        let model: [String: Any] = [
            "opinions": opinions.map { opinion in
                [
                    "id": opinion.id, "day": opinion.collectedOn, "topic": strings["topic_\(opinion.topic.rawValue)"],
                    "content": opinion.content, "collector": opinion.collectorName,
                    "source": strings["opinion_source_\(opinion.source.rawValue)"], "status": strings["opinion_\(opinion.status.rawValue)"],
                    "answer": Display.shown(opinion.answer), "caseHref": Display.shown(opinion.caseID.map { CaseRoute.detail.path($0) }),
                    "open": opinion.status == .open,
                ] as [String: Any]
            },
            "canHandle": principal.can(.handleCases),
            "groups": CaseDisplay.groups(categories, selected: nil, strings: strings),
            "topics": OpinionTopic.allCases.map { ["code": $0.rawValue, "name": strings["topic_\($0.rawValue)"]] },
            "sources": [OpinionSource.meeting, .hotline, .publicPage].map {
                ["code": $0.rawValue, "name": strings["opinion_source_\($0.rawValue)"]]
            },
            "today": CalendarDay(containing: Date()).description,
            "fieldErrors": Display.fieldErrors(errors, strings), "form": form,
        ]
        return pages.page("opinions", title: strings["opinions_title"], model: model, context: context, status: status)
    }

    private func submit(
        _ request: Request, context: AppRequestContext, _ change: @Sendable (Form, Principal) async throws -> Void
    ) async throws -> Response {
        let principal = try context.requirePrincipal()
        return try await Form.submit(request, context: context, as: principal) { form in
            try await change(form, principal)
            return OpinionsRoute.page.path()
        } refused: { errors, fields in
            try await render(context: context, errors: errors, form: fields, status: .unprocessableContent)
        }
    }

    @Sendable func record(request: Request, context: AppRequestContext) async throws -> Response {
        try await submit(request, context: context) { form, principal in
            _ = try await store.opinions.record(
                NewOpinion(
                    source: OpinionSource(rawValue: form["source"] ?? "") ?? .meeting,
                    topic: OpinionTopic(rawValue: form["topic"] ?? "") ?? .other, content: form["content"] ?? ""),
                communityCode: nil, householdID: nil, collectedOn: form["collectedOn"] ?? "", by: principal)
        }
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context) { form, principal in
            _ = try await store.opinions.answer(id, answer: form["answer"] ?? "", by: principal)
        }
    }

    @Sendable func raiseCase(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        return try await submit(request, context: context) { form, principal in
            _ = try await store.opinions.raiseCase(
                id, RaisedCase(categoryCode: form["categoryCode"] ?? "", description: form["description"] ?? ""), by: principal)
        }
    }
}
