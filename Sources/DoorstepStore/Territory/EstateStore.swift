import DoorstepCore
import Foundation
import SQLKit

/// Estates (小区) within the caller's scope.
public struct EstateStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Registers an estate in a community inside the caller's scope; names are unique within a community.
    public func create(communityCode: String, name: String, address: String, by principal: Principal) async throws -> Estate {
        guard principal.can(.editRegistry) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var validator = Validator()
        validator.check("communityCode", TerritoryCode.problem(with: communityCode, at: .community))
        // A grid worker registers buildings but an estate spans grids: it takes a community's or street's scope.
        if TerritoryCode.problem(with: communityCode, at: .community) == nil,
            !principal.scope.contains(code: communityCode) || principal.scope.level == .grid
        {
            validator.check("communityCode", .outsideYourScope)
        }
        validator.text("name", name, maximum: 50)
        validator.text("address", address, maximum: 200)
        try validator.throwIfAny()
        let estate = Estate(
            id: Secrets.identifier(), communityCode: communityCode, name: name.trimmingCharacters(in: .whitespaces),
            address: address.trimmingCharacters(in: .whitespaces))
        let now = clock()
        let engine = database.engine
        do {
            try await database.write { sql in
                guard try await sql.raw("SELECT code FROM communities WHERE code = \(bind: communityCode)").first() != nil
                else { throw ValidationFailure([FieldError("communityCode", .notFound)]) }
                try await sql.raw(
                    """
                    INSERT INTO estates (id, street_code, community_code, name, address, created_at)
                    VALUES (\(bind: estate.id), \(bind: TerritoryCode.streetCode(of: communityCode)), \(bind: communityCode),
                        \(bind: estate.name), \(bind: estate.address), \(bind: Timestamp.format(now)))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        by: principal, .estateCreated, subject: "estate:\(estate.id)", territoryCode: communityCode,
                        detail: ["name": estate.name]),
                    at: now, in: sql, engine: engine)
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return estate
    }

    /// The estates of the communities the caller's scope reaches (a grid worker sees their community's).
    public func estates(for principal: Principal) async throws -> [Estate] {
        guard principal.can(.viewRegistry) else { throw StoreError.forbidden }
        let scope = principal.scope
        let condition: SQLQueryString =
            scope.level == .street
            ? "street_code = \(bind: scope.code)" : "community_code = \(bind: String(scope.code.prefix(12)))"
        return try await database.read { sql in
            try await sql.raw("SELECT * FROM estates WHERE \(condition) ORDER BY community_code, name").all().map { row in
                Estate(
                    id: try row.string("id"), communityCode: try row.string("community_code"), name: try row.string("name"),
                    address: try row.string("address"))
            }
        }
    }
}
