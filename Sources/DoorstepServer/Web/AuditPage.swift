import DoorstepCore
import DoorstepStore
import Hummingbird

/// The audit log of the signed-in account's territory, newest first, and the integrity check.
struct AuditPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get("/audit", use: show)
        router.post("/audit/verify", use: verify)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(request: request, context: context, verification: nil)
    }

    @Sendable func verify(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.require(.verifyAudit)
        _ = try await Form.checked(request, context: context)
        return try await render(request: request, context: context, verification: try await store.audit.verify())
    }

    private func render(
        request: Request, context: AppRequestContext, verification: AuditVerification?
    ) async throws -> Response {
        let principal = try context.require(.viewAudit)
        let strings = context.strings
        let before = request.uri.queryParameters["before"].flatMap { Int($0) }
        let pageSize = 50
        let entries = try await store.audit.entries(for: principal, before: before, limit: pageSize)
        var model: [String: Any] = [
            "canVerify": principal.can(.verifyAudit),
            "entries": entries.map { entry -> [String: Any] in
                [
                    "sequence": entry.sequence, "at": Display.time(entry.at), "actor": entry.actorName,
                    "action": entry.action.map { strings["action_\($0.rawValue)"] } ?? entry.actionName,
                    "subject": entry.subject, "detail": entry.detail == "{}" ? "" : entry.detail,
                    "reason": entry.reason ?? "",
                ]
            },
        ]
        if entries.count == pageSize, let last = entries.last { model["older"] = last.sequence }
        if let verification { model["verification"] = Self.describe(verification, strings) }
        return pages.page("audit", title: strings["audit_title"], model: model, context: context)
    }

    static func describe(_ verification: AuditVerification, _ strings: Strings) -> [String: String] {
        switch verification {
        case .intact(let rows): ["cssClass": "ok", "message": strings.format("audit_intact", ["rows": String(rows)])]
        case .changed(let seq): ["cssClass": "error", "message": strings.format("audit_changed", ["seq": String(seq)])]
        case .removed(let seq): ["cssClass": "error", "message": strings.format("audit_removed", ["seq": String(seq)])]
        }
    }
}
