extension WorkCalendar {
    /// The coming year, when it is December and that year has no holiday yet: the State Council publishes a year's
    /// holidays late in the year before, and until they are entered a deadline past 31 December counts weekends only.
    public func unsetNextYear(today: CalendarDay) -> Int? {
        guard today.month == 12 else { return nil }
        let next = today.year + 1
        return holidays.contains { $0.year == next } ? nil : next
    }
}
