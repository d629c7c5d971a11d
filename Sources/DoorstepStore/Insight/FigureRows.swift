import DoorstepCore
import Foundation
import SQLKit

/// Which of a figure's row sets: its value (a rate's numerator), or a rate's denominator.
public enum FigurePart: String, Sendable, Codable, CaseIterable {
    case value
    case denominator
}

/// Every registered figure's records as rows of one shape — `kind`, `id`, `day` (a day or a UTC time), `summary`,
/// `by_name`, `amount`, `community_code` and `grid_code` (null for what belongs to a community as a whole) — so one
/// count, one breakdown and one list serve them all (decision 31). A record that appears once per grid (a branch
/// answering for two grids) is counted once above the grids: counts are of distinct ids, or sums of amounts where
/// the figure adds up amounts.
enum FigureRows {
    /// How a figure's rows make its value.
    enum Aggregate {
        /// Rows, where each row is its own record: counted from the indexes alone.
        case rows
        /// Distinct records, where one record may stand in several rows (a branch answering for two grids).
        case distinct
        /// The sum of the rows' amounts (人次, half-hours, points).
        case sum
    }

    static func aggregate(_ key: FigureKey) -> Aggregate {
        switch key {
        case .pointsAwarded, .clinicServed, .volunteerHours, .peopleServed: .sum
        case .partyBranches, .partyGroups, .orgLifeMeetings, .vanguardTeamMembers, .linkedHouseholds, .afterSchoolChildren,
            .aidOrganisations, .aidPeopleReached, .partnersWithAgreements:
            .distinct
        default: .rows
        }
    }

    /// The bounds a period is compared with: its days, and the UTC instants of its China days.
    struct Bounds {
        let first: String
        let last: String
        let start: String
        let end: String

        init(_ period: ReportingPeriod) {
            first = period.first.description
            last = period.last.description
            start = Timestamp.format(period.start)
            end = Timestamp.format(period.end)
        }
    }

    static func rows(_ key: FigureKey, _ part: FigurePart, _ period: ReportingPeriod) -> SQLQueryString {
        let bounds = Bounds(period)
        if let rows = organisation(key, part, bounds) ?? partyWork(key, part, bounds, period) ?? services(key, bounds)
            ?? coBuilding(key, period) ?? loop(key, part, bounds, period)
        {
            return rows
        }
        preconditionFailure("no rows for \(key)")
    }

    /// The condition that keeps rows to a territory.
    static func within(_ scope: TerritoryScope) -> SQLQueryString {
        switch scope.level {
        // A street's communities are the codes that begin with its own, listed: each is then one seek into an index
        // by community and day, where a range of communities reads every day of each.
        case .street:
            """
            x.community_code IN (SELECT code FROM communities WHERE code >= \(bind: scope.code) \
            AND code < \(bind: successor(of: scope.code)))
            """
        case .community: "x.community_code = \(bind: scope.code)"
        case .grid: "x.grid_code = \(bind: scope.code)"
        }
    }

    static func measure(_ key: FigureKey) -> SQLQueryString {
        switch aggregate(key) {
        case .rows: "COUNT(*)"
        case .distinct: "COUNT(DISTINCT x.id)"
        case .sum: "CAST(COALESCE(SUM(x.amount), 0) AS BIGINT)"
        }
    }

    /// The first code after every code that begins with `prefix` (digits: the last one raised by one, `9` to `:`).
    static func successor(of prefix: String) -> String {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return prefix }
        return String(prefix.unicodeScalars.dropLast()) + String(Character(next))
    }
}
