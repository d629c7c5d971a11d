import Foundation

/// An after-school class (四点半课堂, S15): a community's room where children of dual-working families wait, do their
/// homework and are collected, on the weekdays it meets between the first and last day of a term, often run with a
/// partner school.
public struct AfterSchoolClass: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The partner school (a `partners` row of the same community), when there is one.
    public var partnerID: String?
    public var name: String
    public var place: String
    /// ISO weekdays the class meets on, Monday 1 … Sunday 7, ascending.
    public var weekdays: [Int]
    /// `YYYY-MM-DD`, both ends included.
    public var termStart: String
    public var termEnd: String
    /// How many children may be enrolled at once.
    public var capacity: Int

    public init(
        id: String, communityCode: String, partnerID: String?, name: String, place: String, weekdays: [Int], termStart: String,
        termEnd: String, capacity: Int
    ) {
        self.id = id
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.name = name
        self.place = place
        self.weekdays = weekdays
        self.termStart = termStart
        self.termEnd = termEnd
        self.capacity = capacity
    }

    /// The most children one class takes: beyond that it is a school, not a community room.
    public static let maximumCapacity = 200

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("name", name, maximum: 50)
        validator.text("place", place, maximum: 100)
        if weekdays.isEmpty {
            validator.check("weekdays", .required)
        } else if weekdays.contains(where: { !(1...7).contains($0) }) {
            validator.check("weekdays", .unknownValue(allowed: (1...7).map(String.init)))
        }
        let start = CalendarDay(iso: termStart), end = CalendarDay(iso: termEnd)
        if start == nil { validator.check("termStart", .dateFormat) }
        if end == nil { validator.check("termEnd", .dateFormat) }
        // The same refusal as any other span that ends before it starts (activities, reporting periods).
        if let start, let end, end < start { validator.check("termEnd", .beforeStart) }
        if capacity < 1 { validator.check("capacity", .tooSmall(minimum: 1)) }
        if capacity > Self.maximumCapacity { validator.check("capacity", .tooLarge(maximum: Self.maximumCapacity)) }
        try validator.throwIfAny()
    }

    /// Whether the class meets on `day`: a weekday it meets on, inside its term.
    public func meets(on day: CalendarDay) -> Bool {
        guard let start = CalendarDay(iso: termStart), let end = CalendarDay(iso: termEnd), start <= day, day <= end else {
            return false
        }
        return weekdays.contains(Self.weekday(of: day))
    }

    /// The ISO weekday of `day` in China, Monday 1 … Sunday 7: the numbering a Chinese timetable (周一…周日) uses.
    public static func weekday(of day: CalendarDay) -> Int {
        let sundayFirst = CalendarDay.calendar.component(.weekday, from: day.start)
        return (sundayFirst + 5) % 7 + 1
    }
}

/// A class as the office's list shows it: its partner school's name and how many children are enrolled now.
public struct AfterSchoolClassListing: Sendable, Codable, Equatable, Hashable {
    public var schoolClass: AfterSchoolClass
    public var partnerName: String?
    public var enrolled: Int

    public init(schoolClass: AfterSchoolClass, partnerName: String?, enrolled: Int) {
        self.schoolClass = schoolClass
        self.partnerName = partnerName
        self.enrolled = enrolled
    }
}
