import DoorstepCore
import Hummingbird

/// The audit log's filter as a page or an export asks for it (`actor`, `action`, `kind`, `subject`, `from`, `to`).
/// A day that does not read, or an unknown action, is reported against its field; the rest of the filter still applies.
struct AuditQuery {
    var filter = AuditFilter()
    var errors: [FieldError] = []
    /// The query as given, to fill the form again and to keep in links to older rows and the export.
    var values: [String: String] = [:]

    init(_ request: Request) {
        let query = request.uri.queryParameters
        for name in ["actor", "action", "kind", "subject", "from", "to"] {
            let value = (query[name[...]].map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { values[name] = value }
        }
        filter.actor = values["actor"]
        if let action = values["action"] {
            filter.action = AuditAction(rawValue: action)
            if filter.action == nil { errors.append(FieldError("action", .unknownValue(allowed: AuditAction.allCases.map(\.rawValue)))) }
        }
        filter.subject = values["subject"] ?? values["kind"].map { AuditSubject($0).kind }
        for (name, value) in [("from", values["from"]), ("to", values["to"])] {
            guard let value else { continue }
            guard let day = CalendarDay(iso: value) else { errors.append(FieldError(name, .dateFormat)); continue }
            if name == "from" { filter.from = day } else { filter.to = day }
        }
        if let from = filter.from, let to = filter.to, to < from {
            errors.append(FieldError("to", .beforeStart))
            filter.to = nil
        }
    }
}
