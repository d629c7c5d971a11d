import Foundation

/// What a resident may ask about their own record (PIPL): to correct a field, or to be deleted — which
/// anonymises the record, so that the counts it belongs to stay right.
public enum DataRequestKind: String, Sendable, Codable, CaseIterable {
    case correction
    case deletion
}

public enum DataRequestStatus: String, Sendable, Codable, CaseIterable {
    case open
    /// Carried out: the field corrected, or the record anonymised.
    case done
    /// Turned down, with the reason given to the resident.
    case refused
}

/// The fields a correction can name. `other` is free text that staff carry out by hand.
public enum CorrectableField: String, Sendable, Codable, CaseIterable {
    case name
    case idNumber
    case phone
    case relationToHead
    case residenceStatus
    case other

    /// Whether a proposed value must be sealed like the field it replaces.
    public var isSensitive: Bool { self == .idNumber || self == .phone }
}

/// A resident's request about their own record, as staff and the resident see it. The proposed value of a
/// sensitive field is shown masked.
public struct DataRequest: Sendable, Codable, Equatable {
    public var id: String
    public var residentID: String
    public var residentName: String
    public var gridCode: String
    public var kind: DataRequestKind
    public var field: CorrectableField?
    public var proposedValue: String?
    public var note: String
    public var status: DataRequestStatus
    public var createdAt: Date
    public var decidedAt: Date?
    public var decisionNote: String?

    public init(
        id: String, residentID: String, residentName: String, gridCode: String, kind: DataRequestKind,
        field: CorrectableField?, proposedValue: String?, note: String, status: DataRequestStatus, createdAt: Date,
        decidedAt: Date?, decisionNote: String?
    ) {
        self.id = id
        self.residentID = residentID
        self.residentName = residentName
        self.gridCode = gridCode
        self.kind = kind
        self.field = field
        self.proposedValue = proposedValue
        self.note = note
        self.status = status
        self.createdAt = createdAt
        self.decidedAt = decidedAt
        self.decisionNote = decisionNote
    }
}

/// A resident's own record in full, for the resident: the data-subject access and export of PIPL.
public struct OwnRecord: Sendable, Codable, Equatable {
    public var name: String
    public var idDocumentType: IDDocumentType
    public var idNumber: String
    public var phone: String?
    public var sex: Sex?
    public var birthDate: String?
    public var relationToHead: String
    public var residenceStatus: ResidenceStatus
    public var careCategories: [CareCategory]
    public var building: String
    public var address: String
    public var unit: String
    public var room: String
    public var registeredAt: Date
    /// What the health station keeps about the person, in full for them (a withdrawn record has no content left).
    public var healthRecords: [OwnHealthRecord] = []
    /// The aid projects the person is or was a beneficiary of.
    public var aidProjects: [OwnAidPlace] = []

    public init(
        name: String, idDocumentType: IDDocumentType, idNumber: String, phone: String?, sex: Sex?, birthDate: String?,
        relationToHead: String, residenceStatus: ResidenceStatus, careCategories: [CareCategory], building: String,
        address: String, unit: String, room: String, registeredAt: Date
    ) {
        self.name = name
        self.idDocumentType = idDocumentType
        self.idNumber = idNumber
        self.phone = phone
        self.sex = sex
        self.birthDate = birthDate
        self.relationToHead = relationToHead
        self.residenceStatus = residenceStatus
        self.careCategories = careCategories
        self.building = building
        self.address = address
        self.unit = unit
        self.room = room
        self.registeredAt = registeredAt
    }
}

/// One of the person's own health records as they see it: where, when, and — unless consent was withdrawn — what.
public struct OwnHealthRecord: Sendable, Codable, Equatable {
    public var station: String
    /// `YYYY-MM-DD`.
    public var recordedOn: String
    public var content: HealthRecordContent?
    public var withdrawnOn: String?

    public init(station: String, recordedOn: String, content: HealthRecordContent?, withdrawnOn: String?) {
        self.station = station
        self.recordedOn = recordedOn
        self.content = content
        self.withdrawnOn = withdrawnOn
    }
}

/// An aid project the person was taken into, and when they left it, if they did.
public struct OwnAidPlace: Sendable, Codable, Equatable {
    public var project: String
    public var addedOn: String
    public var removedOn: String?

    public init(project: String, addedOn: String, removedOn: String?) {
        self.project = project
        self.addedOn = addedOn
        self.removedOn = removedOn
    }
}
