import Foundation

/// What a partner offers (资源清单).
public enum ResourceKind: String, Codable, Sendable, CaseIterable, Hashable {
    case venue
    case funds
    case goods
    case professionalService
    case people
}

/// A partner's resource on the community's list: what, for which category of need, how much (places, people,
/// yuan, items — as `unit` says), where it reaches and when it is available.
public struct PartnerResource: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var partnerID: String
    public var communityCode: String
    public var kind: ResourceKind
    public var category: ServiceCategory
    public var description: String
    public var capacity: Int
    public var unit: String
    /// The community's code (it reaches every grid) or one grid's.
    public var placeCode: String
    public var availableFrom: CalendarDay
    public var availableUntil: CalendarDay

    public init(
        id: String, partnerID: String, communityCode: String, kind: ResourceKind, category: ServiceCategory, description: String,
        capacity: Int, unit: String, placeCode: String, availableFrom: CalendarDay, availableUntil: CalendarDay
    ) {
        self.id = id
        self.partnerID = partnerID
        self.communityCode = communityCode
        self.kind = kind
        self.category = category
        self.description = description
        self.capacity = capacity
        self.unit = unit
        self.placeCode = placeCode
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
    }
}

/// A resource as it is written; its place defaults to the whole community.
public struct NewResource: Sendable, Equatable {
    public var kind: String
    public var category: String
    public var description: String
    public var capacity: String
    public var unit: String
    public var placeCode: String
    public var availableFrom: String
    public var availableUntil: String

    public init(
        kind: String, category: String, description: String, capacity: String, unit: String, placeCode: String,
        availableFrom: String, availableUntil: String
    ) {
        self.kind = kind
        self.category = category
        self.description = description
        self.capacity = capacity
        self.unit = unit
        self.placeCode = placeCode
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
    }

    public func validate(partner: Partner) throws(ValidationFailure) -> PartnerResource {
        var validator = Validator()
        let kind = ResourceKind(rawValue: kind)
        validator.check("kind", kind == nil ? .unknownValue(allowed: ResourceKind.allCases.map(\.rawValue)) : nil)
        let category = ServiceCategory(rawValue: category)
        validator.check("category", category == nil ? .unknownValue(allowed: ServiceCategory.allCases.map(\.rawValue)) : nil)
        validator.text("description", description, maximum: 500)
        let amount = Int(capacity.trimmingCharacters(in: .whitespaces))
        validator.check("capacity", amount == nil ? .notANumber : amount! < 1 ? .tooSmall(minimum: 1) : nil)
        validator.text("unit", unit, maximum: 10)
        let place = placeCode.trimmingCharacters(in: .whitespaces)
        let reaches = place.isEmpty ? partner.communityCode : place
        validator.check(
            "placeCode",
            reaches.hasPrefix(partner.communityCode) && [ScopeLevel.community.codeLength, ScopeLevel.grid.codeLength].contains(reaches.count)
                ? nil : .outsideYourScope)
        let span = validator.span("availableFrom", availableFrom, "availableUntil", availableUntil)
        try validator.throwIfAny()
        return PartnerResource(
            id: "", partnerID: partner.id, communityCode: partner.communityCode, kind: kind!, category: category!,
            description: description.trimmingCharacters(in: .whitespacesAndNewlines), capacity: amount!,
            unit: unit.trimmingCharacters(in: .whitespaces), placeCode: reaches, availableFrom: span!.0, availableUntil: span!.1)
    }
}
