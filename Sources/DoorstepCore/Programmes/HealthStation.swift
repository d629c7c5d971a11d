import Foundation

/// A community's health station (健康驿站 / 卫生服务站, S14): a room in the community run with a partner hospital,
/// where free clinics are held on a weekly schedule. One per community.
public struct HealthStation: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The partner hospital (a `partners` row of kind `hospital` in the same community).
    public var partnerID: String
    public var partnerName: String
    public var name: String
    public var place: String
    /// The weekly free clinics, by weekday and time.
    public var schedule: [HealthClinicSlot]

    public init(
        id: String, communityCode: String, partnerID: String, partnerName: String, name: String, place: String,
        schedule: [HealthClinicSlot]
    ) {
        self.id = id
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.name = name
        self.place = place
        self.schedule = schedule
    }
}

/// A station as the office sets it up: checked all at once, every bad field named. Whether the partner is a
/// hospital of the same community is the store's check, since it needs the partner's row.
public struct NewHealthStation: Sendable, Equatable {
    public var communityCode: String
    public var partnerID: String
    public var name: String
    public var place: String

    public init(communityCode: String, partnerID: String, name: String, place: String) {
        self.communityCode = communityCode
        self.partnerID = partnerID
        self.name = name
        self.place = place
    }

    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        if communityCode.trimmingCharacters(in: .whitespaces).isEmpty { validator.check("communityCode", .required) }
        if partnerID.trimmingCharacters(in: .whitespaces).isEmpty { validator.check("partnerID", .required) }
        validator.text("name", name, maximum: 50)
        validator.text("place", place, maximum: 100)
        try validator.throwIfAny()
    }
}
