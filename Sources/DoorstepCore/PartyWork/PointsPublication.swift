/// A branch's points for one quarter as published (季度公示): every member with the quarter's points and the year's
/// so far, fixed at publication, open to objections until `objectionsUntil`.
public struct PointsPublication: Sendable, Codable, Equatable, Hashable {
    public struct Line: Sendable, Codable, Equatable, Hashable {
        public var memberID: String
        public var memberName: String
        public var quarterPoints: Int
        /// The base plus every line from the first of the year to the quarter's end.
        public var yearPoints: Int
        public var exempt: Bool

        public init(memberID: String, memberName: String, quarterPoints: Int, yearPoints: Int, exempt: Bool) {
            self.memberID = memberID
            self.memberName = memberName
            self.quarterPoints = quarterPoints
            self.yearPoints = yearPoints
            self.exempt = exempt
        }
    }

    public var id: String
    public var orgID: String
    public var quarter: Quarter
    public var publishedAt: String
    /// `YYYY-MM-DD`, the last day an objection is taken.
    public var objectionsUntil: String
    public var lines: [Line]
    public var objections: [Objection]

    /// A member's objection to the published figures, and the branch's answer.
    public struct Objection: Sendable, Codable, Equatable, Hashable {
        public var id: String
        public var memberID: String
        public var memberName: String
        public var content: String
        public var answer: String?

        public init(id: String, memberID: String, memberName: String, content: String, answer: String?) {
            self.id = id
            self.memberID = memberID
            self.memberName = memberName
            self.content = content
            self.answer = answer
        }
    }

    public init(
        id: String, orgID: String, quarter: Quarter, publishedAt: String, objectionsUntil: String, lines: [Line],
        objections: [Objection] = []
    ) {
        self.id = id
        self.orgID = orgID
        self.quarter = quarter
        self.publishedAt = publishedAt
        self.objectionsUntil = objectionsUntil
        self.lines = lines
        self.objections = objections
    }
}
