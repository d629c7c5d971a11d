import DoorstepCore
import Foundation
import SQLKit

/// The health station (健康驿站, S14): a station per community with its partner hospital and weekly free clinics,
/// the sessions held with the number served, individual health records kept only with consent, and the figures
/// counted from them. The office that manages services sees everything of its territory; the hospital's own account
/// sees its station, records sessions and reads the counts, never a health record.
public struct HealthStationStore: Sendable {
    let database: Database
    let keys: KeySource
    let clock: @Sendable () -> Date

    /// Sets up the station of a community in the caller's territory, run by a hospital of that community. A partner
    /// of another kind is refused on `partnerID`; a second station in the same community on `communityCode`.
    public func createStation(_ new: NewHealthStation, by principal: Principal) async throws -> HealthStation {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try new.validate()
        let community = new.communityCode.trimmingCharacters(in: .whitespaces)
        guard community.count == ScopeLevel.community.codeLength, principal.scope.contains(code: community) else {
            throw ValidationFailure([FieldError("communityCode", .outsideYourScope)])
        }
        let partnerID = new.partnerID.trimmingCharacters(in: .whitespaces)
        let id = Secrets.identifier()
        let name = new.name.trimmingCharacters(in: .whitespaces)
        let place = new.place.trimmingCharacters(in: .whitespaces)
        let now = Timestamp.format(clock())
        do {
            let partnerName: String = try await database.write { sql in
                let partnerName = try await Self.partnerName(partnerID, community: community, in: sql)
                try await sql.raw(
                    """
                    INSERT INTO health_stations (id, street_code, community_code, partner_id, name, place, created_by, created_at)
                    VALUES (\(bind: id), \(bind: TerritoryCode.streetCode(of: community)), \(bind: community), \(bind: partnerID),
                        \(bind: name), \(bind: place), \(bind: principal.accountID), \(bind: now))
                    """
                ).run()
                return partnerName
            }
            return HealthStation(
                id: id, communityCode: community, partnerID: partnerID, partnerName: partnerName, name: name, place: place,
                schedule: [])
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("communityCode", .alreadyExists)])
        }
    }

    /// The stations the caller may see, each with its weekly schedule: those of the territory for the office, its
    /// own for a hospital's account.
    public func stations(by principal: Principal) async throws -> [HealthStation] {
        let visible = try Self.visibleStations(principal)
        return try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT s.*, p.name AS partner_name FROM health_stations s JOIN partners p ON p.id = s.partner_id
                WHERE \(visible) ORDER BY s.community_code LIMIT 200
                """
            ).all()
            var stations: [HealthStation] = []
            for row in rows { stations.append(try await Self.station(row, in: sql)) }
            return stations
        }
    }

    /// One station the caller may see.
    public func station(id: String, by principal: Principal) async throws -> HealthStation {
        try await database.read { sql in try await Self.station(id, visibleTo: principal, in: sql) }
    }

    /// Adds a weekly free clinic to a station's schedule: the office's decision, with the hospital.
    public func addSlot(_ new: NewHealthClinicSlot, stationID: String, by principal: Principal) async throws -> HealthClinicSlot {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let checked = try new.validate()
        let slot = HealthClinicSlot(
            id: Secrets.identifier(), stationID: stationID, weekday: checked.weekday, startsAt: checked.startsAt,
            endsAt: checked.endsAt, service: checked.service)
        let now = Timestamp.format(clock())
        try await database.write { sql in
            let station = try await Self.station(stationID, visibleTo: principal, in: sql)
            try PartnerStore.requireOffice(principal, community: station.communityCode)
            try await sql.raw(
                """
                INSERT INTO health_clinic_slots (id, station_id, weekday, starts_at, ends_at, service, created_by, created_at)
                VALUES (\(bind: slot.id), \(bind: station.id), \(bind: slot.weekday), \(bind: slot.startsAt), \(bind: slot.endsAt),
                    \(bind: slot.service), \(bind: principal.accountID), \(bind: now))
                """
            ).run()
        }
        return slot
    }

    /// Takes a free clinic off the schedule; sessions already held stay as they were.
    public func removeSlot(_ slotID: String, by principal: Principal) async throws {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        try await database.write { sql in
            guard let row = try await sql.raw("SELECT station_id FROM health_clinic_slots WHERE id = \(bind: slotID)").first() else {
                throw StoreError.notFound
            }
            let station = try await Self.station(try row.string("station_id"), visibleTo: principal, in: sql)
            try PartnerStore.requireOffice(principal, community: station.communityCode)
            try await sql.raw("DELETE FROM health_clinic_slots WHERE id = \(bind: slotID)").run()
        }
    }

    /// The hospitals of the caller's territory a station may be run by.
    public func hospitals(by principal: Principal) async throws -> [Partner] {
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        let scope = principal.scope.communityCondition()
        return try await database.read { sql in
            try await sql.raw(
                "SELECT * FROM partners WHERE kind = \(bind: PartnerKind.hospital.rawValue) AND \(scope) ORDER BY name LIMIT 500"
            ).all().map(PartnerStore.partner(from:))
        }
    }

    // MARK: - Shared

    /// Stations (aliased `alias`) the caller may see: the territory's for the office, its own for a hospital's
    /// account. Anyone else may see none.
    static func visibleStations(_ principal: Principal, alias: String = "s") throws -> SQLQueryString {
        if principal.role == .partner {
            return "\(unsafeRaw: alias).partner_id IN (SELECT id FROM partners WHERE account_id = \(bind: principal.accountID))"
        }
        guard principal.can(.manageServices) else { throw StoreError.forbidden }
        return principal.scope.communityCondition(alias + ".community_code")
    }

    static func station(_ id: String, visibleTo principal: Principal, in sql: any SQLDatabase) async throws -> HealthStation {
        let visible = try visibleStations(principal)
        guard
            let row = try await sql.raw(
                """
                SELECT s.*, p.name AS partner_name FROM health_stations s JOIN partners p ON p.id = s.partner_id
                WHERE s.id = \(bind: id) AND \(visible)
                """
            ).first()
        else { throw StoreError.notFound }
        return try await station(row, in: sql)
    }

    static func station(_ row: any SQLRow, in sql: any SQLDatabase) async throws -> HealthStation {
        let id = try row.string("id")
        let slots = try await sql.raw(
            "SELECT * FROM health_clinic_slots WHERE station_id = \(bind: id) ORDER BY weekday, starts_at, id"
        ).all().map { slot in
            HealthClinicSlot(
                id: try slot.string("id"), stationID: id, weekday: try slot.int("weekday"), startsAt: try slot.string("starts_at"),
                endsAt: try slot.string("ends_at"), service: try slot.string("service"))
        }
        return HealthStation(
            id: id, communityCode: try row.string("community_code"), partnerID: try row.string("partner_id"),
            partnerName: try row.string("partner_name"), name: try row.string("name"), place: try row.string("place"),
            schedule: slots)
    }

    /// The name of the hospital named for a station: a partner of the same community (another community's is not
    /// told apart from none), and a hospital — a school or a company does not run a health station.
    static func partnerName(_ id: String, community: String, in sql: any SQLDatabase) async throws -> String {
        guard let row = try await sql.raw("SELECT name, kind, community_code FROM partners WHERE id = \(bind: id)").first(),
            try row.string("community_code") == community
        else { throw ValidationFailure([FieldError("partnerID", .notFound)]) }
        guard try row.string("kind") == PartnerKind.hospital.rawValue else {
            throw ValidationFailure([FieldError("partnerID", .unknownValue(allowed: [PartnerKind.hospital.rawValue]))])
        }
        return try row.string("name")
    }
}
