import Foundation

/// Who agreed to a health record being kept: the resident, or their guardian when the resident cannot (a child, an
/// elderly person who no longer manages their own affairs).
public enum HealthConsentGiver: String, Sendable, Codable, CaseIterable, Hashable {
    case resident
    case guardian
}

/// A resident's individual health record at the station, as lists show it: who (masked), when, and on whose consent.
/// Health data is sensitive personal information: the purpose, readings and notes are sealed at rest and come out
/// only through a reveal with a reason, written to the audit log.
public struct HealthRecord: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var stationID: String
    public var residentID: String
    /// `张*`.
    public var residentNameMasked: String
    public var consentBy: HealthConsentGiver
    /// `YYYY-MM-DD`.
    public var recordedOn: String
    public var recordedBy: String
    /// `YYYY-MM-DD` when consent was withdrawn; the readings and notes are erased then, the row stays.
    public var withdrawnOn: String?

    public init(
        id: String, stationID: String, residentID: String, residentNameMasked: String, consentBy: HealthConsentGiver,
        recordedOn: String, recordedBy: String, withdrawnOn: String?
    ) {
        self.id = id
        self.stationID = stationID
        self.residentID = residentID
        self.residentNameMasked = residentNameMasked
        self.consentBy = consentBy
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
        self.withdrawnOn = withdrawnOn
    }
}

/// What a health record holds: what it is kept for, as stated when consent was given (e.g. 高血压随访 — itself
/// health information), the readings (blood pressure, blood sugar …) and the doctor's notes. Sealed as one value, so
/// none is ever in clear at rest, and erased together when consent is withdrawn.
public struct HealthRecordContent: Sendable, Codable, Equatable, Hashable {
    public var purpose: String
    public var readings: String
    public var notes: String

    public init(purpose: String, readings: String, notes: String) {
        self.purpose = purpose
        self.readings = readings
        self.notes = notes
    }
}

/// A health record as the office writes it down with the resident: without their (or their guardian's) consent and
/// a stated purpose nothing is written.
public struct NewHealthRecord: Sendable, Equatable {
    public var residentID: String
    public var consent: Bool
    public var consentBy: String
    public var purpose: String
    public var readings: String
    public var notes: String

    public init(residentID: String, consent: Bool, consentBy: String, purpose: String, readings: String, notes: String) {
        self.residentID = residentID
        self.consent = consent
        self.consentBy = consentBy
        self.purpose = purpose
        self.readings = readings
        self.notes = notes
    }

    /// The giver of consent and the content to seal; every bad field named at once.
    public func validate() throws(ValidationFailure) -> (HealthConsentGiver, HealthRecordContent) {
        var validator = Validator()
        if residentID.trimmingCharacters(in: .whitespaces).isEmpty { validator.check("residentID", .required) }
        let giver = HealthConsentGiver(rawValue: consentBy.trimmingCharacters(in: .whitespaces))
        if !consent {
            validator.check("consent", .consentRequired)
        } else if giver == nil {
            validator.check("consentBy", .unknownValue(allowed: HealthConsentGiver.allCases.map(\.rawValue)))
        }
        // The purpose is what the consent was given for: a record without one has no consent to stand on.
        validator.text("purpose", purpose, maximum: 200)
        let statedPurpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        if !statedPurpose.isEmpty, statedPurpose.count < 2 { validator.check("purpose", .tooShort(minimum: 2)) }
        let content = HealthRecordContent(
            purpose: statedPurpose, readings: readings.trimmingCharacters(in: .whitespacesAndNewlines), notes: notes.trimmingCharacters(in: .whitespacesAndNewlines))
        if content.readings.isEmpty && content.notes.isEmpty { validator.check("readings", .required) }
        if content.readings.count > 200 { validator.check("readings", .tooLong(maximum: 200)) }
        if content.notes.count > 2_000 { validator.check("notes", .tooLong(maximum: 2_000)) }
        try validator.throwIfAny()
        return (giver!, content)
    }
}
