/// A share as a percentage with one decimal, rounded half-up from the exact counts (25/40 is 62.5 %, 1/16 is 6.3 %),
/// never from a floating-point quotient that may fall a hair below the half. A share of nothing has no percentage.
public struct Percentage: Sendable, Hashable, Codable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Tenths of a per cent, rounded half-up; nil when the denominator is 0.
    public var tenths: Int? {
        guard denominator > 0 else { return nil }
        // numerator / denominator × 1000, plus a half, floored — in integers.
        let doubled = 2_000 * numerator + denominator
        let divisor = 2 * denominator
        return doubled >= 0 ? doubled / divisor : -((-doubled + divisor - 1) / divisor)
    }

    /// The percentage as a number with one decimal (62.5), for JSON.
    public var percent: Double? { tenths.map { Double($0) / 10 } }

    /// `62.5%`, or `—` for a share of nothing.
    public var text: String {
        guard let tenths else { return "—" }
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
    }

    /// `62.5%（25/40）`: the percentage with what it was made of.
    public func textWithCounts(_ language: Language) -> String {
        language == .en ? "\(text) (\(numerator)/\(denominator))" : "\(text)（\(numerator)/\(denominator)）"
    }
}
