import DoorstepCore
import Foundation
import SQLKit

/// The lists cases are worked from. Each is one indexed query over the caller's territory, a page at a time.
public enum CaseLane: String, Sendable, CaseIterable, Codable {
    /// Reported, accepted, registered or returned: waiting for someone to dispatch it.
    case unassigned
    /// Past its deadline with the clock running.
    case overdue
    /// Fed back, waiting for a check.
    case awaitingCheck
    /// With a handler, clock running or stopped.
    case inHand
    /// Closed, waiting for the call-back.
    case awaitingEvaluation
    /// Finished: evaluated, rejected or voided.
    case finished

    /// The lane's states. The partial indexes of migration 31 are declared with this very list, in this order, so
    /// that the lanes that repeat it are served by them.
    var states: [CaseState] {
        switch self {
        case .unassigned: [.reported, .accepted, .registered, .returned]
        case .overdue, .inHand: CaseLane.inHandStates
        case .awaitingCheck: [.feedback, .checking]
        case .awaitingEvaluation: [.closed]
        case .finished: [.evaluated, .rejected, .voided]
        }
    }

    /// With a handler. The partial indexes on cases in hand are declared with this very condition, so that the
    /// lanes and the inbox that repeat it are served by them.
    static let inHandStates: [CaseState] = [.dispatched, .inProgress, .shelved]
    public static var inHandCondition: String { "state IN (\(inHandStates.map { "'\($0.rawValue)'" }.joined(separator: ", ")))" }

    /// The order the lane is worked in: the oldest report first, the deadline soonest, the newest finished. Each
    /// follows an index, so a lane answers as fast with a million cases as with a hundred.
    var order: SQLQueryString {
        switch self {
        case .unassigned, .awaitingCheck, .awaitingEvaluation: "created_at, id"
        case .overdue, .inHand: "deadline, id"
        case .finished: "created_at DESC, id DESC"
        }
    }
}

/// The public face of a case: what anyone holding the tracking code, or reading the community's public list,
/// may see. No names, phones, notes of the office, or exact location.
public struct PublicCase: Sendable, Codable, Equatable {
    public var trackingCode: String
    public var state: CaseState
    public var categoryName: String
    public var description: String
    public var communityName: String
    public var reportedAt: Date
    public var closedAt: Date?
    public var evaluation: Evaluation?
    public var version: Int
    public var history: [CaseEvent]
}

extension CaseStore {
    /// One lane of the dispatch board (or of a grid worker's grid), fifty at a time.
    public func lane(
        _ lane: CaseLane, gridCode: String? = nil, by principal: Principal, offset: Int = 0, limit: Int = 50
    ) async throws -> [Case] {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        return try await page(laneQuery(lane, gridCode: gridCode, by: principal, offset: offset, limit: limit), offset: offset)
    }

    /// A page of a list read in its index's order. The first page reads about as many index entries as it shows,
    /// short enough to run in place (`Database.lookup`); a far page may walk many, and goes to SQLiteNIO's readers.
    private func page(_ query: SQLQueryString, offset: Int) async throws -> [Case] {
        let read: @Sendable (any SQLDatabase) async throws -> [Case] = { sql in try await sql.raw(query).all().map(CaseRow.decode) }
        return offset == 0 ? try await database.lookup(read) : try await database.read(read)
    }

    /// A page of a lane, read in the lane's order from the index made for it (migration 31), never sorted.
    func laneQuery(_ lane: CaseLane, gridCode: String?, by principal: Principal, offset: Int, limit: Int) throws -> SQLQueryString {
        let condition = try laneCondition(lane, gridCode: gridCode, by: principal)
        return "SELECT * FROM cases WHERE \(condition) ORDER BY \(lane.order) LIMIT \(bind: limit) OFFSET \(bind: offset)"
    }

    /// How many cases each lane holds, counting no further than `cap` (a board shows "1000+" rather than
    /// counting a finished lane of half a million on every look).
    public func laneCounts(gridCode: String? = nil, cap: Int = 1000, by principal: Principal) async throws -> [CaseLane: Int] {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let queries = try CaseLane.allCases.map { ($0, try laneCountQuery($0, gridCode: gridCode, cap: cap, by: principal)) }
        // Each count reads at most `cap` entries of its lane's index (`LaneIndexTests`): short enough to run in place.
        return try await database.lookup { sql in
            var counts: [CaseLane: Int] = [:]
            for (lane, query) in queries { counts[lane] = try await sql.raw(query).first()?.int("n") ?? 0 }
            return counts
        }
    }

    func laneCountQuery(_ lane: CaseLane, gridCode: String?, cap: Int, by principal: Principal) throws -> SQLQueryString {
        let condition = try laneCondition(lane, gridCode: gridCode, by: principal)
        return "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases WHERE \(condition) LIMIT \(bind: cap)) capped"
    }

    private func laneCondition(_ lane: CaseLane, gridCode: String?, by principal: Principal) throws -> SQLQueryString {
        var condition = principal.scope.condition()
        if let gridCode { condition = "\(condition) AND grid_code = \(bind: gridCode)" }
        let states = SQLQueryString(lane.states.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        condition = "\(condition) AND state IN (\(states))"
        // A shelved case, or one waiting for an extension, has its clock stopped: never overdue.
        if lane == .overdue {
            condition = "\(condition) AND paused_at IS NULL AND deadline < \(bind: Timestamp.format(clock()))"
        }
        return condition
    }

    /// How many cases still open were escalated to the caller's level (a community's office, the street), for the
    /// dashboard's list of what needs attention.
    public func escalatedCount(by principal: Principal) async throws -> Int {
        guard principal.can(.viewCases), principal.scope.level != .grid else { return 0 }
        let level = principal.scope.level.rawValue
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM cases WHERE \(principal.scope.condition()) AND escalation = \(bind: level)
                AND \(unsafeRaw: CaseLane.inHandCondition)
                """
            ).first()?.int("n") ?? 0
        }
    }

    /// A handler's own cases, due soonest first: what the grid worker's phone opens on.
    public func handling(by principal: Principal, offset: Int = 0, limit: Int = 100) async throws -> [Case] {
        try await page(
            "SELECT * FROM cases WHERE \(Self.inHands(of: principal)) ORDER BY deadline, id LIMIT \(bind: limit) OFFSET \(bind: offset)",
            offset: offset)
    }

    /// How many cases the caller has in hand.
    public func handlingCount(by principal: Principal) async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM cases WHERE \(Self.inHands(of: principal))").first()?.int("n") ?? 0
        }
    }

    /// The caller's cases in hand, as `cases_handler_in_hand` serves them.
    private static func inHands(of principal: Principal) -> SQLQueryString {
        "handler_account_id = \(bind: principal.accountID) AND \(unsafeRaw: CaseLane.inHandCondition)"
    }

    /// The cases a signed-in reporter filed, newest first.
    public func reportedBy(_ principal: Principal, limit: Int = 50) async throws -> [Case] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM cases WHERE reporter_account_id = \(bind: principal.accountID)
                ORDER BY created_at DESC LIMIT \(bind: limit)
                """
            ).all().map(CaseRow.decode)
        }
    }

    /// The case behind a tracking code, as its reporter sees it.
    public func track(_ code: String) async throws -> PublicCase {
        try await database.read { sql in
            guard
                let row = try await sql.raw(
                    """
                    SELECT cases.*, communities.name AS community_name FROM cases
                    JOIN communities ON communities.code = cases.community_code
                    WHERE cases.tracking_code = \(bind: code.uppercased().trimmingCharacters(in: .whitespaces))
                    """
                ).first()
            else { throw StoreError.notFound }
            let item = try CaseRow.decode(row)
            let history = try await sql.raw(
                "SELECT * FROM case_events WHERE case_id = \(bind: item.id) AND is_public = \(bind: true) ORDER BY version"
            ).all().map(CaseRow.event).map(Self.publicLine)
            return Self.publicCase(item, community: try row.string("community_name"), history: history)
        }
    }

    /// A community's cases for anyone to read, newest first, without personal data or the office's notes.
    public func publicList(community: String, offset: Int = 0, limit: Int = 50) async throws -> [PublicCase] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT cases.*, communities.name AS community_name FROM cases
                JOIN communities ON communities.code = cases.community_code
                WHERE cases.community_code = \(bind: community) AND \(unsafeRaw: Self.publicCondition)
                ORDER BY cases.created_at DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all().map { Self.publicCase(try CaseRow.decode($0), community: try $0.string("community_name"), history: []) }
        }
    }

    /// What the public may read at all: not refused or voided reports, and never disputes, whose descriptions are
    /// about neighbours. The public list and Open311 both use it.
    static let publicCondition = "cases.state NOT IN ('rejected', 'voided') AND cases.kind <> 'dispute'"

    static func publicCase(_ item: Case, community: String, history: [CaseEvent]) -> PublicCase {
        PublicCase(
            trackingCode: item.trackingCode, state: item.state, categoryName: item.categoryName,
            description: Masking.freeText(item.description), communityName: community, reportedAt: item.createdAt, closedAt: item.closedAt,
            evaluation: item.evaluation, version: item.version, history: history)
    }

    /// A history line with the actor's name and any office note taken out.
    public static func publicLine(_ event: CaseEvent) -> CaseEvent {
        var line = event
        line.actorID = ""
        line.actorName = ""
        if !line.noteIsPublic { line.note = "" }
        if line.action == "report" { line.note = "" }
        return line
    }

    /// Open cases of the same category in the same building, or within `metres` of the case's location.
    public func possibleDuplicates(of item: Case, metres: Double = 100, by principal: Principal) async throws -> [Case] {
        guard principal.can(.viewCases) else { throw StoreError.forbidden }
        let scope = principal.scope.condition()
        let open = "state NOT IN ('closed', 'evaluated', 'rejected', 'voided')"
        return try await database.read { sql in
            var found: [Case] = []
            if let building = item.buildingID {
                found += try await sql.raw(
                    """
                    SELECT * FROM cases WHERE building_id = \(bind: building) AND category_code = \(bind: item.categoryCode)
                    AND \(unsafeRaw: open) AND id <> \(bind: item.id) AND \(scope) LIMIT 20
                    """
                ).all().map(CaseRow.decode)
            }
            if let latitude = item.latitude, let longitude = item.longitude {
                // A box first, so the index narrows it; then the true distance.
                let degrees = metres / 111_000
                let near = try await sql.raw(
                    """
                    SELECT * FROM cases WHERE community_code = \(bind: item.communityCode)
                    AND category_code = \(bind: item.categoryCode) AND \(unsafeRaw: open) AND id <> \(bind: item.id)
                    AND latitude BETWEEN \(bind: latitude - degrees) AND \(bind: latitude + degrees)
                    AND longitude BETWEEN \(bind: longitude - degrees * 2) AND \(bind: longitude + degrees * 2) AND \(scope)
                    LIMIT 50
                    """
                ).all().map(CaseRow.decode)
                found += near.filter {
                    guard let lat = $0.latitude, let lon = $0.longitude else { return false }
                    return Geo.metres(from: (latitude, longitude), to: (lat, lon)) <= metres
                }
            }
            var seen = Set<String>()
            return found.filter { seen.insert($0.id).inserted }
        }
    }

    /// Who handles a case by default: for a grid-level category, the grid's leader or first full-time worker with
    /// an account.
    public func suggestedHandler(for item: Case) async throws -> CaseHandler? {
        guard let grid = item.gridCode else { return nil }
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT accounts.id, accounts.display_name FROM grid_workers
                JOIN accounts ON accounts.id = grid_workers.account_id
                WHERE grid_workers.grid_code = \(bind: grid) AND accounts.disabled = \(bind: false)
                ORDER BY grid_workers.is_leader DESC, grid_workers.full_time DESC, grid_workers.name LIMIT 1
                """
            ).first().map { CaseHandler(accountID: try $0.string("id"), name: try $0.string("display_name")) }
        }
    }

    /// The accounts a case in `community` may be dispatched to.
    public func handlers(community: String, by principal: Principal) async throws -> [HandlerChoice] {
        guard principal.can(.handleCases) else { throw StoreError.forbidden }
        let within: SQLQueryString =
            principal.role == .gridWorker ? "grid_code = \(bind: principal.scope.code)" : "community_code = \(bind: community)"
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT id, display_name, grid_code FROM accounts WHERE \(within) AND disabled = \(bind: false)
                AND role IN ('gridWorker', 'communityAdmin') ORDER BY role DESC, grid_code, display_name
                """
            ).all().map {
                HandlerChoice(
                    handler: CaseHandler(accountID: try $0.string("id"), name: try $0.string("display_name")),
                    gridCode: try $0.optionalString("grid_code"))
            }
        }
    }
}

/// Distances on the ground, close enough for "within a hundred metres".
enum Geo {
    static func metres(from a: (Double, Double), to b: (Double, Double)) -> Double {
        let radius = 6_371_000.0
        let dLat = (b.0 - a.0) * .pi / 180
        let dLon = (b.1 - a.1) * .pi / 180
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.0 * .pi / 180) * cos(b.0 * .pi / 180) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * asin(min(1, sqrt(h)))
    }
}
