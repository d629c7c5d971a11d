import Foundation
import Testing

@testable import DoorstepServer

@Suite("Values as pages show them")
struct DisplayTests {
    @Test("a time is shown to the minute on China's clock, as Foundation's formatter shows it, either side of midnight and of 1970")
    func time() {
        var style = Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
            timeZone: Display.chinaTime, calendar: Calendar(identifier: .gregorian))
        style.locale = nil
        var generator = SystemRandomNumberGenerator()
        let edges: [TimeInterval] = [0, -1, 57_599.9, 57_600, -28_800, -28_801, 951_782_400 - 28_800, 1_798_732_799.999]
        let moments = edges + (0..<2_000).map { _ in TimeInterval(Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator)) }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Display.time(date) == date.formatted(style), "\(seconds)")
        }
        #expect(Display.time(nil) == "—")
    }
}
