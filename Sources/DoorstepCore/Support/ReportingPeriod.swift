import Foundation

/// The days a figure counts over, China time, both ends included: by default the month so far.
public struct ReportingPeriod: Sendable, Codable, Equatable, Hashable {
    public var first: CalendarDay
    public var last: CalendarDay

    public init(first: CalendarDay, last: CalendarDay) {
        self.first = first
        self.last = last
    }

    /// From the first of the month `date` falls in to that day.
    public static func monthToDate(_ date: Date) -> ReportingPeriod {
        let today = CalendarDay(containing: date)
        return ReportingPeriod(first: CalendarDay(today.year, today.month, 1), last: today)
    }

    /// The period given as `YYYY-MM-DD` texts; each bad or reversed end is named.
    public static func parse(first: String, last: String) throws(ValidationFailure) -> ReportingPeriod {
        var validator = Validator()
        let start = CalendarDay(iso: first), end = CalendarDay(iso: last)
        if start == nil { validator.check("from", .dateFormat) }
        if end == nil { validator.check("to", .dateFormat) }
        if let start, let end, end < start { validator.check("to", .beforeStart) }
        try validator.throwIfAny()
        return ReportingPeriod(first: start!, last: end!)
    }

    /// The first moment of the period and the first moment after it.
    public var start: Date { first.start }
    public var end: Date { last.adding(days: 1).start }
}
