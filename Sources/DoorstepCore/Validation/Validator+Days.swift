import Foundation

extension Validator {
    /// Checks a required `YYYY-MM-DD` day, past or future, and gives it back when it is one.
    public mutating func day(_ field: String, _ value: String) -> CalendarDay? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            check(field, .required)
            return nil
        }
        guard let day = CalendarDay(iso: trimmed) else {
            check(field, .dayFormat)
            return nil
        }
        return day
    }

    /// Checks two days as a span: both valid and the last not before the first.
    public mutating func span(_ firstField: String, _ first: String, _ lastField: String, _ last: String)
        -> (CalendarDay, CalendarDay)?
    {
        let start = day(firstField, first), end = day(lastField, last)
        guard let start, let end else { return nil }
        guard end >= start else {
            check(lastField, .beforeStart)
            return nil
        }
        return (start, end)
    }
}
