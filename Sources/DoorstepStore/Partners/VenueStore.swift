import DoorstepCore
import Foundation
import SQLKit

/// Shared venues (共享场地, S13) and their bookings. The community office and the partners of a community see its
/// venues and book them; a time taken is refused to everyone else until the booking is cancelled.
public struct VenueStore: Sendable {
    let database: Database
    let clock: @Sendable () -> Date

    /// Adds a venue: the office, for the community or one of its partners; a partner's account, for its own partner.
    public func create(_ new: NewVenue, communityCode: String? = nil, by principal: Principal) async throws -> Venue {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        var venue: Venue
        if principal.role == .partner {
            let mine = try await database.read { sql in try await Self.partner(of: principal, in: sql) }
            guard let mine else { throw ValidationFailure([FieldError("partnerID", .notLinked)]) }
            venue = try new.validate(communityCode: mine.communityCode)
            // A partner offers its own rooms, whatever the form said.
            venue.partnerID = mine.id
        } else {
            let community = communityCode ?? principal.scope.communityCode ?? ""
            guard community.count == ScopeLevel.community.codeLength else {
                throw ValidationFailure([FieldError("communityCode", community.isEmpty ? .required : .scopeFormat)])
            }
            try PartnerStore.requireOffice(principal, community: community)
            venue = try new.validate(communityCode: community)
        }
        venue.id = Secrets.identifier()
        let stored = venue
        let now = clock()
        var created = stored
        do {
            created.partnerName = try await database.write { sql -> String? in
                var partnerName: String?
                if let partnerID = stored.partnerID {
                    guard let partner = try await sql.raw(
                        "SELECT name FROM partners WHERE id = \(bind: partnerID) AND community_code = \(bind: stored.communityCode)"
                    ).first() else { throw ValidationFailure([FieldError("partnerID", .notFound)]) }
                    partnerName = try partner.string("name")
                }
                try await sql.raw(
                    """
                    INSERT INTO venues (id, street_code, community_code, partner_id, name, place, capacity, opening_hours,
                        created_by, created_at)
                    VALUES (\(bind: stored.id), \(bind: TerritoryCode.streetCode(of: stored.communityCode)), \(bind: stored.communityCode),
                        \(bind: stored.partnerID), \(bind: stored.name), \(bind: stored.place), \(bind: stored.capacity),
                        \(bind: stored.openingHours), \(bind: principal.accountID), \(bind: Timestamp.format(now)))
                    """
                ).run()
                return partnerName
            }
        } catch where isUniqueViolation(error) {
            throw ValidationFailure([FieldError("name", .alreadyExists)])
        }
        return created
    }

    /// The venues the caller may book: those of the office's territory, or of the partner account's community.
    public func venues(by principal: Principal) async throws -> [Venue] {
        try await database.read { sql in
            try await sql.raw("\(Self.venueColumns) WHERE \(Self.visibleVenues(principal)) ORDER BY v.name, v.id").all()
                .map(Self.venue(from:))
        }
    }

    public func venue(_ id: String, by principal: Principal) async throws -> Venue {
        try await database.read { sql in
            guard let row = try await sql.raw("\(Self.venueColumns) WHERE v.id = \(bind: id) AND \(Self.visibleVenues(principal))").first()
            else { throw StoreError.notFound }
            return try Self.venue(from: row)
        }
    }

    /// Books a venue: the office, or a partner's account of the venue's community. A time that overlaps a booking
    /// not cancelled is refused (`startsAt` already taken) and nothing is written; on PostgreSQL the venue's row is
    /// locked while this is checked, so of two bookings of one time at once only the first is kept.
    public func book(venueID: String, _ new: NewBooking, by principal: Principal) async throws -> VenueBooking {
        guard principal.can(.manageServices) || principal.role == .partner else { throw StoreError.forbidden }
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        let lock = engine.rowLock
        return try await database.write { sql in
            // The venue's row is its calendar's lock: a second booking at the same moment waits here, then sees the first.
            guard try await sql.raw(
                "SELECT v.id FROM venues v WHERE v.id = \(bind: venueID) AND \(Self.visibleVenues(principal))\(lock)"
            ).first() != nil, let row = try await sql.raw("\(Self.venueColumns) WHERE v.id = \(bind: venueID)").first()
            else { throw StoreError.notFound }
            let venue = try Self.venue(from: row)
            var booking = try new.validate(venue: venue, now: now)
            booking.id = Secrets.identifier()
            booking.bookedBy = principal.accountID
            booking.bookedByName = principal.displayName
            if principal.role == .partner {
                guard let mine = try await Self.partner(of: principal, in: sql), mine.communityCode == venue.communityCode else {
                    throw ValidationFailure([FieldError("partnerID", .notLinked)])
                }
                booking.partnerID = mine.id
                booking.bookedByName = mine.name
            }
            let starts = Timestamp.format(booking.startsAt), ends = Timestamp.format(booking.endsAt)
            guard try await sql.raw(
                """
                SELECT id FROM venue_bookings WHERE venue_id = \(bind: venueID) AND cancelled_at IS NULL
                    AND starts_at < \(bind: ends) AND ends_at > \(bind: starts)
                LIMIT 1
                """
            ).first() == nil else { throw ValidationFailure([FieldError("startsAt", .alreadyExists)]) }
            let stored = booking
            try await sql.raw(
                """
                INSERT INTO venue_bookings (id, venue_id, street_code, community_code, starts_at, ends_at, purpose, expected_people,
                    partner_id, booked_by, booked_by_name, created_at)
                VALUES (\(bind: stored.id), \(bind: venueID), \(bind: TerritoryCode.streetCode(of: stored.communityCode)),
                    \(bind: stored.communityCode), \(bind: starts), \(bind: ends), \(bind: stored.purpose), \(bind: stored.expectedPeople),
                    \(bind: stored.partnerID), \(bind: stored.bookedBy), \(bind: stored.bookedByName), \(bind: Timestamp.format(now)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .venueBooked, subject: "venueBooking:\(stored.id)", territoryCode: stored.communityCode,
                    detail: ["venue": venueID, "startsAt": starts, "endsAt": ends]),
                at: now, in: sql, engine: engine)
            return stored
        }
    }

    /// Cancels a booking that has not ended: the account that booked it, or the office. Its time is free again.
    public func cancel(bookingID: String, by principal: Principal) async throws -> VenueBooking {
        guard principal.mayChange else { throw StoreError.twoFactorRequired }
        let now = clock()
        let engine = database.engine
        return try await database.write { sql in
            // The booking's row is the cancellation's lock: two at once take turns and the second finds it cancelled.
            _ = try await sql.raw("SELECT id FROM venue_bookings WHERE id = \(bind: bookingID)\(engine.rowLock)").first()
            guard var booking = try await Self.bookings(
                where: "b.id = \(bind: bookingID) AND \(Self.visibleVenues(principal))", in: sql
            ).first else { throw StoreError.notFound }
            guard booking.bookedBy == principal.accountID || principal.can(.manageServices) else { throw StoreError.forbidden }
            guard booking.cancelledAt == nil else { throw ValidationFailure([FieldError("bookingID", .alreadyExists)]) }
            guard booking.endsAt > now else { throw ValidationFailure([FieldError("bookingID", .pastDeadline)]) }
            let cancelled = Timestamp.format(now)
            try await sql.raw(
                """
                UPDATE venue_bookings SET cancelled_at = \(bind: cancelled), cancelled_by = \(bind: principal.accountID)
                WHERE id = \(bind: bookingID)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    by: principal, .venueBooked, subject: "venueBooking:\(bookingID)", territoryCode: booking.communityCode,
                    detail: ["venue": booking.venueID, "cancelled": cancelled]),
                at: now, in: sql, engine: engine)
            booking.cancelledAt = Timestamp.parse(cancelled)
            return booking
        }
    }

    /// The bookings of the caller's venues (or of one venue) that overlap a period, earliest first; cancelled ones
    /// only when asked for.
    public func bookings(venueID: String? = nil, period: ReportingPeriod, includeCancelled: Bool = false, by principal: Principal)
        async throws -> [VenueBooking]
    {
        let venue: SQLQueryString = venueID.map { " AND b.venue_id = \(bind: $0)" } ?? ""
        let active: SQLQueryString = includeCancelled ? "" : " AND b.cancelled_at IS NULL"
        let start = Timestamp.format(period.start), end = Timestamp.format(period.end)
        return try await database.read { sql in
            try await Self.bookings(
                where: """
                    \(Self.visibleVenues(principal))\(venue)\(active) AND b.starts_at < \(bind: end) AND b.ends_at > \(bind: start)
                    """, in: sql)
        }
    }

    /// A venue's week (Monday to Sunday) containing `day`, with its bookings.
    public func week(venueID: String, containing day: CalendarDay, by principal: Principal) async throws -> (Venue, BookingWeek) {
        let venue = try await self.venue(venueID, by: principal)
        let period = BookingWeek(containing: day, bookings: []).period
        let bookings = try await self.bookings(venueID: venueID, period: period, by: principal)
        return (venue, BookingWeek(containing: day, bookings: bookings))
    }

    // MARK: - Shared

    /// Venues (alias `v`) the caller may see and book: the office's territory, or a partner account's community.
    static func visibleVenues(_ principal: Principal) -> SQLQueryString {
        guard principal.can(.manageServices) || principal.role == .partner else { return "1 = 0" }
        return principal.scope.communityCondition("v.community_code")
    }

    /// The partner a partner's account signs in for.
    static func partner(of principal: Principal, in sql: any SQLDatabase) async throws -> Partner? {
        guard principal.role == .partner else { return nil }
        return try await sql.raw("SELECT * FROM partners WHERE account_id = \(bind: principal.accountID)").first()
            .map(PartnerStore.partner(from:))
    }

    /// Venues (`v`) with their partner's name, to be followed by a `WHERE`.
    static let venueColumns: SQLQueryString =
        "SELECT v.*, p.name AS partner_name FROM venues v LEFT JOIN partners p ON p.id = v.partner_id"

    static func venue(from row: any SQLRow) throws -> Venue {
        Venue(
            id: try row.string("id"), communityCode: try row.string("community_code"), partnerID: try row.optionalString("partner_id"),
            name: try row.string("name"), place: try row.string("place"), capacity: try row.int("capacity"),
            openingHours: try row.string("opening_hours"), partnerName: try row.optionalString("partner_name"))
    }

    /// Bookings joined to their venue (`b`, `v`) where `condition` holds.
    static func bookings(where condition: SQLQueryString, in sql: any SQLDatabase) async throws -> [VenueBooking] {
        try await sql.raw(
            "SELECT b.* FROM venue_bookings b JOIN venues v ON v.id = b.venue_id WHERE \(condition) ORDER BY b.starts_at, b.id"
        ).all().map { row in
            VenueBooking(
                id: try row.string("id"), venueID: try row.string("venue_id"), communityCode: try row.string("community_code"),
                startsAt: try row.date("starts_at"), endsAt: try row.date("ends_at"), purpose: try row.string("purpose"),
                expectedPeople: try row.int("expected_people"), partnerID: try row.optionalString("partner_id"),
                bookedBy: try row.string("booked_by"), bookedByName: try row.string("booked_by_name"),
                cancelledAt: try row.optionalDate("cancelled_at"))
        }
    }
}
