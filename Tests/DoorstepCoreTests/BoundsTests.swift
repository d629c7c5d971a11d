import Foundation
import Testing

@testable import DoorstepCore

/// A value past a bound is named by the bound it crossed, in words a person can act on.
@Suite("Bounds named")
struct BoundsTests {
    @Test("a reversed reporting period names its end as before its start")
    func reversedPeriod() throws {
        #expect(throws: ValidationFailure([FieldError("to", .beforeStart)])) {
            try ReportingPeriod.parse(first: "2026-11-30", last: "2026-11-01")
        }
        #expect(try ReportingPeriod.parse(first: "2026-11-01", last: "2026-11-01").first == CalendarDay(2026, 11, 1))
    }

    @Test("a location off the globe is named by the bound it crossed, not as a map boundary")
    func locationBounds() {
        func problems(_ latitude: Double, _ longitude: Double) -> [FieldError] {
            do throws(ValidationFailure) {
                try CaseReport(source: .patrol, categoryCode: "L0202", description: "楼道堆物", latitude: latitude, longitude: longitude).validate()
                return []
            } catch { return error.errors }
        }
        #expect(problems(91, 104) == [FieldError("latitude", .tooLarge(maximum: 90))])
        #expect(problems(-90.5, -181) == [FieldError("latitude", .tooSmall(minimum: -90)), FieldError("longitude", .tooSmall(minimum: -180))])
        #expect(problems(.nan, 104) == [FieldError("latitude", .wrongType(expected: .number))])
        #expect(problems(30.66, 104.06) == [])
    }
}
