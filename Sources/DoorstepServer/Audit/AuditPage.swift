import DoorstepCore
import DoorstepExchange
import DoorstepStore
import Hummingbird

/// The audit log of the signed-in account's territory, newest first, and the integrity check.
struct AuditPage: Sendable {
    let store: Store
    let pages: PageRenderer

    func register(on router: Router<AppRequestContext>) {
        router.get(AuditRoute.show, use: show)
        router.post(AuditRoute.verify, use: verify)
        router.get(AuditRoute.exportCSV, use: export)
        router.get(AuditRoute.exportXLSX, use: export)
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

    /// The whole log of the caller's territory, newest first, as a file (at most `exportLimit` rows).
    @Sendable func export(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewAudit)
        let strings = context.strings
        var rows: [[String]] = []
        var before: Int?
        while rows.count < Self.exportLimit {
            let entries = try await store.audit.entries(for: principal, before: before, limit: 1_000)
            rows += entries.map { entry in
                [
                    String(entry.sequence), Display.time(entry.at), entry.actorName,
                    entry.action.map { strings["action_\($0.rawValue)"] } ?? entry.actionName, entry.subject,
                    entry.detail == "{}" ? "" : entry.detail, entry.reason ?? "",
                ]
            }
            guard entries.count == 1_000, let last = entries.last else { break }
            before = last.sequence
        }
        let header = ["audit_seq", "audit_at", "audit_actor", "audit_action", "audit_subject", "audit_detail", "audit_reason"]
            .map { strings[$0] }
        return SheetFiles.download(
            [header] + rows.prefix(Self.exportLimit), as: SheetFormat(path: request.uri.path), name: "audit-log",
            sheetName: strings["audit_title"])
    }

    static let exportLimit = 100_000

    static func describe(_ verification: AuditVerification, _ strings: Strings) -> [String: String] {
        switch verification {
        case .intact(let rows): ["cssClass": "ok", "message": strings.format("audit_intact", ["rows": String(rows)])]
        case .changed(let seq): ["cssClass": "error", "message": strings.format("audit_changed", ["seq": String(seq)])]
        case .removed(let seq): ["cssClass": "error", "message": strings.format("audit_removed", ["seq": String(seq)])]
        }
    }
}
