import DoorstepCore
import Foundation
import SQLKit

/// What an Open311 `GET requests` may filter on: the standard's parameters, already parsed.
public struct PublicRequestFilter: Sendable, Equatable {
    /// Case ids: Open311's `service_request_id`. The tracking code stays the reporter's own.
    public var ids: [String] = []
    public var categoryCodes: [String] = []
    public var community: String?
    public var from: Date?
    public var to: Date?
    /// Open311's two states: open (still being worked) or closed.
    public var open: Bool?
    public var limit = 1000

    public init() {}
}

/// A case as the public may read it, with the name of the community responsible. The location is rounded to about
/// a hundred metres and the description's long numbers masked.
public struct PublicRequest: Sendable, Equatable {
    public var item: Case
    public var communityName: String
}

extension CaseStore {
    /// Cases for Open311 clients, newest first. Public data: no names, phones or notes leave through here.
    public func publicRequests(_ filter: PublicRequestFilter) async throws -> [PublicRequest] {
        var conditions: [SQLQueryString] = ["\(unsafeRaw: Self.publicCondition)"]
        if !filter.ids.isEmpty { conditions.append("cases.id IN (\(binds: filter.ids))") }
        if !filter.categoryCodes.isEmpty { conditions.append("cases.category_code IN (\(binds: filter.categoryCodes))") }
        if let community = filter.community { conditions.append("cases.community_code = \(bind: community)") }
        if let from = filter.from { conditions.append("cases.created_at >= \(bind: Timestamp.format(from))") }
        if let to = filter.to { conditions.append("cases.created_at <= \(bind: Timestamp.format(to))") }
        if let open = filter.open {
            let closed = "('closed', 'evaluated', 'rejected', 'voided')"
            conditions.append(open ? "cases.state NOT IN \(unsafeRaw: closed)" : "cases.state IN \(unsafeRaw: closed)")
        }
        let condition = conditions.allOf
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT cases.*, communities.name AS community_name FROM cases
                JOIN communities ON communities.code = cases.community_code
                WHERE \(condition) ORDER BY cases.created_at DESC LIMIT \(bind: filter.limit)
                """
            ).all().map {
                var item = try CaseRow.decode($0)
                item.description = Masking.freeText(item.description)
                item.latitude = item.latitude.map { ($0 * 1000).rounded() / 1000 }
                item.longitude = item.longitude.map { ($0 * 1000).rounded() / 1000 }
                return PublicRequest(item: item, communityName: try $0.string("community_name"))
            }
        }
    }
}
