import Foundation

/// A shared venue (共享场地, S13 资源共享): a room or hall offered by a partner — or by the community itself when no
/// partner is named — that the office and the community's partners book by the hour.
public struct Venue: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The partner that offers it; nil for the community's own rooms.
    public var partnerID: String?
    public var name: String
    /// Where it is, as a visitor would look for it.
    public var place: String
    /// How many people it holds.
    public var capacity: Int
    /// As posted on its door (`周一至周五 8:30–17:30`): opening hours vary too much to be rules.
    public var openingHours: String
    /// The offering partner's name as read with the venue, for showing: a partner's account cannot list the others.
    public var partnerName: String?

    public init(
        id: String, communityCode: String, partnerID: String?, name: String, place: String, capacity: Int, openingHours: String,
        partnerName: String? = nil
    ) {
        self.id = id
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.name = name
        self.place = place
        self.capacity = capacity
        self.openingHours = openingHours
        self.partnerName = partnerName
    }
}

/// A venue as it is written.
public struct NewVenue: Sendable, Equatable {
    public var name: String
    public var place: String
    public var capacity: String
    public var openingHours: String
    public var partnerID: String?

    public init(name: String, place: String, capacity: String, openingHours: String, partnerID: String?) {
        self.name = name
        self.place = place
        self.capacity = capacity
        self.openingHours = openingHours
        self.partnerID = partnerID
    }

    /// The venue with an empty id, or every problem at once.
    public func validate(communityCode: String) throws(ValidationFailure) -> Venue {
        var validator = Validator()
        validator.text("name", name, maximum: 100)
        validator.text("place", place, maximum: 100)
        let amount = Int(capacity.trimmingCharacters(in: .whitespaces))
        if let amount {
            if amount < 1 { validator.check("capacity", .tooSmall(minimum: 1)) }
            if amount > 10_000 { validator.check("capacity", .tooLarge(maximum: 10_000)) }
        } else {
            validator.check("capacity", .notANumber)
        }
        validator.check("openingHours", openingHours.count > 200 ? .tooLong(maximum: 200) : nil)
        try validator.throwIfAny()
        let partner = partnerID?.trimmingCharacters(in: .whitespaces) ?? ""
        return Venue(
            id: "", communityCode: communityCode, partnerID: partner.isEmpty ? nil : partner,
            name: name.trimmingCharacters(in: .whitespaces), place: place.trimmingCharacters(in: .whitespaces), capacity: amount!,
            openingHours: openingHours.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// One booking of a venue: from when to when, for what, for how many people, and by whom. A cancelled booking stays
/// on record, and frees its time.
public struct VenueBooking: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var venueID: String
    public var communityCode: String
    public var startsAt: Date
    public var endsAt: Date
    public var purpose: String
    public var expectedPeople: Int
    /// The partner that booked it; nil when the community office did.
    public var partnerID: String?
    /// The account that booked it: it may cancel it.
    public var bookedBy: String
    /// Who booked, as shown beside the booking: the partner's name, or the office account's.
    public var bookedByName: String
    public var cancelledAt: Date?

    public init(
        id: String, venueID: String, communityCode: String, startsAt: Date, endsAt: Date, purpose: String, expectedPeople: Int,
        partnerID: String?, bookedBy: String, bookedByName: String, cancelledAt: Date? = nil
    ) {
        self.id = id
        self.venueID = venueID
        self.communityCode = communityCode
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.purpose = purpose
        self.expectedPeople = expectedPeople
        self.partnerID = partnerID
        self.bookedBy = bookedBy
        self.bookedByName = bookedByName
        self.cancelledAt = cancelledAt
    }

    /// The longest a booking may run: a venue is shared, so nobody holds it for days.
    public static let longestHours = 24

    /// Two spans overlap when each starts before the other ends: a booking ending at 10:00 leaves 10:00 free.
    public static func overlap(_ start: Date, _ end: Date, _ otherStart: Date, _ otherEnd: Date) -> Bool {
        start < otherEnd && otherStart < end
    }

    public func overlaps(startsAt: Date, endsAt: Date) -> Bool {
        cancelledAt == nil && Self.overlap(self.startsAt, self.endsAt, startsAt, endsAt)
    }
}

/// A booking as it is asked for: times as a form or a client writes them (see `BookingTime.parse`).
public struct NewBooking: Sendable, Equatable {
    public var startsAt: String
    public var endsAt: String
    public var purpose: String
    public var expectedPeople: String

    public init(startsAt: String, endsAt: String, purpose: String, expectedPeople: String) {
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.purpose = purpose
        self.expectedPeople = expectedPeople
    }

    /// The booking of `venue` with empty id and booker, or every problem at once: a real span of at most a day that
    /// has not begun, for no more people than the venue holds. Whether the time is free is the store's to check.
    public func validate(venue: Venue, now: Date) throws(ValidationFailure) -> VenueBooking {
        var validator = Validator()
        let start = Self.moment("startsAt", startsAt, &validator)
        let end = Self.moment("endsAt", endsAt, &validator)
        if let start, start < now { validator.check("startsAt", .pastDeadline) }
        if let start, let end {
            if end <= start {
                validator.check("endsAt", .beforeStart)
            } else if end.timeIntervalSince(start) > TimeInterval(VenueBooking.longestHours * 3600) {
                validator.check("endsAt", .tooLarge(maximum: VenueBooking.longestHours))
            }
        }
        validator.text("purpose", purpose, maximum: 200)
        let people = Int(expectedPeople.trimmingCharacters(in: .whitespaces))
        if let people {
            if people < 1 { validator.check("expectedPeople", .tooSmall(minimum: 1)) }
            if people > venue.capacity { validator.check("expectedPeople", .tooLarge(maximum: venue.capacity)) }
        } else {
            validator.check("expectedPeople", .notANumber)
        }
        try validator.throwIfAny()
        return VenueBooking(
            id: "", venueID: venue.id, communityCode: venue.communityCode, startsAt: start!, endsAt: end!,
            purpose: purpose.trimmingCharacters(in: .whitespacesAndNewlines), expectedPeople: people!, partnerID: nil,
            bookedBy: "", bookedByName: "")
    }

    static func moment(_ field: String, _ text: String, _ validator: inout Validator) -> Date? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            validator.check(field, .required)
            return nil
        }
        guard let date = BookingTime.parse(text) else {
            validator.check(field, .dayFormat)
            return nil
        }
        return date
    }
}

/// Moments as bookings are written and shown: China time, to the minute.
public enum BookingTime {
    /// `2026-12-01T09:00` (what a `datetime-local` input sends, read as China time), or ISO-8601 with its offset
    /// (`2026-12-01T09:00:00+08:00`, `2026-12-01T01:00:00Z`) as an API client sends it.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: trimmed) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: trimmed) { return date }
        let parts = trimmed.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = CalendarDay(iso: String(parts[0])) else { return nil }
        // Only a bare clock: anything with an offset that ISO-8601 did not take is not a time.
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60
        else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) ?? 60 : 0
        guard second < 60 else { return nil }
        return day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second))
    }

    /// `2026-12-01T09:00` in China time: a `datetime-local` input's value.
    public static func local(_ date: Date) -> String {
        let parts = CalendarDay.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    /// `09:00` in China time.
    public static func clock(_ date: Date) -> String {
        let parts = CalendarDay.calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }
}

/// A venue's week as its page shows it: Monday to Sunday (China time), each day with the bookings that start on it,
/// earliest first. Cancelled bookings are left out: their time is free again.
public struct BookingWeek: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public var day: CalendarDay
        /// 1 for Monday through 7 for Sunday.
        public var weekday: Int
        public var bookings: [VenueBooking]
    }

    public var monday: CalendarDay
    public var days: [Day]

    public init(containing day: CalendarDay, bookings: [VenueBooking]) {
        let monday = Self.monday(of: day)
        self.monday = monday
        let active = bookings.filter { $0.cancelledAt == nil }.sorted { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
        self.days = (0..<7).map { offset -> Day in
            let date = monday.adding(days: offset)
            return Day(day: date, weekday: offset + 1, bookings: active.filter { CalendarDay(containing: $0.startsAt) == date })
        }
    }

    /// The Monday of the week `day` falls in.
    public static func monday(of day: CalendarDay) -> CalendarDay {
        // Gregorian weekdays count from Sunday = 1; Monday = 2 is zero days back.
        let weekday = CalendarDay.calendar.component(.weekday, from: day.start)
        return day.adding(days: -((weekday + 5) % 7))
    }

    /// The seven days, for reading the week's bookings.
    public var period: ReportingPeriod { ReportingPeriod(first: monday, last: monday.adding(days: 6)) }
}
