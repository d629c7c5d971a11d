/// A 红色先锋队: Party members who go out together to publicise policy, collect opinions, mediate and serve.
public struct VanguardTeam: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    public var name: String
    public var memberIDs: [String]

    public init(id: String, communityCode: String, name: String, memberIDs: [String]) {
        self.id = id
        self.communityCode = communityCode
        self.name = name
        self.memberIDs = memberIDs
    }
}

/// The four kinds of work the lecture names for the team.
public enum TeamActivityKind: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    case policyPublicity
    case opinionCollection
    case mediation
    case volunteerService
}

/// One outing of a team: what kind, when, who took part and what came of it. Visits and opinions recorded during
/// it name it, so its results are counted from them.
public struct TeamActivity: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var teamID: String
    public var kind: TeamActivityKind
    public var title: String
    /// `YYYY-MM-DD`.
    public var heldOn: String
    public var participantIDs: [String]
    public var result: String
    /// The visits and opinions recorded as part of it.
    public var visits: Int
    public var opinions: Int

    public init(
        id: String, teamID: String, kind: TeamActivityKind, title: String, heldOn: String, participantIDs: [String],
        result: String, visits: Int = 0, opinions: Int = 0
    ) {
        self.id = id
        self.teamID = teamID
        self.kind = kind
        self.title = title
        self.heldOn = heldOn
        self.participantIDs = participantIDs
        self.result = result
        self.visits = visits
        self.opinions = opinions
    }
}

/// A team's figures for a period: members, activities by kind, and the four S10 figures of its members.
public struct TeamFigures: Sendable, Codable, Equatable, Hashable {
    public var teamID: String
    public var members: Int
    public var activities: [TeamActivityKind: Int]
    public var figures: [PartyWorkFigure]

    public init(teamID: String, members: Int, activities: [TeamActivityKind: Int], figures: [PartyWorkFigure]) {
        self.teamID = teamID
        self.members = members
        self.activities = activities
        self.figures = figures
    }

    public func count(_ measure: PartyWorkMeasure) -> Int { figures.first { $0.measure == measure }?.count ?? 0 }
}
