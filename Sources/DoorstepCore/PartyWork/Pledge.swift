/// Where a pledge stands: open, fulfilled by the member's word and evidence, confirmed by the branch.
public enum PledgeState: String, Sendable, Codable, CaseIterable, Hashable {
    case open
    case fulfilled
    case confirmed
}

/// A member's yearly pledge (承诺) and its fulfilment (践诺), which an officer of the branch confirms before it earns
/// points.
public struct Pledge: Sendable, Codable, Equatable, Hashable {
    public struct Progress: Sendable, Codable, Equatable, Hashable {
        /// `YYYY-MM-DD`.
        public var notedOn: String
        public var note: String

        public init(notedOn: String, note: String) {
            self.notedOn = notedOn
            self.note = note
        }
    }

    public var id: String
    public var memberID: String
    public var year: Int
    public var content: String
    /// `YYYY-MM-DD`.
    public var dueOn: String
    public var progress: [Progress]
    /// When fulfilled, the day and the evidence.
    public var fulfilledOn: String?
    public var evidence: String?
    /// When the branch confirmed the fulfilment.
    public var confirmedOn: String?
    /// The member's name, for officers' lists.
    public var memberName: String

    public init(
        id: String, memberID: String, year: Int, content: String, dueOn: String, progress: [Progress] = [],
        fulfilledOn: String? = nil, evidence: String? = nil, confirmedOn: String? = nil, memberName: String = ""
    ) {
        self.id = id
        self.memberID = memberID
        self.year = year
        self.content = content
        self.dueOn = dueOn
        self.progress = progress
        self.fulfilledOn = fulfilledOn
        self.evidence = evidence
        self.confirmedOn = confirmedOn
        self.memberName = memberName
    }

    public var isFulfilled: Bool { fulfilledOn != nil }

    public var state: PledgeState { confirmedOn != nil ? .confirmed : fulfilledOn != nil ? .fulfilled : .open }
}

/// What a member agrees to show residents on their public card (亮身份), each choice recorded with when it was made.
/// The name and the Party organisation are always shown once a card is published; the rest only with consent.
public struct MemberCardConsent: Sendable, Codable, Equatable, Hashable {
    public var published: Bool
    public var showPhoto: Bool
    public var showPosts: Bool
    public var showGrid: Bool
    public var showContact: Bool
    /// The phone the member gives for residents to call; shown only with `showContact`.
    public var contactPhone: String

    public init(published: Bool, showPhoto: Bool, showPosts: Bool, showGrid: Bool, showContact: Bool, contactPhone: String) {
        self.published = published
        self.showPhoto = showPhoto
        self.showPosts = showPosts
        self.showGrid = showGrid
        self.showContact = showContact
        self.contactPhone = contactPhone
    }

    public static let none = MemberCardConsent(
        published: false, showPhoto: false, showPosts: false, showGrid: false, showContact: false, contactPhone: "")
}

/// A member's card on the public board: only what they consented to, with their pledges and results drawn from the
/// records.
public struct MemberCard: Sendable, Codable, Equatable, Hashable {
    public var memberID: String
    public var name: String
    public var orgName: String
    public var gridName: String?
    public var posts: [String]
    public var contactPhone: String?
    public var hasPhoto: Bool
    public var pledges: [Pledge]
    public var figures: [PartyWorkFigure]

    public init(
        memberID: String, name: String, orgName: String, gridName: String?, posts: [String], contactPhone: String?,
        hasPhoto: Bool, pledges: [Pledge], figures: [PartyWorkFigure]
    ) {
        self.memberID = memberID
        self.name = name
        self.orgName = orgName
        self.gridName = gridName
        self.posts = posts
        self.contactPhone = contactPhone
        self.hasPhoto = hasPhoto
        self.pledges = pledges
        self.figures = figures
    }
}
