import Foundation

extension VolunteerStars {
    /// The star levels a community sets thresholds for.
    public static let levels = 5
    /// Far beyond any lifetime of volunteering; a larger figure is a typo.
    public static let maximumThresholdHours = 100_000

    /// The five thresholds as the office types them, in whole hours, each above the one before: every bad one is
    /// named by its place (`starHours[2]`), so the form can mark it.
    public static func thresholds(_ typed: [String], field: String = "starHours") throws(ValidationFailure) -> VolunteerStars {
        var validator = Validator()
        if typed.count > levels { validator.check(field, .tooLong(maximum: levels)) }
        var accepted: [Int] = []
        for index in 0..<levels {
            let name = "\(field)[\(index)]"
            let text = index < typed.count ? typed[index].trimmingCharacters(in: .whitespaces) : ""
            guard !text.isEmpty else {
                validator.check(name, .required)
                continue
            }
            guard let hours = Int(text) else {
                validator.check(name, .notANumber)
                continue
            }
            if hours < 1 {
                validator.check(name, .tooSmall(minimum: 1))
            } else if hours > maximumThresholdHours {
                validator.check(name, .tooLarge(maximum: maximumThresholdHours))
            } else if let previous = accepted.last, hours <= previous {
                validator.check(name, .tooSmall(minimum: previous + 1))
            } else {
                accepted.append(hours)
            }
        }
        try validator.throwIfAny()
        return try parse(accepted.map(String.init).joined(separator: ","), field: field)
    }
}
