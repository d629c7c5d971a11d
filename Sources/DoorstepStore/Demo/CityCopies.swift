import SQLKit

/// The statements that copy the demo's work into one street of the city (each ends in a condition the caller
/// extends with the street). Columns not named here are copied as they are, so a column a later migration adds is
/// carried without touching this file; the ones named move the record: to the city grid `g`, into copy `k`'s time,
/// onto the city's own offices.
struct CityCopies: Sendable {
    var all: [String] = []

    init(sql: any SQLDatabase, copies: Int) async throws {
        func columns(_ table: String) async throws -> [String] {
            try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().map { try $0.string("name") }
        }
        let sources = try await sql.raw("SELECT COUNT(*) AS n FROM city_cases").first()!.int("n")
        let grids = try await sql.raw("SELECT COUNT(*) AS n FROM city_grids").first()!.int("n")
        guard grids * copies * max(sources, 1) < 1 << 27 else { throw CityBuilder.Refusal.tooLarge }
        let number = "((g.n * \(copies) + k.k) * \(max(sources, 1)) + x.rank_n)"
        all.append(
            Self.insert(
                "cases", try await columns("cases"),
                [
                    "id": Self.copy("x.rank_n"), "tracking_code": Self.trackingCode(number),
                    "street_code": "g.street_code", "community_code": "g.community_code", "grid_code": "g.code",
                    "building_id": "CASE WHEN x.building_id IS NULL THEN NULL ELSE g.code || '~' || x.building_id END",
                    "latitude": "x.latitude + 0.05 * g.street_n", "longitude": "x.longitude + 0.004 * (g.n % 200)",
                    "reporter_account_id": "NULL", "created_by": Self.office("x.created_by"),
                    "handler_account_id": Self.office("x.handler_account_id"),
                    "handler_name": "CASE WHEN x.handler_account_id IS NULL THEN x.handler_name ELSE \(Self.officeName("x.handler_account_id", "x.handler_name")) END",
                    "handled_by": Self.office("x.handled_by"), "checked_by": Self.office("x.checked_by"),
                    "extension_requested_by": Self.office("x.extension_requested_by"),
                    "merged_into": Self.copy(Self.rank(of: "x.merged_into")),
                    "shelved_review_on": "date(x.shelved_review_on, k.shift)", "review_reminded_on": "date(x.review_reminded_on, k.shift)",
                ].merging(Self.shifted(["dispatched_at", "responded_at", "warn_at", "deadline", "paused_at", "extension_requested_at",
                    "escalate_at", "feedback_at", "closed_at", "evaluated_at", "created_at", "updated_at"])) { $1 },
                from: "city_grids g CROSS JOIN city_copies k JOIN city_cases x ON x.grid_code = g.source_grid",
                where: "(k.past = 0 OR x.finished = 1)"))
        all.append(
            Self.insert(
                "case_events", try await columns("case_events"),
                [
                    "case_id": Self.copy("c.rank_n"), "at": Self.shift("x.at"),
                    "actor_id": "COALESCE(\(Self.office("x.actor_id")), x.actor_id)",
                    "actor_name": Self.officeName("x.actor_id", "x.actor_name"),
                ],
                from: """
                    city_grids g CROSS JOIN city_copies k JOIN city_cases c ON c.grid_code = g.source_grid
                    JOIN city_events x ON x.case_id = c.id
                    """,
                where: "(k.past = 0 OR c.finished = 1)"))
        // A household is visited once a day by one visitor: two demo visitors on one day become the same city
        // worker, and only the first visit stays, as the registry's own rule would have it.
        all.append(
            Self.insert(
                "visits", try await columns("visits"),
                [
                    "id": Self.copy("x.rank_n"), "street_code": "g.street_code", "community_code": "g.community_code",
                    "grid_code": "g.code", "household_id": "g.code || '~' || x.household_id", "member_id": "NULL",
                    "visitor_account_id": "g.worker_id", "visitor_name": "g.worker_name", "visited_on": "date(x.visited_on, k.shift)",
                    "opinion_id": "NULL", "activity_id": "NULL", "photo_type": "NULL", "photo": "NULL",
                    "case_id": Self.copy(Self.rank(of: "x.case_id")),
                    "created_at": Self.shift("x.created_at"),
                ],
                from: "city_grids g CROSS JOIN city_copies k JOIN city_visits x ON x.grid_code = g.source_grid",
                where: "1 = 1", orIgnore: true))
        all += try await Self.volunteering(columns)
    }

    /// Each city community registers its demo community's volunteers once and holds its activities and sign-ups
    /// once a copy.
    static func volunteering(_ columns: (String) async throws -> [String]) async throws -> [String] {
        let community = "city_communities g"
        let volunteer = "g.code || '~' || x.volunteer_id"
        return [
            insert(
                "volunteers", try await columns("volunteers"),
                [
                    "id": "g.code || '~' || x.id", "street_code": "g.street_code", "community_code": "g.code",
                    "resident_id": "NULL", "account_id": "NULL",
                ],
                from: "\(community) JOIN city_volunteers x ON x.community_code = g.source_community", where: "1 = 1"),
            insert(
                "volunteer_activities", try await columns("volunteer_activities"),
                [
                    "id": "g.code || '~' || k.k || '~' || x.id", "street_code": "g.street_code", "community_code": "g.code",
                    "team_id": "NULL", "organiser_account_id": "g.secretary_id",
                ].merging(shifted(["starts_at", "ends_at", "created_at"])) { $1 },
                from: "\(community) CROSS JOIN city_copies k JOIN city_volunteer_activities x ON x.community_code = g.source_community",
                where: "1 = 1"),
            insert(
                "signups", try await columns("signups"),
                [
                    "id": "g.code || '~' || k.k || '~' || x.id", "activity_id": "g.code || '~' || k.k || '~' || x.activity_id",
                    "volunteer_id": volunteer, "street_code": "g.street_code", "community_code": "g.code",
                    "confirmed_by": "CASE WHEN x.confirmed_by IS NULL THEN NULL ELSE g.secretary_id END",
                ].merging(shifted(["checked_in_at", "checked_out_at", "confirmed_at", "created_at"])) { $1 },
                from: """
                    \(community) CROSS JOIN city_copies k JOIN city_volunteer_activities a ON a.community_code = g.source_community
                    JOIN city_signups x ON x.activity_id = a.id
                    """,
                where: "EXISTS (SELECT 1 FROM city_volunteers v WHERE v.id = x.volunteer_id AND v.community_code = g.source_community)"),
        ]
    }

    static func insert(
        _ table: String, _ columns: [String], _ overrides: [String: String], from: String, where condition: String,
        orIgnore: Bool = false
    ) -> String {
        let values = columns.map { overrides[$0] ?? "x.\($0)" }
        return """
            INSERT \(orIgnore ? "OR IGNORE " : "")INTO \(table) (\(columns.joined(separator: ", ")))
            SELECT \(values.joined(separator: ", ")) FROM \(from) WHERE \(condition)
            """
    }

    /// A copied record's id: its city grid, its copy and its source's number among the demo's records — short,
    /// so the history lines' key stays small, and records copied together stay together in the indexes. Null
    /// when `rank` is.
    static func copy(_ rank: String) -> String { "g.code || '~' || k.k || '~' || \(rank)" }

    /// The number of the demo case `id` where copy `k` holds a copy of it (every copy holds the finished cases,
    /// only the present year's the open ones); null otherwise.
    static func rank(of id: String) -> String {
        "(SELECT r.rank_n FROM city_cases r WHERE r.id = \(id) AND (k.past = 0 OR r.finished = 1))"
    }

    static func shift(_ column: String) -> String { "strftime('%Y-%m-%dT%H:%M:%fZ', \(column), k.shift)" }

    static func shifted(_ columns: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0, shift("x.\($0)")) })
    }

    /// The city office holding the role the demo account `account` held, where the copy lands; nil for anyone
    /// else (a resident, a volunteer, the system).
    static func office(_ account: String) -> String {
        """
        CASE (SELECT a.role FROM accounts a WHERE a.id = \(account)) WHEN 'gridWorker' THEN g.worker_id
            WHEN 'communityAdmin' THEN g.secretary_id WHEN 'streetAdmin' THEN g.street_admin_id END
        """
    }

    static func officeName(_ account: String, _ name: String) -> String {
        """
        CASE (SELECT a.role FROM accounts a WHERE a.id = \(account)) WHEN 'gridWorker' THEN g.worker_name
            WHEN 'communityAdmin' THEN g.secretary_name WHEN 'streetAdmin' THEN g.street_admin_name ELSE \(name) END
        """
    }

    /// A tracking code in the case engine's alphabet: 'C' and the copy's number in nine base-8 digits drawn from
    /// '2'…'9' (room for 134 million).
    static func trackingCode(_ number: String) -> String {
        "'C' || " + (0..<9).reversed().map { "char(50 + (\(number) / \(1 << (3 * $0))) % 8)" }.joined(separator: " || ")
    }
}
