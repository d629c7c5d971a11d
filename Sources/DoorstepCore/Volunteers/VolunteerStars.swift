/// Volunteer stars by cumulative confirmed hours (星级志愿者): configured per community, 100 / 300 / 600 / 1000 /
/// 1500 h by default.
public struct VolunteerStars: Sendable, Codable, Equatable, Hashable {
    /// The hours each star starts at, lowest first.
    public private(set) var thresholds: [Int]

    public static let standard = VolunteerStars(checked: [100, 300, 600, 1000, 1500])

    private init(checked thresholds: [Int]) { self.thresholds = thresholds }

    /// Reads `100, 300, 600, 1000, 1500`: at most five rising whole hours.
    public static func parse(_ text: String, field: String = "starHours") throws(ValidationFailure) -> VolunteerStars {
        var values: [Int] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) where !part.isEmpty {
            guard let hours = Int(part), hours > 0 else { throw ValidationFailure([FieldError(field, .notANumber)]) }
            if let last = values.last, hours <= last { throw ValidationFailure([FieldError(field, .tooSmall(minimum: last + 1))]) }
            values.append(hours)
        }
        guard !values.isEmpty else { throw ValidationFailure([FieldError(field, .required)]) }
        guard values.count <= 5 else { throw ValidationFailure([FieldError(field, .tooLong(maximum: 5))]) }
        return VolunteerStars(checked: values)
    }

    public var text: String { thresholds.map(String.init).joined(separator: ", ") }

    /// The stars `total` has earned, 0 to 5.
    public func stars(for total: HalfHours) -> Int { thresholds.filter { total.count >= $0 * 2 }.count }

    /// The hours still to go to the next star; nil at the top.
    public func toNextStar(from total: HalfHours) -> HalfHours? {
        thresholds.first { total.count < $0 * 2 }.map { HalfHours($0 * 2 - total.count) }
    }
}
