import Foundation

/// Times are stored as fixed-width ISO-8601 UTC text with milliseconds, so they read well in a database shell and
/// sort correctly as text on both engines.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    public static func parse(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    /// `date` truncated to whole milliseconds, the precision that is stored.
    public static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
