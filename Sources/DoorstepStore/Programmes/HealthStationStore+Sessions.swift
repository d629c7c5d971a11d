import DoorstepCore
import Foundation
import SQLKit

extension HealthStationStore {
    /// Records a free clinic held at a station: by the office of its community, or by the hospital's own account for
    /// its own station. A day still to come is refused: a session is recorded once it was held.
    public func recordSession(_ new: NewHealthSession, stationID: String, by principal: Principal) async throws -> HealthSession {
        guard principal.role == .partner || principal.can(.manageServices) else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let checked = try new.validate(today: CalendarDay(containing: now))
        let session = HealthSession(
            id: Secrets.identifier(), stationID: stationID, day: checked.day.description,
            service: new.service.trimmingCharacters(in: .whitespaces), served: checked.served,
            doctorName: new.doctorName.trimmingCharacters(in: .whitespaces), recordedBy: principal.username)
        let createdAt = Timestamp.format(now)
        do {
            try await database.write { sql in
                let station = try await Self.station(stationID, visibleTo: principal, in: sql)
                if principal.role != .partner { try PartnerStore.requireOffice(principal, community: station.communityCode) }
                try await sql.raw(
                    """
                    INSERT INTO health_sessions (id, station_id, community_code, day, service, served, doctor_name, recorded_by,
                        recorded_by_name, created_at)
                    VALUES (\(bind: session.id), \(bind: station.id), \(bind: station.communityCode), \(bind: session.day),
                        \(bind: session.service), \(bind: session.served), \(bind: session.doctorName), \(bind: principal.accountID),
                        \(bind: principal.username), \(bind: createdAt))
                    """
                ).run()
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("day", .alreadyExists)])
        }
        return session
    }

    /// A station's sessions, newest first: those of `period` when given.
    public func sessions(stationID: String, period: ReportingPeriod? = nil, by principal: Principal, limit: Int = 200)
        async throws -> [HealthSession]
    {
        let days: SQLQueryString = period.map {
            "AND day >= \(bind: $0.first.description) AND day <= \(bind: $0.last.description)"
        } ?? ""
        return try await database.read { sql in
            let station = try await Self.station(stationID, visibleTo: principal, in: sql)
            return try await sql.raw(
                """
                SELECT * FROM health_sessions WHERE station_id = \(bind: station.id) \(days)
                ORDER BY day DESC, created_at DESC, id LIMIT \(bind: limit)
                """
            ).all().map { row in
                HealthSession(
                    id: try row.string("id"), stationID: try row.string("station_id"), day: try row.string("day"),
                    service: try row.string("service"), served: try row.int("served"), doctorName: try row.string("doctor_name"),
                    recordedBy: try row.string("recorded_by_name"))
            }
        }
    }
}
