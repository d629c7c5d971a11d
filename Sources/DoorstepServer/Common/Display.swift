import DoorstepCore
import Foundation

/// How values are shown on pages: times in China Standard Time, which has no daylight saving.
enum Display {
    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600)!

    /// `2026-12-07 09:05`, China time. Counted rather than formatted (China keeps UTC+8 all year): a list shows
    /// one or two on each of its rows, and Foundation's formatter cost a twentieth of a list's time.
    static func time(_ date: Date?) -> String {
        guard let date else { return "—" }
        let day = CalendarDay(containing: date)
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        let ofDay = (seconds % 86_400 + 86_400) % 86_400
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        return "\(day.year)-\(two(day.month))-\(two(day.day)) \(two(ofDay / 3600)):\(two(ofDay / 60 % 60))"
    }

    /// A moment to the second, with its day: how fresh a copy of the records is.
    static func moment(_ date: Date) -> String {
        chinaClock(
            "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)",
            date)
    }

    /// The first whole second at or after `date`, with the seconds: a wait is often shorter than a minute.
    static func secondAtOrAfter(_ date: Date) -> String {
        chinaClock(
            "\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)",
            Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.up)))
    }

    /// `date` in `format` on China's clock, with no locale's digits or words.
    private static func chinaClock(_ format: Date.FormatString, _ date: Date) -> String {
        var style = Date.VerbatimFormatStyle(format: format, timeZone: chinaTime, calendar: Calendar(identifier: .gregorian))
        style.locale = nil
        return date.formatted(style)
    }

    /// A size limit as people say it: whole KB below a megabyte, whole MB above.
    static func bytes(_ count: Int) -> String {
        count >= 1024 * 1024 ? "\(count / (1024 * 1024)) MB" : "\(max(1, count / 1024)) KB"
    }

    static func scope(_ scope: TerritoryScope, _ strings: Strings) -> String {
        "\(strings.scopeLevelName(scope.level)) \(scope.code)"
    }

    static func fieldErrors(_ errors: [FieldError], _ strings: Strings) -> [[String: String]] {
        errors.map { ["field": $0.field, "message": "\(strings.fieldName($0.field)): \(strings.message(for: $0.problem))"] }
    }

    /// A text a template shows only when there is one: Mustache takes an empty string as true, and a missing key
    /// would be looked up in the enclosing context, so nothing is `false`.
    static func shown(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return false }
        return text
    }

    /// A link a template shows only when there is one.
    static func shown(_ link: Link?) -> Any {
        shown(link?.description)
    }
}
