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
