import Testing

@testable import DoorstepCore

@Suite("The figures registry's definitions")
struct FigureRegistryTests {
    @Test("every key is defined once, in both languages, with a definition that says what it counts")
    func complete() {
        #expect(Set(FigureRegistry.all.map(\.key)) == Set(FigureKey.allCases))
        #expect(FigureRegistry.all.count == FigureKey.allCases.count, "a key defined twice")
        for definition in FigureRegistry.all {
            #expect(!definition.name.zh.isEmpty && !definition.name.en.isEmpty, "\(definition.key)")
            #expect(definition.definition.zh.count > 8 && definition.definition.en.count > 20, "\(definition.key)")
            #expect(!definition.levels.isEmpty)
            if definition.isRate { #expect(definition.unit.zh == "%") }
        }
        // Every part of the report has figures, and the lecture's order is kept.
        #expect(ReportSection.allCases.allSatisfy { !FigureRegistry.section($0).isEmpty })
    }

    @Test("percentages round half-up from the exact counts, and a share of nothing has none")
    func percentages() {
        #expect(Percentage(25, of: 40).text == "62.5%")
        #expect(Percentage(1, of: 16).text == "6.3%", "6.25 rounds up")
        #expect(Percentage(1, of: 3).text == "33.3%" && Percentage(2, of: 3).text == "66.7%")
        #expect(Percentage(1, of: 8).text == "12.5%" && Percentage(1, of: 80).text == "1.3%")
        #expect(Percentage(3, of: 3).text == "100.0%" && Percentage(0, of: 7).text == "0.0%")
        #expect(Percentage(0, of: 0).text == "—" && Percentage(0, of: 0).percent == nil)
        #expect(Percentage(36, of: 45).textWithCounts(.zhCN) == "80.0%（36/45）")
        #expect(Percentage(36, of: 45).textWithCounts(.en) == "80.0% (36/45)")
        // Where a double would fall a hair short of the half: 0.0125 × 1000 is 12.499999…
        #expect(Percentage(1, of: 8_000).tenths == 0 && Percentage(5, of: 40_000).text == "0.0%")
        #expect(Percentage(1_005, of: 10_000).text == "10.1%", "10.05 rounds up")
    }

    @Test("a figure's value is shown for its kind")
    func values() {
        #expect(FigureCount(7).text(.count) == "7")
        #expect(FigureCount(73).text(.halfHours) == "36.5" && FigureCount(73).number(.halfHours) == 36.5)
        let rate = FigureKind.rate(numerator: Bilingual("a", "a"), denominator: Bilingual("b", "b"))
        #expect(FigureCount(2, of: 3).text(rate) == "66.7%" && FigureCount(2, of: 3).number(rate) == 66.7)
    }

    @Test("the period before has as many days and ends the day before")
    func previous() {
        let november = ReportingPeriod(first: CalendarDay(2026, 11, 1), last: CalendarDay(2026, 11, 30))
        #expect(november.previous == ReportingPeriod(first: CalendarDay(2026, 10, 2), last: CalendarDay(2026, 10, 31)))
        let day = ReportingPeriod(first: CalendarDay(2026, 3, 1), last: CalendarDay(2026, 3, 1))
        #expect(day.previous == ReportingPeriod(first: CalendarDay(2026, 2, 28), last: CalendarDay(2026, 2, 28)))
    }

    @Test("a narrowed account reaches only territory inside its own")
    func narrowed() {
        let street = Principal(
            accountID: "a", username: "s", displayName: "s", role: .streetAdmin, scope: TerritoryScope(level: .street, code: "320106005"),
            twoFactorEnabled: true)
        #expect(street.narrowed(to: "320106005001")?.scope == TerritoryScope(level: .community, code: "320106005001"))
        #expect(street.narrowed(to: "320106006001") == nil && street.narrowed(to: "3201") == nil)
        #expect(street.narrowed(to: "320106005001")?.narrowed(to: "320106005") == nil, "never wider again")
    }
}
