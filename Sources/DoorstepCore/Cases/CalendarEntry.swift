/// One day set by hand over the shipped calendar: a new year's holidays and make-up workdays from the State
/// Council's notice, or a local change (a typhoon day off). The latest entry for a day wins.
public struct CalendarEntry: Sendable, Codable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable, Hashable {
        /// A day off (休).
        case holiday
        /// A working day, weekend or not (班).
        case workday
        /// As Monday to Friday make it, whatever the shipped data said (常).
        case ordinary
    }

    public var day: CalendarDay
    public var kind: Kind
    public var name: String

    public init(day: CalendarDay, kind: Kind, name: String) {
        self.day = day
        self.kind = kind
        self.name = name
    }

    /// Reads one line of an imported calendar: `2027-01-01,休,元旦` (kinds 休/班/常 or holiday/workday/ordinary).
    public static func parse(day: String, kind: String, name: String) throws(ValidationFailure) -> CalendarEntry {
        var validator = Validator()
        let parsed = CalendarDay(iso: day.trimmingCharacters(in: .whitespaces))
        if parsed == nil { validator.check("day", .dateFormat) }
        let kinds: [String: Kind] = ["休": .holiday, "班": .workday, "常": .ordinary]
        let trimmed = kind.trimmingCharacters(in: .whitespaces)
        let found = kinds[trimmed] ?? Kind(rawValue: trimmed)
        if found == nil { validator.check("dayKind", .unknownValue(allowed: ["休", "班", "常"])) }
        validator.check("name", name.count > 40 ? .tooLong(maximum: 40) : nil)
        try validator.throwIfAny()
        return CalendarEntry(day: parsed!, kind: found!, name: name.trimmingCharacters(in: .whitespaces))
    }
}

extension WorkCalendar {
    /// This calendar with `entries` laid over it, later entries over earlier ones.
    public func applying(_ entries: [CalendarEntry]) -> WorkCalendar {
        var calendar = self
        for entry in entries {
            calendar.holidays.remove(entry.day)
            calendar.makeUpWorkdays.remove(entry.day)
            switch entry.kind {
            case .holiday: calendar.holidays.insert(entry.day)
            case .workday: calendar.makeUpWorkdays.insert(entry.day)
            case .ordinary: break
            }
        }
        return calendar
    }
}
