import DoorstepCore

/// The December warning that next year's holidays are not set: on the calendar page and the office's home.
enum CalendarWarning {
    static func text(_ year: Int, _ principal: Principal, _ strings: Strings) -> String {
        strings.format(principal.role == .streetAdmin ? "calendar_unset_year_street" : "calendar_unset_year", ["year": String(year)])
    }
}
