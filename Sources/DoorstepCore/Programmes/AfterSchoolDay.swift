import Foundation

/// A child's arrival at the class on one day: once per child and day. A child not recorded on a class day was
/// absent; absence is never typed in.
public struct AfterSchoolArrival: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var enrolmentID: String
    public var classID: String
    /// `YYYY-MM-DD`.
    public var day: String
    /// When it was recorded.
    public var recordedAt: Date
    public var recordedBy: String

    public init(id: String, enrolmentID: String, classID: String, day: String, recordedAt: Date, recordedBy: String) {
        self.id = id
        self.enrolmentID = enrolmentID
        self.classID = classID
        self.day = day
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// The signed hand-over of a child to an authorised person at pick-up: which person, when, their signature and the
/// member of staff who let the child go. Once per child and day.
public struct AfterSchoolHandOver: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var enrolmentID: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var pickUpID: String
    public var collectorName: String
    public var collectorRelation: String
    public var collectorIsGuardian: Bool
    /// The collector's full name as they typed it themselves: on a shared phone or tablet at the door that is the
    /// signature a community room can keep, and the store checks it names the collector.
    public var signature: String
    public var handedOverAt: Date
    public var handedOverBy: String

    public init(
        id: String, enrolmentID: String, day: String, pickUpID: String, collectorName: String, collectorRelation: String,
        collectorIsGuardian: Bool, signature: String, handedOverAt: Date, handedOverBy: String
    ) {
        self.id = id
        self.enrolmentID = enrolmentID
        self.day = day
        self.pickUpID = pickUpID
        self.collectorName = collectorName
        self.collectorRelation = collectorRelation
        self.collectorIsGuardian = collectorIsGuardian
        self.signature = signature
        self.handedOverAt = handedOverAt
        self.handedOverBy = handedOverBy
    }
}

/// Who came to collect a child, as the member of staff at the door types it.
public struct NewAfterSchoolHandOver: Sendable, Equatable {
    public var collectorName: String
    public var collectorPhone: String
    public var signature: String

    public init(collectorName: String, collectorPhone: String, signature: String) {
        self.collectorName = collectorName
        self.collectorPhone = collectorPhone
        self.signature = signature
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        validator.text("collectorName", collectorName, maximum: 50)
        NewAfterSchoolEnrolment.checkPhone("collectorPhone", collectorPhone, &validator)
        validator.text("signature", signature, maximum: 50)
        let signed = AfterSchoolPickUp.normalised(signature), named = AfterSchoolPickUp.normalised(collectorName)
        if !signed.isEmpty, !named.isEmpty, signed != named { validator.check("signature", .mismatch) }
        try validator.throwIfAny()
    }
}

/// A volunteer on duty at the class on one day.
public struct AfterSchoolRosterEntry: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var classID: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var volunteerID: String
    public var volunteerName: String

    public init(id: String, classID: String, day: String, volunteerID: String, volunteerName: String) {
        self.id = id
        self.classID = classID
        self.day = day
        self.volunteerID = volunteerID
        self.volunteerName = volunteerName
    }
}

/// One enrolled child on a day's sheet: arrived or not, handed over or not.
public struct AfterSchoolDayLine: Sendable, Codable, Equatable, Hashable {
    public var enrolment: AfterSchoolEnrolment
    public var arrival: AfterSchoolArrival?
    public var handOver: AfterSchoolHandOver?

    public init(enrolment: AfterSchoolEnrolment, arrival: AfterSchoolArrival?, handOver: AfterSchoolHandOver?) {
        self.enrolment = enrolment
        self.arrival = arrival
        self.handOver = handOver
    }
}

/// A class's day at the door: whether it meets, every child enrolled that day with their arrival and hand-over, and
/// the volunteers on duty.
public struct AfterSchoolDaySheet: Sendable, Codable, Equatable, Hashable {
    public var schoolClass: AfterSchoolClass
    /// `YYYY-MM-DD`.
    public var day: String
    public var meets: Bool
    public var lines: [AfterSchoolDayLine]
    public var roster: [AfterSchoolRosterEntry]

    public init(schoolClass: AfterSchoolClass, day: String, meets: Bool, lines: [AfterSchoolDayLine], roster: [AfterSchoolRosterEntry]) {
        self.schoolClass = schoolClass
        self.day = day
        self.meets = meets
        self.lines = lines
        self.roster = roster
    }

    /// The children not recorded as arrived: absent, on a day the class meets.
    public var absent: [AfterSchoolEnrolment] { meets ? lines.filter { $0.arrival == nil }.map(\.enrolment) : [] }
}
