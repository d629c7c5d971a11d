import Foundation

/// One weekly free clinic of a health station (每周义诊): a weekday, a time of day and the service offered, such as
/// 量血压, 义诊 or 中医理疗.
public struct HealthClinicSlot: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var stationID: String
    /// ISO weekday, Monday 1 … Sunday 7: the numbering a Chinese timetable (周一…周日) uses.
    public var weekday: Int
    /// `HH:MM`, China time.
    public var startsAt: String
    public var endsAt: String
    public var service: String

    public init(id: String, stationID: String, weekday: Int, startsAt: String, endsAt: String, service: String) {
        self.id = id
        self.stationID = stationID
        self.weekday = weekday
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.service = service
    }
}

/// A clinic slot as typed on the office's form.
public struct NewHealthClinicSlot: Sendable, Equatable {
    public var weekday: String
    public var startsAt: String
    public var endsAt: String
    public var service: String

    public init(weekday: String, startsAt: String, endsAt: String, service: String) {
        self.weekday = weekday
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.service = service
    }

    /// The weekday, the two times written `HH:MM`, and the service; every bad field named at once.
    public func validate() throws(ValidationFailure) -> (weekday: Int, startsAt: String, endsAt: String, service: String) {
        var validator = Validator()
        let day = Int(weekday.trimmingCharacters(in: .whitespaces))
        if weekday.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.check("weekday", .required)
        } else if day == nil || !(1...7).contains(day!) {
            validator.check("weekday", .unknownValue(allowed: (1...7).map(String.init)))
        }
        let start = Self.minutes(startsAt), end = Self.minutes(endsAt)
        if start == nil { validator.check("startsAt", Self.timeProblem(startsAt)) }
        if end == nil { validator.check("endsAt", Self.timeProblem(endsAt)) }
        if let start, let end, end <= start { validator.check("endsAt", .beforeStart) }
        validator.text("service", service, maximum: 50)
        try validator.throwIfAny()
        return (day!, Self.clock(start!), Self.clock(end!), service.trimmingCharacters(in: .whitespaces))
    }

    /// Minutes after midnight of `H:MM` or `HH:MM` (a browser's time field may add `:SS`, which is ignored).
    static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[1].count == 2, (1...2).contains(parts[0].count),
            parts.allSatisfy({ part in part.allSatisfy { $0.isASCII && $0.isNumber } }), let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...23).contains(hours), (0...59).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }

    static func timeProblem(_ text: String) -> FieldProblem {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? .required : .unknownValue(allowed: ["HH:MM"])
    }

    static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
}
