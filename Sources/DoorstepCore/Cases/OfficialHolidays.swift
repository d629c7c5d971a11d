/// The public holidays and make-up workdays (调休) of each shipped year, from the General Office of the State
/// Council's annual notices on holiday arrangements (国务院办公厅关于…年部分节假日安排的通知). A year not here is
/// counted as weekends only until a community adds it (the notice comes out each November).
public struct OfficialHolidays: Sendable {
    public let year: Int
    /// The notice the data comes from, so it can be checked.
    public let source: String
    public let holidays: [CalendarDay]
    public let makeUpWorkdays: [CalendarDay]

    static func span(_ year: Int, _ month: Int, _ from: Int, _ to: Int) -> [CalendarDay] {
        (from...to).map { CalendarDay(year, month, $0) }
    }

    public static let years: [OfficialHolidays] = [
        OfficialHolidays(
            year: 2024, source: "国务院办公厅关于2024年部分节假日安排的通知",
            holidays: [CalendarDay(2024, 1, 1)] + span(2024, 2, 10, 17) + span(2024, 4, 4, 6) + span(2024, 5, 1, 5)
                + [CalendarDay(2024, 6, 10)] + span(2024, 9, 15, 17) + span(2024, 10, 1, 7),
            makeUpWorkdays: [
                CalendarDay(2024, 2, 4), CalendarDay(2024, 2, 18), CalendarDay(2024, 4, 7), CalendarDay(2024, 4, 28),
                CalendarDay(2024, 5, 11), CalendarDay(2024, 9, 14), CalendarDay(2024, 9, 29), CalendarDay(2024, 10, 12),
            ]),
        OfficialHolidays(
            year: 2025, source: "国务院办公厅关于2025年部分节假日安排的通知",
            holidays: [CalendarDay(2025, 1, 1)] + span(2025, 1, 28, 31) + span(2025, 2, 1, 4) + span(2025, 4, 4, 6)
                + span(2025, 5, 1, 5) + [CalendarDay(2025, 5, 31)] + span(2025, 6, 1, 2) + span(2025, 10, 1, 8),
            makeUpWorkdays: [
                CalendarDay(2025, 1, 26), CalendarDay(2025, 2, 8), CalendarDay(2025, 4, 27), CalendarDay(2025, 9, 28),
                CalendarDay(2025, 10, 11),
            ]),
        OfficialHolidays(
            year: 2026, source: "国务院办公厅关于2026年部分节假日安排的通知",
            holidays: span(2026, 1, 1, 3) + span(2026, 2, 15, 23) + span(2026, 4, 4, 6) + span(2026, 5, 1, 5)
                + span(2026, 6, 19, 21) + span(2026, 9, 25, 27) + span(2026, 10, 1, 7),
            makeUpWorkdays: [
                CalendarDay(2026, 1, 4), CalendarDay(2026, 2, 14), CalendarDay(2026, 2, 28), CalendarDay(2026, 5, 9),
                CalendarDay(2026, 9, 20), CalendarDay(2026, 10, 10),
            ]),
    ]
}
