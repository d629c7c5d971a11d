import Foundation

/// A new report as it arrives from any channel, before it is placed in a grid.
public struct CaseReport: Sendable, Equatable {
    public var source: CaseSource
    public var categoryCode: String
    public var urgency: Urgency
    public var description: String
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
    public var buildingID: String?
    /// The community reported to, when the reporter knows no more (the public page); a grid worker's own grid
    /// otherwise comes from the building or the location.
    public var communityCode: String?
    public var reporterName: String
    public var reporterPhone: String
    public var anonymous: Bool
    public var photos: [Photo]

    public init(
        source: CaseSource, categoryCode: String, urgency: Urgency = .routine, description: String, address: String = "",
        latitude: Double? = nil, longitude: Double? = nil, buildingID: String? = nil, communityCode: String? = nil,
        reporterName: String = "", reporterPhone: String = "", anonymous: Bool = false, photos: [Photo] = []
    ) {
        self.source = source
        self.categoryCode = categoryCode
        self.urgency = urgency
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.buildingID = buildingID
        self.communityCode = communityCode
        self.reporterName = reporterName
        self.reporterPhone = reporterPhone
        self.anonymous = anonymous
        self.photos = photos
    }

    /// Checks every field at once. A location is both coordinates or neither; an anonymous report drops the name
    /// and phone rather than refusing them. Where the report belongs is the store's to find (a grid worker's own
    /// grid, a building, a boundary, the community named), and its to refuse.
    public func validate() throws(ValidationFailure) {
        var validator = Validator()
        if categoryCode.isEmpty { validator.check("categoryCode", .required) }
        validator.text("description", description, maximum: 1_000)
        validator.check("address", address.count > 200 ? .tooLong(maximum: 200) : nil)
        switch (latitude, longitude) {
        case (nil, nil): break
        case (let latitude?, let longitude?):
            validator.check("latitude", Self.outside(latitude, 90))
            validator.check("longitude", Self.outside(longitude, 180))
        case (nil, _): validator.check("latitude", .required)
        case (_, nil): validator.check("longitude", .required)
        }
        if !anonymous {
            validator.check("reporterName", reporterName.count > 50 ? .tooLong(maximum: 50) : nil)
            if !reporterPhone.isEmpty, case .failure(let problem) = PhoneNumber.parse(reporterPhone) {
                validator.check("reporterPhone", problem)
            }
        }
        validator.check("photos", photos.count > Photo.maximumPerStep ? .tooManyPhotos(maximum: Photo.maximumPerStep) : nil)
        try validator.throwIfAny()
    }
}

extension CaseReport {
    /// What is wrong with a coordinate outside -limit…limit, in the words of the bound it crossed (NaN, which a form
    /// or Open311 can send as `nan`, is no number at all).
    static func outside(_ value: Double, _ limit: Int) -> FieldProblem? {
        guard value.isFinite else { return .wrongType(expected: .number) }
        return value > Double(limit) ? .tooLarge(maximum: limit) : value < -Double(limit) ? .tooSmall(minimum: -limit) : nil
    }
}
