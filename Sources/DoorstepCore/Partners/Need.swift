import Foundation

/// Where a need was heard (需求清单's sources).
public enum NeedSource: String, Codable, Sendable, CaseIterable, Hashable {
    case visit
    case opinion
    case survey
    case microWish
    case other
}

/// A resident need on the community's list: what, where (a community or one of its grids), from when to when it
/// is wanted, and where it was heard.
public struct Need: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The community's or a grid's code: the place the need is in.
    public var placeCode: String
    public var category: ServiceCategory
    public var description: String
    public var wantedFrom: CalendarDay
    public var wantedUntil: CalendarDay
    public var source: NeedSource
    /// The visit, opinion, survey or micro-wish it came from.
    public var sourceID: String?
    /// The project it became, once matched.
    public var projectID: String?

    public init(
        id: String, communityCode: String, placeCode: String, category: ServiceCategory, description: String,
        wantedFrom: CalendarDay, wantedUntil: CalendarDay, source: NeedSource, sourceID: String?, projectID: String? = nil
    ) {
        self.id = id
        self.communityCode = communityCode
        self.placeCode = placeCode
        self.category = category
        self.description = description
        self.wantedFrom = wantedFrom
        self.wantedUntil = wantedUntil
        self.source = source
        self.sourceID = sourceID
        self.projectID = projectID
    }
}

/// A need as it is written.
public struct NewNeed: Sendable, Equatable {
    public var placeCode: String
    public var category: String
    public var description: String
    public var wantedFrom: String
    public var wantedUntil: String
    public var source: String
    public var sourceID: String?

    public init(
        placeCode: String, category: String, description: String, wantedFrom: String, wantedUntil: String, source: String,
        sourceID: String?
    ) {
        self.placeCode = placeCode
        self.category = category
        self.description = description
        self.wantedFrom = wantedFrom
        self.wantedUntil = wantedUntil
        self.source = source
        self.sourceID = sourceID
    }

    public func validate() throws(ValidationFailure) -> Need {
        var validator = Validator()
        let place = placeCode.trimmingCharacters(in: .whitespaces)
        validator.check(
            "placeCode",
            place.isEmpty
                ? .required
                : [ScopeLevel.community, .grid].contains(where: { $0.codeLength == place.count }) && place.allSatisfy(\.isASCIIDigit)
                    ? nil : .scopeFormat)
        let category = ServiceCategory(rawValue: category)
        validator.check("category", category == nil ? .unknownValue(allowed: ServiceCategory.allCases.map(\.rawValue)) : nil)
        validator.text("description", description, maximum: 500)
        let span = validator.span("wantedFrom", wantedFrom, "wantedUntil", wantedUntil)
        let source = NeedSource(rawValue: source)
        validator.check("source", source == nil ? .unknownValue(allowed: NeedSource.allCases.map(\.rawValue)) : nil)
        let reference = sourceID?.trimmingCharacters(in: .whitespaces) ?? ""
        if let source, source != .other, reference.isEmpty { validator.check("sourceID", .required) }
        try validator.throwIfAny()
        return Need(
            id: "", communityCode: String(place.prefix(ScopeLevel.community.codeLength)), placeCode: place, category: category!,
            description: description.trimmingCharacters(in: .whitespacesAndNewlines), wantedFrom: span!.0, wantedUntil: span!.1,
            source: source!, sourceID: reference.isEmpty ? nil : reference)
    }
}
