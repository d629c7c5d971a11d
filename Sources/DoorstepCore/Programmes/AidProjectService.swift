import Foundation

/// A service an aid project delivered on one day (a home visit round, a meal delivery, a repair), with which of its
/// beneficiaries it served. "People reached" counts the distinct residents served, "services" these records.
public struct AidService: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var projectID: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var note: String
    /// The beneficiaries served.
    public var residentIDs: [String]
    public var recordedBy: String

    public init(id: String, projectID: String, day: String, note: String, residentIDs: [String], recordedBy: String) {
        self.id = id
        self.projectID = projectID
        self.day = day
        self.note = note
        self.residentIDs = residentIDs
        self.recordedBy = recordedBy
    }
}

/// A service as typed on a form: the day, the beneficiaries ticked and a note.
public struct NewAidService: Sendable, Equatable {
    public var day: String
    public var residentIDs: [String]
    public var note: String

    public init(day: String, residentIDs: [String], note: String) {
        self.day = day
        self.residentIDs = residentIDs
        self.note = note
    }

    /// The day (delivered already: not after `today`) and the residents, each once in the order given.
    public func validate(today: CalendarDay) throws(ValidationFailure) -> (day: CalendarDay, residentIDs: [String]) {
        var validator = Validator()
        let delivered = validator.day("day", day)
        if let delivered, delivered > today { validator.check("day", .dateFormat) }
        var people: [String] = []
        for id in residentIDs.map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty && !people.contains(id) {
            people.append(id)
        }
        if people.isEmpty { validator.check("residentIDs", .required) }
        if note.count > 500 { validator.check("note", .tooLong(maximum: 500)) }
        try validator.throwIfAny()
        return (delivered!, people)
    }
}
