import DoorstepCore
import DoorstepStore

/// Party work's fixture on top of `TestTerritory`: a branch for the first grid with three members — the one the
/// `party.member` account signs in as (a hub leading three households of 5号楼), an officer signing in as
/// `branch.officer`, and one without an account.
public struct TestParty: Sendable {
    public let branch: PartyOrg
    public let member: PartyMember
    public let officer: PartyMember
    public let other: PartyMember
    /// The hub's own household first, then the three it leads.
    public let households: [Household]
    public let officerAccount: Account

    public static func make(in territory: TestTerritory) async throws -> TestParty {
        let store = territory.store
        let admin = territory.principal("secretary", enrolled: true)
        let building = try await store.buildings.createBuilding(
            gridCode: TestTerritory.gridA1.code, name: "5号楼", address: "甲路 5 号", latitude: nil, longitude: nil, by: admin)
        var households: [Household] = []
        for room in ["101", "102", "201", "202"] {
            households.append(try await store.buildings.createHousehold(buildingID: building.id, unit: "1单元", room: room, by: admin))
        }
        let committee = try await store.party.createOrg(
            kind: .workCommittee, name: "党工委", parentID: nil, territoryCode: TestTerritory.street.code,
            by: territory.principal("street.admin", enrolled: true))
        let community = try await store.party.createOrg(
            kind: .communityCommittee, name: "社区党委", parentID: committee.id, territoryCode: TestTerritory.communityA.code, by: admin)
        let branch = try await store.party.createOrg(
            kind: .gridBranch, name: "第一网格党支部", parentID: community.id, territoryCode: TestTerritory.communityA.code,
            gridCodes: [TestTerritory.gridA1.code], by: admin)
        let resident = try await store.residents.create(
            try ResidentInput(
                householdID: households[0].id, name: "周德华", idNumber: "11010519491231002X", relationToHead: "户主",
                residenceStatus: "registered"
            ).validated(), by: admin)
        func add(_ name: String, resident: String?, joined: String) async throws -> PartyMember {
            try await store.party.addMember(
                orgID: branch.id, name: name, residentID: resident, dualCheckIn: resident == nil, status: .full,
                employment: .retired, joinedOn: joined, by: admin)
        }
        let member = try await add("周德华", resident: resident.id, joined: "1975-07-01")
        let officer = try await add("吴晓", resident: nil, joined: "2010-07-01")
        let other = try await add("李卫国", resident: nil, joined: "1960-07-01")
        let officerAccount = try await store.accounts.createFromCommandLine(
            NewAccount(
                username: "branch.officer", displayName: "吴晓", role: .partyMember,
                scope: TerritoryScope(level: .grid, code: TestTerritory.gridA1.code), password: TestTerritory.password),
            operatorName: "test")
        try await store.party.linkAccount(memberID: member.id, username: "party.member", by: admin)
        try await store.party.linkAccount(memberID: officer.id, username: "branch.officer", by: admin)
        try await store.party.setOfficer(memberID: officer.id, true, by: admin)
        let hub = try await store.hubs.createHub(memberID: member.id, by: admin)
        try await store.hubs.link(householdIDs: households[1...3].map(\.id), to: hub.id, by: admin)
        return TestParty(
            branch: branch, member: member, officer: officer, other: other, households: households, officerAccount: officerAccount)
    }

    /// A rule of the first community's catalogue, as a test writes it.
    public static func rule(_ item: String, _ points: Int, _ trigger: PointTrigger, cap: Int? = nil, evidence: Bool = false) -> PointRule {
        PointRule(
            id: "", communityCode: TestTerritory.communityA.code, item: item, points: points, capPerYear: cap, trigger: trigger,
            evidenceRequired: evidence)
    }
}
