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
        let query = AuditQuery(request)
        let before = request.uri.queryParameters["before"].flatMap { Int($0) }
        let pageSize = 50
        let entries = try await store.audit.entries(for: principal, filter: query.filter, before: before, limit: pageSize)
        let display = AuditDisplay(names: try await store.audit.names(for: entries, by: principal), strings: strings, principal: principal)
        var model: [String: Any] = [
            "canVerify": principal.can(.verifyAudit),
            "entries": entries.map { entry -> [String: Any] in
                var row: [String: Any] = [
                    "sequence": entry.sequence, "at": Display.time(entry.at), "actor": display.actor(entry),
                    "actorName": entry.actorName, "action": display.action(entry), "subject": display.subject(entry),
                    "subjectRaw": entry.subject, "details": display.details(entry), "detailRaw": entry.detail,
                    "reason": entry.reason ?? "",
                    "only": AuditRoute.show.path().query(["subject": entry.subject]),
                ]
                if let link = display.link(entry) { row["href"] = link }
                return row
            },
            "filter": query.values,
            "actions": AuditAction.allCases.map { ($0, strings["action_\($0.rawValue)"]) }.sorted { $0.1 < $1.1 }.map { action, name in
                ["code": action.rawValue, "name": name, "selected": query.filter.action == action] as [String: Any]
            },
            "kinds": strings.all.keys.filter { $0.hasPrefix("audit_kind_") }.sorted().map { key in
                let kind = String(key.dropFirst("audit_kind_".count))
                return ["code": kind, "name": strings[key], "selected": query.values["kind"] == kind] as [String: Any]
            },
            "fieldErrors": Display.fieldErrors(query.errors, strings),
            "export": [
                "xlsx": AuditRoute.exportXLSX.path().query(filter: query.values), "csv": AuditRoute.exportCSV.path().query(filter: query.values),
            ],
        ]
        if let subject = query.values["subject"] {
            model["onlyRecord"] = strings.format("audit_only_record", ["record": entries.first.map(display.subject) ?? subject])
        }
        if entries.count == pageSize, let last = entries.last {
            model["older"] = AuditRoute.show.path().query(filter: query.values.merging(["before": String(last.sequence)]) { $1 })
        }
        if let verification { model["verification"] = Self.describe(verification, strings) }
        return pages.page("audit", title: strings["audit_title"], model: model, context: context)
    }

    /// The rows the filter keeps, newest first, as a file (at most `exportLimit` rows): the words of the page and,
    /// beside them, the raw fields as stored, for whoever checks the log against its hashes.
    @Sendable func export(request: Request, context: AppRequestContext) async throws -> Response {
        let principal = try context.require(.viewAudit)
        let strings = context.strings
        let query = AuditQuery(request)
        var rows: [[String]] = []
        var before: Int?
        while rows.count < Self.exportLimit {
            let entries = try await store.audit.entries(for: principal, filter: query.filter, before: before, limit: 1_000)
            let display = AuditDisplay(names: try await store.audit.names(for: entries, by: principal), strings: strings, principal: principal)
            rows += entries.map { entry in
                [
                    String(entry.sequence), Display.time(entry.at), display.actor(entry), display.action(entry), display.subject(entry),
                    display.details(entry).joined(separator: strings.language == .zhCN ? "；" : "; "), entry.reason ?? "",
                    entry.actorName, entry.actionName, entry.subject, entry.detail == "{}" ? "" : entry.detail, entry.recordedAt,
                ]
            }
            guard entries.count == 1_000, let last = entries.last else { break }
            before = last.sequence
        }
        let header = [
            "audit_seq", "audit_at", "audit_actor", "audit_action", "audit_subject", "audit_detail", "audit_reason",
            "audit_raw_actor", "audit_raw_action", "audit_raw_subject", "audit_raw_detail", "audit_raw_at",
        ].map { strings[$0] }
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
