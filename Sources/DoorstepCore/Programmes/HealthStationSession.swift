import Foundation

/// A free clinic held at a health station: the day, the service, how many were served (人次: a person served twice
/// counts twice) and the doctor. Counts only: who was served is not recorded here.
public struct HealthSession: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var stationID: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var service: String
    /// 服务人次.
    public var served: Int
    public var doctorName: String
    /// The username of whoever recorded it: the office, or the hospital's own account.
    public var recordedBy: String

    public init(id: String, stationID: String, day: String, service: String, served: Int, doctorName: String, recordedBy: String) {
        self.id = id
        self.stationID = stationID
        self.day = day
        self.service = service
        self.served = served
        self.doctorName = doctorName
        self.recordedBy = recordedBy
    }
}

/// A session as typed on a form, the number still text so that a word typed into it is named, not dropped.
public struct NewHealthSession: Sendable, Equatable {
    public var day: String
    public var service: String
    public var served: String
    public var doctorName: String

    public init(day: String, service: String, served: String, doctorName: String) {
        self.day = day
        self.service = service
        self.served = served
        self.doctorName = doctorName
    }

    /// More people than one clinic can see in a day: a typing error, not a session.
    public static let maximumServed = 2_000

    /// The day (held already: not after `today`), service, number served and doctor; every bad field named.
    public func validate(today: CalendarDay) throws(ValidationFailure) -> (day: CalendarDay, served: Int) {
        var validator = Validator()
        let held = validator.day("day", day)
        if let held, held > today { validator.check("day", .dateFormat) }
        validator.text("service", service, maximum: 50)
        let text = served.trimmingCharacters(in: .whitespaces)
        let number = Int(text)
        if text.isEmpty {
            validator.check("served", .required)
        } else if let number {
            if number < 0 { validator.check("served", .tooSmall(minimum: 0)) }
            if number > Self.maximumServed { validator.check("served", .tooLarge(maximum: Self.maximumServed)) }
        } else {
            validator.check("served", .notANumber)
        }
        validator.text("doctorName", doctorName, maximum: 50)
        try validator.throwIfAny()
        return (held!, number!)
    }
}
