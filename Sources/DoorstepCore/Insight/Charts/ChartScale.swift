import Foundation

/// A value axis from 0 to a round top in three to five ticks (0–40 by 10 when the largest value is 37), so the
/// gridlines fall on numbers a reader can name. Steps are 1, 2, 2.5 or 5 times a power of ten and never finer than
/// 0.1, because every label a chart prints carries at most one decimal; the axis always starts at 0, so bar lengths
/// and line heights compare honestly.
public struct ChartScale: Sendable, Hashable {
    /// The axis's upper end, the first multiple of `step` at or above the largest value.
    public let top: Double
    /// The distance between ticks.
    public let step: Double
    /// How many steps from 0 to `top`.
    public let intervals: Int

    /// The axis for values up to `maximum`. Nothing to show (0, a negative or a non-number) gives 0…1.
    /// `wholeSteps` keeps every tick a whole number, for counts: half a case on an axis reads as a mistake.
    public init(maximum: Double, wholeSteps: Bool = false) {
        let target = maximum.isFinite && maximum > 0 ? maximum : 1
        let (step, intervals) = Self.roundStep(reaching: target, wholeSteps: wholeSteps)
        self.step = step
        self.intervals = intervals
        self.top = step * Double(intervals)
    }

    /// The finest round step that reaches `target` in at most four intervals, and how many it takes.
    static func roundStep(reaching target: Double, wholeSteps: Bool) -> (step: Double, intervals: Int) {
        var exponent = wholeSteps ? 0 : -1
        while exponent < 400 {
            // 10⁻¹ as 1 / 10, which division rounds correctly, so 5 × 0.1 is 0.5 exactly.
            let power = exponent >= 0 ? pow(10.0, Double(exponent)) : 1 / pow(10.0, Double(-exponent))
            // 2.5 × 10⁻¹ would need two decimals, and 2.5 itself is no whole number.
            for mantissa in [1.0, 2.0, 2.5, 5.0] where mantissa != 2.5 || exponent >= (wholeSteps ? 1 : 0) {
                let step = mantissa * power
                // A hair of tolerance: 0.3 / 0.1 is 2.9999999999999996 in binary and still three steps.
                let needed = (target / step - 1e-9).rounded(.up)
                if needed <= 4 { return (step, max(Int(needed), 1)) }
            }
            exponent += 1
        }
        // Unreachable for finite values; a safe axis all the same.
        return (target, 1)
    }

    /// The values at which the axis is ticked and labelled, from 0 to `top`.
    public var ticks: [Double] {
        (0...intervals).map { Double($0) * step }
    }

    /// Where a value sits along the axis, 0 at the start and 1 at `top`; a negative value sits at 0 (the axis starts
    /// there, and the printed number still says what it is).
    public func fraction(_ value: Double) -> Double {
        guard top > 0, value.isFinite else { return 0 }
        return min(max(value / top, 0), 1)
    }
}
