import DoorstepCore
import Foundation
import SQLKit

/// Pioneer posts (党员先锋岗) and responsibility zones (党员责任区) of a community, and the members who hold them
/// from one day until another (设岗定责).
public struct PostStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    public func addPost(name: String, duties: String, communityCode: String, by principal: Principal) async throws -> VanguardPost {
        try PointsStore.checkManager(principal, community: communityCode)
        var validator = Validator()
        validator.text("name", name, maximum: 40)
        validator.check("duties", duties.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
        try validator.throwIfAny()
        let post = VanguardPost(
            id: Secrets.identifier(), communityCode: communityCode, name: name.trimmingCharacters(in: .whitespaces),
            duties: duties.trimmingCharacters(in: .whitespacesAndNewlines))
        try await write(principal, community: communityCode, detail: ["post": post.name]) { sql in
            try await sql.raw(
                """
                INSERT INTO vanguard_posts (id, community_code, name, duties, active, created_at)
                VALUES (\(bind: post.id), \(bind: communityCode), \(bind: post.name), \(bind: post.duties), \(bind: true),
                    \(bind: Timestamp.format(clock())))
                """
            ).run()
        }
        return post
    }

    /// A zone of buildings of the community.
    public func addZone(
        name: String, duties: String, buildingIDs: [String], communityCode: String, by principal: Principal
    ) async throws -> ResponsibilityZone {
        try PointsStore.checkManager(principal, community: communityCode)
        var validator = Validator()
        validator.text("name", name, maximum: 40)
        validator.check("duties", duties.count > 1_000 ? .tooLong(maximum: 1_000) : nil)
        if buildingIDs.isEmpty { validator.check("buildingIDs", .required) }
        try validator.throwIfAny()
        let zone = ResponsibilityZone(
            id: Secrets.identifier(), communityCode: communityCode, name: name.trimmingCharacters(in: .whitespaces),
            duties: duties.trimmingCharacters(in: .whitespacesAndNewlines), buildingIDs: Array(Set(buildingIDs)).sorted())
        try await write(principal, community: communityCode, detail: ["zone": zone.name]) { sql in
            try await sql.raw(
                """
                INSERT INTO responsibility_zones (id, community_code, name, duties, created_at)
                VALUES (\(bind: zone.id), \(bind: communityCode), \(bind: zone.name), \(bind: zone.duties), \(bind: Timestamp.format(clock())))
                """
            ).run()
            for building in zone.buildingIDs {
                guard
                    try await sql.raw(
                        "SELECT id FROM buildings WHERE id = \(bind: building) AND community_code = \(bind: communityCode)"
                    ).first() != nil
                else { throw ValidationFailure([FieldError("buildingIDs", .notFound)]) }
                try await sql.raw("INSERT INTO zone_buildings (zone_id, building_id) VALUES (\(bind: zone.id), \(bind: building))").run()
            }
        }
        return zone
    }

    /// Gives a member of the community a post or a zone from a day; a member holds one post or zone once at a time.
    public func assign(holdingID: String, memberID: String, fromOn: String, by principal: Principal) async throws -> Assignment {
        var validator = Validator()
        if CalendarDay(iso: fromOn) == nil { validator.check("fromOn", fromOn.isEmpty ? .required : .dateFormat) }
        try validator.throwIfAny()
        let id = Secrets.identifier()
        return try await database.write { sql in
            let (kind, community) = try await Self.holding(holdingID, in: sql)
            // Another territory's post is as unknown as one that never was.
            guard PointsStore.reaches(principal, community: community) else {
                throw ValidationFailure([FieldError("holdingID", .notFound)])
            }
            try PointsStore.checkManager(principal, community: community)
            guard let member = try await sql.raw(
                "SELECT name FROM party_members WHERE id = \(bind: memberID) AND community_code = \(bind: community)"
            ).first() else { throw ValidationFailure([FieldError("memberID", .notFound)]) }
            if try await sql.raw(
                "SELECT id FROM holdings WHERE holding_id = \(bind: holdingID) AND member_id = \(bind: memberID) AND to_on IS NULL"
            ).first() != nil {
                throw ValidationFailure([FieldError("memberID", .alreadyExists)])
            }
            try await sql.raw(
                """
                INSERT INTO holdings (id, kind, holding_id, member_id, community_code, from_on, created_at)
                VALUES (\(bind: id), \(bind: kind), \(bind: holdingID), \(bind: memberID), \(bind: community), \(bind: fromOn),
                    \(bind: Timestamp.format(clock())))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .holdingsChanged, subject: "partyMember:\(memberID)", territoryCode: community,
                    detail: ["assigned": holdingID, "from": fromOn]),
                at: clock(), in: sql, engine: database.engine)
            return Assignment(id: id, holdingID: holdingID, memberID: memberID, memberName: try member.string("name"), fromOn: fromOn, toOn: nil)
        }
    }

    /// Ends a member's holding on a day (not before it began).
    public func relieve(assignmentID: String, toOn: String, by principal: Principal) async throws {
        try await database.write { sql in
            guard let row = try await sql.raw("SELECT * FROM holdings WHERE id = \(bind: assignmentID) AND to_on IS NULL").first() else {
                throw StoreError.notFound
            }
            let community = try row.string("community_code")
            try PointsStore.checkManager(principal, ofRecordIn: community)
            guard let day = CalendarDay(iso: toOn), day.description >= (try row.string("from_on")) else {
                throw ValidationFailure([FieldError("toOn", .dateFormat)])
            }
            try await sql.raw("UPDATE holdings SET to_on = \(bind: toOn) WHERE id = \(bind: assignmentID)").run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .holdingsChanged, subject: "partyMember:\(try row.string("member_id"))", territoryCode: community,
                    detail: ["relieved": try row.string("holding_id"), "to": toOn]),
                at: clock(), in: sql, engine: database.engine)
        }
    }

    /// A community's posts and zones, each with who holds it now.
    public func catalogue(communityCode: String, by principal: Principal) async throws
        -> (posts: [(VanguardPost, [Assignment])], zones: [(ResponsibilityZone, [Assignment])])
    {
        guard PointsStore.reaches(principal, community: communityCode) else { throw StoreError.forbidden }
        return try await database.read { sql in
            var posts: [(VanguardPost, [Assignment])] = []
            for row in try await sql.raw(
                "SELECT * FROM vanguard_posts WHERE community_code = \(bind: communityCode) ORDER BY active DESC, created_at"
            ).all() {
                let post = VanguardPost(
                    id: try row.string("id"), communityCode: communityCode, name: try row.string("name"),
                    duties: try row.string("duties"), active: try row.bool("active"))
                posts.append((post, try await Self.holders(of: post.id, in: sql)))
            }
            var zones: [(ResponsibilityZone, [Assignment])] = []
            for row in try await sql.raw(
                "SELECT * FROM responsibility_zones WHERE community_code = \(bind: communityCode) ORDER BY created_at"
            ).all() {
                let id = try row.string("id")
                let buildings = try await sql.raw("SELECT building_id FROM zone_buildings WHERE zone_id = \(bind: id) ORDER BY building_id")
                    .all().map { try $0.string("building_id") }
                let zone = ResponsibilityZone(
                    id: id, communityCode: communityCode, name: try row.string("name"), duties: try row.string("duties"),
                    buildingIDs: buildings)
                zones.append((zone, try await Self.holders(of: id, in: sql)))
            }
            return (posts, zones)
        }
    }

    /// S7's figures: active posts and zones of the caller's community, and how many are held today.
    public func figures(communityCode: String, by principal: Principal) async throws
        -> (posts: Int, zones: Int, heldPosts: Int, heldZones: Int)
    {
        let (posts, zones) = try await catalogue(communityCode: communityCode, by: principal)
        let active = posts.filter { $0.0.active }
        return (active.count, zones.count, active.filter { !$0.1.isEmpty }.count, zones.filter { !$0.1.isEmpty }.count)
    }

    // MARK: - Shared

    private func write(
        _ principal: Principal, community: String, detail: [String: String],
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        let now = clock()
        let engine = database.engine
        try await database.write { sql in
            try await body(sql)
            try await AuditStore.append(
                AuditEvent(by: principal, .holdingsChanged, subject: "community:\(community)", territoryCode: community, detail: detail),
                at: now, in: sql, engine: engine)
        }
    }

    static func holding(_ id: String, in sql: any SQLDatabase) async throws -> (kind: String, community: String) {
        if let post = try await sql.raw("SELECT community_code FROM vanguard_posts WHERE id = \(bind: id) AND active = \(bind: true)").first() {
            return ("post", try post.string("community_code"))
        }
        if let zone = try await sql.raw("SELECT community_code FROM responsibility_zones WHERE id = \(bind: id)").first() {
            return ("zone", try zone.string("community_code"))
        }
        throw ValidationFailure([FieldError("holdingID", .notFound)])
    }

    static func holders(of holdingID: String, in sql: any SQLDatabase) async throws -> [Assignment] {
        try await sql.raw(
            """
            SELECT h.*, m.name FROM holdings h JOIN party_members m ON m.id = h.member_id
            WHERE h.holding_id = \(bind: holdingID) AND h.to_on IS NULL ORDER BY h.from_on, m.name
            """
        ).all().map {
            Assignment(
                id: try $0.string("id"), holdingID: holdingID, memberID: try $0.string("member_id"), memberName: try $0.string("name"),
                fromOn: try $0.string("from_on"), toOn: nil)
        }
    }

    /// The names of the posts a member holds today, for their card.
    static func heldPosts(memberID: String, in sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw(
            """
            SELECT p.name FROM holdings h JOIN vanguard_posts p ON p.id = h.holding_id
            WHERE h.member_id = \(bind: memberID) AND h.to_on IS NULL ORDER BY p.name
            """
        ).all().map { try $0.string("name") }
    }
}
