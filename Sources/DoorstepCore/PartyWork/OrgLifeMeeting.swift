/// The kinds of organisational life (三会一课 and the theme Party day).
public enum OrgLifeKind: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    /// 支部党员大会
    case branchAssembly
    /// 支部委员会
    case committeeMeeting
    /// 党小组会
    case groupMeeting
    /// 党课
    case partyLecture
    /// 主题党日
    case themePartyDay
}

/// How a member stood at a meeting.
public enum AttendanceStatus: String, Sendable, Codable, CaseIterable, NamedValues, Hashable {
    case present
    /// Absent with leave asked beforehand (请假), with the reason.
    case leave
    /// Absent without leave.
    case absent
}

/// One meeting or lecture of an organisation: scheduled, then held with its attendance and minutes. A lecture's
/// text (this lecture is one) is its minutes.
public struct OrgLifeMeeting: Sendable, Codable, Equatable, Hashable {
    /// The most photos or scans a meeting's minutes keep.
    public static let maximumAttachments = 9

    public struct Attendance: Sendable, Codable, Equatable, Hashable {
        public var memberID: String
        public var memberName: String
        public var status: AttendanceStatus
        public var reason: String

        public init(memberID: String, memberName: String, status: AttendanceStatus, reason: String) {
            self.memberID = memberID
            self.memberName = memberName
            self.status = status
            self.reason = reason
        }
    }

    public var id: String
    public var orgID: String
    public var kind: OrgLifeKind
    public var title: String
    /// `YYYY-MM-DD`.
    public var heldOn: String
    public var place: String
    public var minutes: String
    /// Each member of the organisation once the roll is taken; members not yet marked are not listed.
    public var attendance: [Attendance]
    public var attachmentIDs: [String]

    public init(
        id: String, orgID: String, kind: OrgLifeKind, title: String, heldOn: String, place: String, minutes: String,
        attendance: [Attendance] = [], attachmentIDs: [String] = []
    ) {
        self.id = id
        self.orgID = orgID
        self.kind = kind
        self.title = title
        self.heldOn = heldOn
        self.place = place
        self.minutes = minutes
        self.attendance = attendance
        self.attachmentIDs = attachmentIDs
    }

    /// Present members as a share of those expected (everyone marked, less those on leave), 0–1; nil before the roll.
    public var attendanceRate: Double? {
        let expected = attendance.filter { $0.status != .leave }.count
        guard expected > 0 else { return nil }
        return Double(attendance.filter { $0.status == .present }.count) / Double(expected)
    }
}
