import Foundation

/// A project (项目清单) made from an accepted match: the need it meets, the resource that meets it, the partners
/// who run it, its owner and schedule, its target and what it has reached so far.
public struct Project: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var title: String
    public var needID: String
    public var resourceID: String
    /// The resource's partner first, then any others taking part.
    public var partnerIDs: [String]
    public var owner: String
    public var startsOn: CalendarDay
    public var endsOn: CalendarDay
    /// How much of the resource the project takes, in the resource's unit.
    public var uses: Int
    /// 目标服务人次.
    public var targetPeople: Int
    /// 已服务人次: the sum of the project's recorded deliveries.
    public var peopleReached: Int
    public var deliveries: Int

    public init(
        id: String, communityCode: String, title: String, needID: String, resourceID: String, partnerIDs: [String], owner: String,
        startsOn: CalendarDay, endsOn: CalendarDay, uses: Int, targetPeople: Int, peopleReached: Int = 0, deliveries: Int = 0
    ) {
        self.id = id
        self.communityCode = communityCode
        self.title = title
        self.needID = needID
        self.resourceID = resourceID
        self.partnerIDs = partnerIDs
        self.owner = owner
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.uses = uses
        self.targetPeople = targetPeople
        self.peopleReached = peopleReached
        self.deliveries = deliveries
    }
}

/// Accepting a match: the project's own details.
public struct NewProject: Sendable, Equatable {
    public var title: String
    public var owner: String
    public var startsOn: String
    public var endsOn: String
    public var uses: String
    public var targetPeople: String
    public var otherPartnerIDs: [String]

    public init(
        title: String, owner: String, startsOn: String, endsOn: String, uses: String, targetPeople: String,
        otherPartnerIDs: [String] = []
    ) {
        self.title = title
        self.owner = owner
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.uses = uses
        self.targetPeople = targetPeople
        self.otherPartnerIDs = otherPartnerIDs
    }

    /// The project for `suggestion`, with empty id: it takes no more than what is left of the resource.
    public func validate(need: Need, suggestion: MatchSuggestion) throws(ValidationFailure) -> Project {
        var validator = Validator()
        validator.text("title", title, maximum: 100)
        validator.text("owner", owner, maximum: 50)
        let span = validator.span("startsOn", startsOn, "endsOn", endsOn)
        let uses = Int(uses.trimmingCharacters(in: .whitespaces))
        validator.check(
            "uses",
            uses == nil
                ? .notANumber
                : uses! < 1 ? .tooSmall(minimum: 1) : uses! > suggestion.remaining ? .tooLarge(maximum: suggestion.remaining) : nil)
        let target = Int(targetPeople.trimmingCharacters(in: .whitespaces))
        validator.check("targetPeople", target == nil ? .notANumber : target! < 1 ? .tooSmall(minimum: 1) : nil)
        try validator.throwIfAny()
        let others = otherPartnerIDs.filter { !$0.isEmpty && $0 != suggestion.resource.partnerID }
        return Project(
            id: "", communityCode: need.communityCode, title: title.trimmingCharacters(in: .whitespaces), needID: need.id,
            resourceID: suggestion.resource.id, partnerIDs: [suggestion.resource.partnerID] + Array(Set(others)).sorted(),
            owner: owner.trimmingCharacters(in: .whitespaces), startsOn: span!.0, endsOn: span!.1, uses: uses!, targetPeople: target!)
    }
}
