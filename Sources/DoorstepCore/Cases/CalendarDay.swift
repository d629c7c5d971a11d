import Foundation

/// A day of the calendar in China Standard Time (UTC+8, no daylight saving): the unit work calendars speak in.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600)!
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chinaTime
        return calendar
    }()

    /// The day a moment falls on in China.
    public init(containing date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(parts.year!, parts.month!, parts.day!)
    }

    /// `2026-10-01`; nil for anything that is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = Self.calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            CalendarDay(containing: date) == CalendarDay(parts[0], parts[1], parts[2])
        else { return nil }
        self.init(parts[0], parts[1], parts[2])
    }

    /// Midnight at the start of the day, China time.
    public var start: Date { Self.calendar.date(from: DateComponents(year: year, month: month, day: day))! }

    public func adding(days: Int) -> CalendarDay {
        CalendarDay(containing: Self.calendar.date(byAdding: .day, value: days, to: start)!)
    }

    /// How many days from this day to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDay) -> Int {
        Self.calendar.dateComponents([.day], from: start, to: other.start).day!
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool {
        let weekday = Self.calendar.component(.weekday, from: start)
        return weekday == 1 || weekday == 7
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Written as `2026-10-01` in JSON, as everywhere else a day is shown.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
