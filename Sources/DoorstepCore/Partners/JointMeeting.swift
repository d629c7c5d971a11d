import Foundation

/// A joint meeting (联席会议, S13 事务共商): the community and its partners meeting on a topic — under one
/// agreement, or the community with several partners — with the minutes and what was decided. The office writes
/// it once it has been held.
public struct JointMeeting: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var communityCode: String
    /// The agreement it was held under; nil for a meeting of the community with several partners.
    public var agreementID: String?
    public var heldOn: CalendarDay
    public var topic: String
    /// The partners who attended, the agreement's partner first.
    public var partnerIDs: [String]
    public var minutes: String
    /// What was decided, one item each, in the order written.
    public var decisions: [String]

    public init(
        id: String, communityCode: String, agreementID: String?, heldOn: CalendarDay, topic: String, partnerIDs: [String],
        minutes: String, decisions: [String]
    ) {
        self.id = id
        self.communityCode = communityCode
        self.agreementID = agreementID
        self.heldOn = heldOn
        self.topic = topic
        self.partnerIDs = partnerIDs
        self.minutes = minutes
        self.decisions = decisions
    }

    /// How far back a meeting may be written down: minutes are written soon after, not years later.
    public static let longestAgo = 366
    public static let longestMinutes = 20_000
    public static let mostDecisions = 30

    /// The minutes and the decisions (one a line, blank lines dropped), checked; every problem named, a decision's
    /// as `decisions[i]`.
    public static func minutesAndDecisions(_ minutes: String, _ decisions: String, into validator: inout Validator) -> (String, [String]) {
        validator.text("minutes", minutes, maximum: longestMinutes)
        let items = decisionLines(decisions)
        if items.count > mostDecisions { validator.check("decisions", .tooLarge(maximum: mostDecisions)) }
        for (index, item) in items.enumerated() where item.count > 500 {
            validator.check("decisions[\(index)]", .tooLong(maximum: 500))
        }
        return (minutes.trimmingCharacters(in: .whitespacesAndNewlines), items)
    }

    /// Decisions as typed in a text box, one a line.
    public static func decisionLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A joint meeting as the office writes it down.
public struct NewJointMeeting: Sendable, Equatable {
    public var agreementID: String?
    public var heldOn: String
    public var topic: String
    /// The partners who attended besides the agreement's own.
    public var partnerIDs: [String]
    public var minutes: String
    /// One decision a line.
    public var decisions: String

    public init(agreementID: String?, heldOn: String, topic: String, partnerIDs: [String], minutes: String, decisions: String) {
        self.agreementID = agreementID
        self.heldOn = heldOn
        self.topic = topic
        self.partnerIDs = partnerIDs
        self.minutes = minutes
        self.decisions = decisions
    }

    /// The meeting with an empty id, or every problem at once. `agreementPartnerID` is the partner of the agreement
    /// named, who attends by definition; a meeting needs at least one partner. It has been held: not after today,
    /// nor more than a year ago.
    public func validate(communityCode: String, agreementPartnerID: String?, today: CalendarDay) throws(ValidationFailure) -> JointMeeting {
        var validator = Validator()
        validator.text("topic", topic, maximum: 100)
        let day = validator.day("heldOn", heldOn)
        if let day, day > today { validator.check("heldOn", .dateFormat) }
        if let day, day < today.adding(days: -JointMeeting.longestAgo) {
            validator.check("heldOn", .tooLongAgo(maximumDays: JointMeeting.longestAgo))
        }
        let (text, items) = JointMeeting.minutesAndDecisions(minutes, decisions, into: &validator)
        var partners: [String] = agreementPartnerID.map { [$0] } ?? []
        for id in partnerIDs.map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty && !partners.contains(id) {
            partners.append(id)
        }
        if partners.isEmpty { validator.check("partnerIDs", .required) }
        try validator.throwIfAny()
        let agreement = agreementID?.trimmingCharacters(in: .whitespaces) ?? ""
        return JointMeeting(
            id: "", communityCode: communityCode, agreementID: agreement.isEmpty ? nil : agreement, heldOn: day!,
            topic: topic.trimmingCharacters(in: .whitespaces), partnerIDs: partners, minutes: text, decisions: items)
    }
}
