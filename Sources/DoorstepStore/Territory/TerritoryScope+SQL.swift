import DoorstepCore
import SQLKit

extension TerritoryScope {
    /// The condition that keeps a table's rows to this scope. Tables carry their territory as columns; `grid` names
    /// the column holding the grid code (`code` in the grids table itself).
    func condition(
        street: String = "street_code", community: String = "community_code", grid: String = "grid_code"
    ) -> SQLQueryString {
        switch level {
        case .street: "\(unsafeRaw: street) = \(bind: code)"
        case .community: "\(unsafeRaw: community) = \(bind: code)"
        case .grid: "\(unsafeRaw: grid) = \(bind: code)"
        }
    }
}

extension TerritoryScope {
    /// The condition that keeps rows held per community (teams, meetings, posts) to the communities this scope
    /// reaches: a street's communities, the community itself, or the community a grid lies in.
    func communityCondition(_ column: String = "community_code") -> SQLQueryString {
        switch level {
        case .street: "\(unsafeRaw: column) LIKE \(bind: code + "%")"
        case .community: "\(unsafeRaw: column) = \(bind: code)"
        case .grid: "\(unsafeRaw: column) = \(bind: communityCode ?? "")"
        }
    }
}

/// The members of an organisation and, for a branch, of the groups under it: who a branch's meetings, rankings and
/// publications take in.
func inOrganisation(_ orgID: String, column: String = "org_id") -> SQLQueryString {
    "(\(unsafeRaw: column) = \(bind: orgID) OR \(unsafeRaw: column) IN (SELECT id FROM party_orgs WHERE parent_id = \(bind: orgID)))"
}
