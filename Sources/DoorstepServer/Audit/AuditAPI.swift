import DoorstepCore
import DoorstepStore
import Hummingbird

/// The audit log of the caller's territory, and the chain's integrity check.
struct AuditAPI: Sendable {
    let store: Store

    func register(on router: Router<AppRequestContext>) {
        router.get(AuditAPIRoute.list, use: list)
        router.get(AuditAPIRoute.verify, use: verify)
    }

    struct Entry: Encodable, Sendable {
        var sequence: Int
        var at: String
        var actorId: String?
        var actorName: String
        var action: String
        var subject: String
        var territoryCode: String?
        var detail: String
        var reason: String?
        var hash: String
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> ListPage<Entry> {
        let principal = try context.require(.viewAudit)
        let asked = ListQuery(request)
        let entries = try await store.audit.entries(for: principal, before: asked.cursor.flatMap { Int($0) }, limit: asked.limit)
        return ListPage(
            keyed: entries.map {
                Entry(
                    sequence: $0.sequence, at: $0.recordedAt, actorId: $0.actorID, actorName: $0.actorName,
                    action: $0.actionName, subject: $0.subject, territoryCode: $0.territoryCode, detail: $0.detail,
                    reason: $0.reason, hash: $0.hash)
            }, asked: asked, key: { String($0.sequence) })
    }

    struct Verification: ResponseEncodable, Sendable {
        var intact: Bool
        var rows: Int?
        var changedSequence: Int?
        var removedSequence: Int?
    }

    @Sendable func verify(request: Request, context: AppRequestContext) async throws -> Verification {
        _ = try context.require(.verifyAudit)
        switch try await store.audit.verify() {
        case .intact(let rows): return Verification(intact: true, rows: rows)
        case .changed(let seq): return Verification(intact: false, changedSequence: seq)
        case .removed(let seq): return Verification(intact: false, removedSequence: seq)
        }
    }
}
