import Foundation

/// Which days are working days: Monday to Friday, except the official public holidays, plus the weekend days
/// worked in exchange (调休). Deadlines in working days or working hours count over it. The shipped years come from
/// the State Council's notices (`OfficialHolidays`); a community edits or imports a new year as data.
public struct WorkCalendar: Sendable, Equatable {
    /// Days off that would otherwise be working days (and weekend days inside a holiday, which change nothing).
    public var holidays: Set<CalendarDay>
    /// Weekend days that are working days.
    public var makeUpWorkdays: Set<CalendarDay>
    /// The working hours of a working day, China time, as minutes after midnight: by default 9:00–12:00 and
    /// 13:30–17:30 (seven hours).
    public var hours: [ClosedRange<Int>]

    public init(
        holidays: Set<CalendarDay>, makeUpWorkdays: Set<CalendarDay>,
        hours: [ClosedRange<Int>] = [9 * 60...12 * 60, 13 * 60 + 30...17 * 60 + 30]
    ) {
        self.holidays = holidays
        self.makeUpWorkdays = makeUpWorkdays
        self.hours = hours
    }

    /// The calendar of the shipped years.
    public static let official = WorkCalendar(
        holidays: Set(OfficialHolidays.years.flatMap(\.holidays)), makeUpWorkdays: Set(OfficialHolidays.years.flatMap(\.makeUpWorkdays)))

    public func isWorkday(_ day: CalendarDay) -> Bool {
        if makeUpWorkdays.contains(day) { return true }
        return !day.isWeekend && !holidays.contains(day)
    }

    /// The end of the `count`-th working day after the one `start` falls on (a case registered on a Friday
    /// afternoon with one working day is due at the close of Monday's hours, or of the next working day).
    public func adding(workingDays count: Int, to start: Date) -> Date {
        var day = CalendarDay(containing: start)
        var remaining = count
        // Ten years without a working day is a broken calendar, not a deadline: stop there.
        for _ in 0..<3_660 where remaining > 0 {
            day = day.adding(days: 1)
            if isWorkday(day) { remaining -= 1 }
        }
        return day.start.addingTimeInterval(TimeInterval((hours.last?.upperBound ?? 24 * 60) * 60))
    }

    /// The moment `count` working hours after `start`, counting only the working hours of working days.
    public func adding(workingHours count: Double, to start: Date) -> Date {
        // A calendar without working hours would never reach the end; its deadlines are the start, rather than a
        // request that never returns. Ten years without a working day is likewise a broken calendar.
        guard hours.contains(where: { $0.upperBound > $0.lowerBound }), count > 0 else { return start }
        var remaining = count * 60
        var day = CalendarDay(containing: start)
        var minute = Int(start.timeIntervalSince(day.start) / 60)
        for _ in 0..<3_660 {
            if isWorkday(day) {
                for span in hours where span.upperBound > minute {
                    let from = max(minute, span.lowerBound)
                    let available = Double(span.upperBound - from)
                    if remaining <= available {
                        return day.start.addingTimeInterval((Double(from) + remaining) * 60)
                    }
                    remaining -= available
                    minute = span.upperBound
                }
            }
            day = day.adding(days: 1)
            minute = 0
        }
        return start
    }

    /// Working minutes between two moments, for a clock's share of its deadline (yellow at 80 %).
    public func workingMinutes(from start: Date, to end: Date) -> Double {
        guard end > start else { return 0 }
        var total = 0.0
        var day = CalendarDay(containing: start)
        let last = CalendarDay(containing: end)
        while day <= last {
            if isWorkday(day) {
                for span in hours {
                    let from = max(day.start.addingTimeInterval(Double(span.lowerBound) * 60), start)
                    let to = min(day.start.addingTimeInterval(Double(span.upperBound) * 60), end)
                    if to > from { total += to.timeIntervalSince(from) / 60 }
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }
}
