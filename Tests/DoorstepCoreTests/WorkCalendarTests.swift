import Foundation
import Testing

@testable import DoorstepCore

@Suite("Work calendar")
struct WorkCalendarTests {
    let calendar = WorkCalendar.official

    func at(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0) -> Date {
        day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    @Test("every make-up workday of the shipped years is a weekend day, and no holiday is one")
    func shippedData() {
        for year in OfficialHolidays.years {
            let weekends = year.makeUpWorkdays.allSatisfy(\.isWeekend)
            let disjoint = Set(year.holidays).isDisjoint(with: year.makeUpWorkdays)
            let inYear = year.holidays.allSatisfy { $0.year == year.year }
            #expect(weekends && disjoint && inYear, "\(year.year)")
        }
        #expect(calendar.isWorkday(CalendarDay(2025, 10, 11)), "a Saturday worked in exchange")
        #expect(!calendar.isWorkday(CalendarDay(2025, 10, 8)), "National Day 2025 runs to the 8th")
        #expect(!calendar.isWorkday(CalendarDay(2026, 2, 23)) && calendar.isWorkday(CalendarDay(2026, 2, 28)))
        #expect(!calendar.isWorkday(CalendarDay(2026, 11, 28)) && calendar.isWorkday(CalendarDay(2026, 11, 27)))
    }

    @Test("working days skip the holiday and count the make-up Saturday; a deadline ends at the close of the day")
    func workingDays() {
        let due = calendar.adding(workingDays: 3, to: at(CalendarDay(2025, 9, 30), 10))
        #expect(due == at(CalendarDay(2025, 10, 11), 17, 30))
        #expect(calendar.adding(workingDays: 1, to: at(CalendarDay(2026, 11, 27), 16)) == at(CalendarDay(2026, 11, 30), 17, 30))
    }

    @Test("working hours run out at the close and resume on the next working day; lunch does not count")
    func workingHours() {
        let start = at(CalendarDay(2025, 9, 30), 16, 30)
        let due = calendar.adding(workingHours: 2, to: start)
        #expect(due == at(CalendarDay(2025, 10, 9), 10))
        #expect(calendar.workingMinutes(from: start, to: due) == 120)
        #expect(calendar.adding(workingHours: 3.5, to: at(CalendarDay(2026, 11, 27), 9)) == at(CalendarDay(2026, 11, 27), 14))
        #expect(calendar.adding(workingHours: 1, to: at(CalendarDay(2026, 11, 28), 3)) == at(CalendarDay(2026, 11, 30), 10))
        var noHours = calendar
        noHours.hours = []
        #expect(noHours.adding(workingHours: 1, to: start) == start, "a calendar without hours does not hang")
    }

    @Test("days read from text must be real")
    func parsing() {
        #expect(CalendarDay(iso: "2026-02-29") == nil)
        #expect(CalendarDay(iso: "2024-02-29") == CalendarDay(2024, 2, 29))
        #expect(CalendarDay(containing: Date(timeIntervalSince1970: 1_767_196_800)) == CalendarDay(2026, 1, 1), "midnight in Beijing is 16:00 UTC the day before")
    }

    @Test("the day a moment falls on, counted, agrees with the calendar's from 1900 to 2100, either side of midnight")
    func dayOfMoment() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        var generator = SeededGenerator(seed: 11)
        let moments = (0..<20_000).map { _ in Double(Int.random(in: -2_208_988_800...4_102_444_800, using: &generator)) }
            + [-28_800, -28_801, 1_767_196_799, 1_767_196_800, 951_753_600]  // Beijing midnights, and 2000-02-29
        for seconds in moments {
            let moment = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day], from: moment)
            #expect(CalendarDay(containing: moment) == CalendarDay(parts.year!, parts.month!, parts.day!), "\(seconds)")
        }
        #expect(CalendarDay.days(inMonth: 2, of: 2000) == 29 && CalendarDay.days(inMonth: 2, of: 1900) == 28)
        #expect(CalendarDay(1987, 3, 4).description == "1987-03-04")
    }
}

@Suite("Stored times")
struct TimestampTests {
    @Test("the fast reader agrees with Foundation on every stored time, and falls back for other forms")
    func fastParse() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let date = Timestamp.truncated(Date(timeIntervalSince1970: Double.random(in: -2e9...4e9, using: &generator)))
            let text = Timestamp.format(date)
            let foundation = try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
            #expect(Timestamp.fastParse(text) == foundation, "\(text)")
        }
        #expect(Timestamp.fastParse("2026-11-29T09:55:13Z") == nil)
        #expect(Timestamp.parse("2026-11-29T09:55:13Z") == Date(timeIntervalSince1970: 1_795_946_113))
        #expect(Timestamp.fastParse("2026-13-29T09:55:13.000Z") == nil)
    }
}

@Suite("Calendar entries")
struct CalendarEntryTests {
    @Test("a sheet's line reads 休/班/常 or the English kinds; every bad field is named; later entries win")
    func entries() throws {
        #expect(try CalendarEntry.parse(day: "2027-02-06", kind: "班", name: "春节调休") == CalendarEntry(day: CalendarDay(2027, 2, 6), kind: .workday, name: "春节调休"))
        #expect(throws: ValidationFailure([FieldError("day", .dateFormat), FieldError("dayKind", .unknownValue(allowed: ["休", "班", "常"]))])) {
            try CalendarEntry.parse(day: "2027-02-30", kind: "放", name: "")
        }
        let calendar = WorkCalendar.official.applying([
            CalendarEntry(day: CalendarDay(2026, 10, 1), kind: .ordinary, name: ""),
            CalendarEntry(day: CalendarDay(2026, 11, 30), kind: .holiday, name: "台风"),
            CalendarEntry(day: CalendarDay(2026, 11, 30), kind: .ordinary, name: ""),
        ])
        #expect(calendar.isWorkday(CalendarDay(2026, 10, 1)) && calendar.isWorkday(CalendarDay(2026, 11, 30)))
    }

    @Test("next year is unset only in December and only until one of its holidays is known")
    func unsetNextYear() {
        let calendar = WorkCalendar(holidays: [CalendarDay(2026, 10, 1)], makeUpWorkdays: [])
        #expect(calendar.unsetNextYear(today: CalendarDay(2026, 12, 1)) == 2027)
        #expect(calendar.unsetNextYear(today: CalendarDay(2026, 11, 30)) == nil)
        var entered = calendar
        entered.holidays.insert(CalendarDay(2027, 1, 1))
        #expect(entered.unsetNextYear(today: CalendarDay(2026, 12, 31)) == nil)
    }
}
