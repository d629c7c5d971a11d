/// Where an opinion (社情民意) was heard.
public enum OpinionSource: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    case visit
    case meeting
    case publicPage
    case hotline
}

/// What an opinion is about; a short fixed list so the figures can be split by it.
public enum OpinionTopic: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    case environment
    case property
    case facilities
    case safety
    case livelihood
    case policy
    case suggestion
    case other
}

/// Where an opinion stands: heard, answered, or turned into a case to be solved.
public enum OpinionStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case open
    case answered
    case caseRaised
}

/// One opinion or request collected from residents, counted in 条.
public struct Opinion: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var source: OpinionSource
    public var topic: OpinionTopic
    public var content: String
    public var communityCode: String
    public var gridCode: String?
    public var householdID: String?
    /// The member who collected it, when a member did.
    public var memberID: String?
    public var collectorName: String
    /// `YYYY-MM-DD`.
    public var collectedOn: String
    public var status: OpinionStatus
    public var answer: String?
    public var caseID: String?
    public var visitID: String?

    public init(
        id: String, source: OpinionSource, topic: OpinionTopic, content: String, communityCode: String, gridCode: String?,
        householdID: String?, memberID: String?, collectorName: String, collectedOn: String, status: OpinionStatus = .open,
        answer: String? = nil, caseID: String? = nil, visitID: String? = nil
    ) {
        self.id = id
        self.source = source
        self.topic = topic
        self.content = content
        self.communityCode = communityCode
        self.gridCode = gridCode
        self.householdID = householdID
        self.memberID = memberID
        self.collectorName = collectorName
        self.collectedOn = collectedOn
        self.status = status
        self.answer = answer
        self.caseID = caseID
        self.visitID = visitID
    }
}

/// An opinion as it is written down.
public struct NewOpinion: Sendable, Equatable {
    public var source: OpinionSource
    public var topic: OpinionTopic
    public var content: String

    public init(source: OpinionSource, topic: OpinionTopic, content: String) {
        self.source = source
        self.topic = topic
        self.content = content
    }
}
