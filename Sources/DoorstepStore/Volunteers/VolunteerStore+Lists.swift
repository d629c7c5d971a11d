import DoorstepCore
import Foundation
import SQLKit

extension VolunteerStore {
    /// The volunteer the caller signs in as, if registered.
    public func me(_ principal: Principal) async throws -> Volunteer? {
        try await database.read { sql in
            try await sql.raw("SELECT * FROM volunteers WHERE account_id = \(bind: principal.accountID)").first().map(Self.volunteer)
        }
    }

    /// The volunteers of the caller's territory, newest first; with `community`, all of that community's.
    public func volunteers(by principal: Principal, community: String? = nil, limit: Int = 200) async throws -> [Volunteer] {
        guard principal.can(.manageVolunteers) else { throw StoreError.forbidden }
        let which: SQLQueryString = community.map { "community_code = \(bind: $0)" } ?? "1 = 1"
        let most = community == nil ? limit : Int.max
        return try await database.read { sql in
            try await sql.raw(
                """
                SELECT * FROM volunteers WHERE \(principal.scope.communityCondition()) AND \(which)
                ORDER BY registered_on DESC, name LIMIT \(bind: most)
                """
            ).all().map(Self.volunteer)
        }
    }

    /// The activities of the caller's community not yet over (or from `since`), soonest first, each with its places
    /// taken, the waiting line and the caller's own sign-up.
    public func activities(by principal: Principal, since: Date? = nil) async throws -> [ActivityListing] {
        try await database.read { sql in
            let community: SQLQueryString
            var mine: String?
            if principal.can(.manageVolunteers) {
                community = principal.scope.communityCondition()
            } else {
                let me = try await Self.me(principal, in: sql)
                community = "community_code = \(bind: me.community)"
                mine = me.id
            }
            let from = Timestamp.format(since ?? clock())
            var listings: [ActivityListing] = []
            for row in try await sql.raw(
                "SELECT * FROM volunteer_activities WHERE \(community) AND ends_at >= \(bind: from) ORDER BY starts_at LIMIT 100"
            ).all() {
                let activity = try Self.activity(row)
                var counts: [String: Int] = [:]
                for count in try await sql.raw(
                    "SELECT status, COUNT(*) AS n FROM signups WHERE activity_id = \(bind: activity.id) GROUP BY status"
                ).all() {
                    counts[try count.string("status")] = try count.int("n")
                }
                var own: Signup?
                if let mine { own = try? await Self.signup(activityID: activity.id, volunteerID: mine, in: sql) }
                listings.append(
                    ActivityListing(
                        activity: activity, registered: counts[SignupStatus.registered.rawValue] ?? 0,
                        waiting: counts[SignupStatus.waiting.rawValue] ?? 0, mine: own))
            }
            return listings
        }
    }

    /// Everyone signed up for an activity, in the order they signed up: for its organisers.
    public func signups(activityID: String, by principal: Principal) async throws -> (VolunteerActivity, [Signup]) {
        try await database.read { sql in
            let activity = try await Self.organiser(principal, of: activityID, in: sql)
            let ids = try await sql.raw("SELECT volunteer_id FROM signups WHERE activity_id = \(bind: activityID) ORDER BY position")
                .all().map { try $0.string("volunteer_id") }
            var signups: [Signup] = []
            for id in ids { signups.append(try await Self.signup(activityID: activityID, volunteerID: id, in: sql)) }
            return (activity, signups)
        }
    }

    static func volunteer(_ row: any SQLRow) throws -> Volunteer {
        Volunteer(
            id: try row.string("id"), communityCode: try row.string("community_code"), name: try row.string("name"),
            phoneMasked: try row.string("phone_masked"),
            skills: try row.string("skills").split(separator: "、").map(String.init), availability: try row.string("availability"),
            residentID: try row.optionalString("resident_id"), accountID: try row.optionalString("account_id"),
            registeredOn: try row.string("registered_on"))
    }

    static func activity(_ row: any SQLRow) throws -> VolunteerActivity {
        VolunteerActivity(
            id: try row.string("id"), communityCode: try row.string("community_code"), teamID: try row.optionalString("team_id"),
            title: try row.string("title"), place: try row.string("place"),
            startsAt: Timestamp.parse(try row.string("starts_at")) ?? Date(), endsAt: Timestamp.parse(try row.string("ends_at")) ?? Date(),
            capacity: try row.int("capacity"))
    }
}

/// An activity as a list shows it: places taken, the waiting line, and the reader's own sign-up.
public struct ActivityListing: Sendable, Equatable {
    public var activity: VolunteerActivity
    public var registered: Int
    public var waiting: Int
    public var mine: Signup?
}
