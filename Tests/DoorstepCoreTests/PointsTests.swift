import DoorstepCore
import Testing

@Suite("Points, stars and quarters")
struct PointsTests {
    @Test("the standard bands give exactly the stars of their ranges")
    func standardBands() {
        let bands = StarBands.standard
        let expected: [(ClosedRange<Int>, StarRating)] = [
            (0...59, .unqualified), (60...69, .stars(1)), (70...79, .stars(2)), (80...89, .stars(3)), (90...95, .stars(4)),
            (96...140, .stars(5)),
        ]
        for (range, rating) in expected {
            for total in range { #expect(bands.rating(total: total) == rating, "\(total)") }
        }
        #expect(bands.rating(total: 100, exempt: true) == .exempt)
        #expect(bands.text == "60:1, 70:2, 80:3, 90:4, 96:5")
    }

    @Test("equal totals share a place and the next place skips as many; exempted members have none")
    func places() {
        func line(_ earned: Int, exempt: Bool = false) -> MemberYear {
            MemberYear(memberID: "m\(earned)", memberName: "", orgID: "", year: 2026, base: 60, earned: earned, exempt: exempt, bands: .standard)
        }
        #expect(MemberYear.places(of: [line(30), line(20), line(20), line(10)]) == [1, 2, 2, 4])
        #expect(MemberYear.places(of: [line(30), line(30), line(30), line(5), line(5), line(0, exempt: true)]) == [1, 1, 1, 4, 4, nil])
        #expect(MemberYear.places(of: []) == [])
    }

    @Test("bands are read as written and refused when they do not rise")
    func parsing() throws {
        let bands = try StarBands.parse("50：1，75:3; 90:5")
        #expect(bands.rating(total: 74) == .stars(1) && bands.rating(total: 75) == .stars(3) && bands.rating(total: 49) == .unqualified)
        #expect(throws: ValidationFailure([FieldError("starBands", .tooSmall(minimum: 61))])) { try StarBands.parse("60:1, 60:2") }
        #expect(throws: ValidationFailure([FieldError("starBands", .tooLarge(maximum: 5))])) { try StarBands.parse("60:6") }
        #expect(throws: ValidationFailure([FieldError("starBands", .notANumber)])) { try StarBands.parse("sixty:1") }
        #expect(throws: ValidationFailure([FieldError("starBands", .required)])) { try StarBands.parse(" ") }
    }

    @Test("a cap cuts the last entry short and then counts nothing; deductions are capped the same way")
    func caps() throws {
        let visit = PointRule(id: "r", communityCode: "c", item: "走访", points: 2, capPerYear: 5, trigger: .visit, evidenceRequired: false)
        #expect([0, 2, 4, 5].map { visit.counted(already: $0) } == [2, 2, 1, 0])
        let deduction = PointRule(id: "d", communityCode: "c", item: "缺席", points: -5, capPerYear: 8, trigger: .deduction, evidenceRequired: false)
        #expect([0, -5, -8].map { deduction.counted(already: $0) } == [-5, -3, 0])
        #expect(throws: ValidationFailure([FieldError("points", .tooLarge(maximum: -1))])) {
            try PointRule(id: "", communityCode: "c", item: "x", points: 3, capPerYear: nil, trigger: .deduction, evidenceRequired: false).validate()
        }
        #expect(throws: ValidationFailure([FieldError("capPerYear", .tooSmall(minimum: 3))])) {
            try PointRule(id: "", communityCode: "c", item: "x", points: 3, capPerYear: 2, trigger: .claimed, evidenceRequired: false).validate()
        }
    }

    @Test("quarters read, contain and end on the right days")
    func quarters() {
        #expect(Quarter(text: "2026-Q3") == Quarter(year: 2026, number: 3))
        #expect(Quarter(text: "2026Q5") == nil && Quarter(text: "Q3") == nil)
        #expect(Quarter(containing: CalendarDay(2026, 9, 30)).number == 3 && Quarter(containing: CalendarDay(2026, 10, 1)).number == 4)
        #expect(Quarter(year: 2024, number: 1).last == CalendarDay(2024, 3, 31))
        #expect(Quarter(year: 2026, number: 4).last == CalendarDay(2026, 12, 31))
    }

    @Test("a visit is refused with every bad field named")
    func visitInput() {
        let today = CalendarDay(2026, 11, 23)
        #expect(throws: ValidationFailure([FieldError("householdID", .required), FieldError("visitedOn", .tooLongAgo(maximumDays: 90)),
                                           FieldError("findings", .required), FieldError("case.description", .required)])) {
            try NewVisit(householdID: "", visitedOn: "2026-08-01", findings: " ", raisedCase: RaisedCase(categoryCode: "L0205", description: "")).validate(today: today)
        }
        #expect(throws: ValidationFailure([FieldError("visitedOn", .dateFormat)])) {
            try NewVisit(householdID: "h", visitedOn: "2026-11-24", findings: "x").validate(today: today)
        }
    }
}

@Suite("Volunteer hours and stars")
struct VolunteerHoursTests {
    @Test("hours are whole half-hours, read as 2.5 or 2:30, served time rounded down")
    func halfHours() {
        #expect(HalfHours(hours: "2.5") == HalfHours(5) && HalfHours(hours: "2:30") == HalfHours(5) && HalfHours(hours: "3") == HalfHours(6))
        #expect(HalfHours(hours: "2.4") == nil && HalfHours(hours: "2:15") == nil && HalfHours(hours: "-1") == nil)
        #expect(HalfHours(hours: "inf") == nil && HalfHours(hours: "1e300") == nil && HalfHours(hours: "99999999999999999:00") == nil, "refused, not a trap")
        #expect(HalfHours(minutes: 160) == HalfHours(5) && HalfHours(minutes: 29) == .zero && HalfHours(5).text == "2.5")
    }

    @Test("stars by cumulative hours at the configured thresholds")
    func stars() throws {
        let standard = VolunteerStars.standard
        #expect(standard.stars(for: HalfHours(199)) == 0 && standard.stars(for: HalfHours(200)) == 1)
        #expect(standard.stars(for: HalfHours(3_000)) == 5 && standard.toNextStar(from: HalfHours(3_000)) == nil)
        #expect(standard.toNextStar(from: HalfHours(250)) == HalfHours(350), "125 h: 175 h to 300 h")
        #expect(throws: ValidationFailure([FieldError("starHours", .tooSmall(minimum: 101))])) { try VolunteerStars.parse("100, 100") }
        #expect(try VolunteerStars.parse("50，150").stars(for: HalfHours(300)) == 2)
    }
}
