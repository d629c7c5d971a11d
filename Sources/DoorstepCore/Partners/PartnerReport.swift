/// What a partner has done with the community, counted from its records (S12, S13): the report the partner and the
/// community office both read.
public struct PartnerReport: Sendable, Codable, Equatable {
    public var partner: Partner
    public var agreements: [Agreement]
    /// 在职党员双报到: the partner's employed members who reported to the community.
    public var reportedMembers: [ReportedMember]
    public var resources: [PartnerResource]
    public var projects: [Project]

    public init(
        partner: Partner, agreements: [Agreement], reportedMembers: [ReportedMember], resources: [PartnerResource],
        projects: [Project]
    ) {
        self.partner = partner
        self.agreements = agreements
        self.reportedMembers = reportedMembers
        self.resources = resources
        self.projects = projects
    }

    public var commitments: [Commitment] { agreements.flatMap(\.commitments) }
    public var commitmentsFulfilled: Int { commitments.filter { $0.fulfilledOn != nil }.count }
    public var peopleReached: Int { projects.map(\.peopleReached).reduce(0, +) }
    public var targetPeople: Int { projects.map(\.targetPeople).reduce(0, +) }
}
