/// A calendar quarter, the period points are published for.
public struct Quarter: Sendable, Codable, Equatable, Hashable, Comparable {
    public var year: Int
    /// 1–4.
    public var number: Int

    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    public init(containing day: CalendarDay) {
        self.init(year: day.year, number: (day.month - 1) / 3 + 1)
    }

    /// Reads `2026-Q3` (or `2026Q3`); nil for anything else.
    public init?(text: String) {
        let parts = text.uppercased().replacingOccurrences(of: "-", with: "").split(separator: "Q")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...4).contains(number),
            (2000...2100).contains(year)
        else { return nil }
        self.init(year: year, number: number)
    }

    public var text: String { "\(year)-Q\(number)" }
    public var first: CalendarDay { CalendarDay(year, (number - 1) * 3 + 1, 1) }
    public var last: CalendarDay { Quarter(year: number == 4 ? year + 1 : year, number: number % 4 + 1).first.adding(days: -1) }
    public var period: ReportingPeriod { ReportingPeriod(first: first, last: last) }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
