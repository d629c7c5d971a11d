import DoorstepCore
import DoorstepStore
import SQLKit

/// The subjects of the audit rows of one action, oldest first: what a test checks to prove an act was audited.
public func auditSubjects(_ action: AuditAction, in store: Store) async throws -> [String] {
    try await store.database.read { sql in
        try await sql.raw("SELECT subject FROM audit_log WHERE action = \(bind: action.rawValue) ORDER BY seq").all()
            .map { try $0.decode(column: "subject", as: String.self) }
    }
}
