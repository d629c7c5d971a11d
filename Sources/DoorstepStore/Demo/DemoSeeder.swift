import DoorstepCore
import Foundation

/// One account the demo opened, for printing.
public struct DemoAccount: Sendable, Equatable {
    public var username: String
    public var displayName: String
    public var role: Role
    public var scope: TerritoryScope
}

/// What the demo created.
public struct DemoCommunity: Sendable {
    public var street: Street
    public var communities: [Community]
    public var grids: [Grid]
    public var accounts: [DemoAccount]
    public var password: String
    public var households: Int
    public var residents: Int
    public var partyMembers: Int
    /// The year of work written before today, when it was.
    public var year: DemoYearSummary? = nil
}

/// Fills an empty database with a demo street, two communities with their grids, and one account per role.
///
/// The street, its people and the set-up (rules, teams, partners, programmes) are written at the start of the demo's
/// year, eleven months before this month, through a store on the demo's own clock; then the year's work is walked day
/// by day to yesterday (`DemoYear`); then the current day's items are written with the real clock, as the pages and
/// the browser tests find them.
public struct DemoSeeder: Sendable {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Builds the demo, or returns nil when the database already holds territory (the demo never mixes with real
    /// data). Without `yearOfWork` the set-up and the current day are written, but not the year between them.
    public func seedIfEmpty(password: String, seed: UInt64 = 20261129, yearOfWork: Bool = true) async throws -> DemoCommunity? {
        guard try await store.territory.isEmpty() else { return nil }
        let today = CalendarDay(containing: Date())
        let clock = DemoClock(DemoYear.start(before: today))
        let past = store.at(clock.closure)
        // Everything up to the year's work is written at its start, so counts as at earlier days are right.
        let base = DemoSeeder(store: past)
        var names = DemoNames(seed: seed)
        // Names for what the demo gained with its year (more accounts), drawn apart so the street stays as it was.
        var more = DemoNames(seed: seed &+ 1)
        let street = names.street()
        let communities = names.communities(of: street, count: 2)
        let grids = communities.flatMap { names.grids(of: $0, count: 4) }
        try await past.territory.create(street, operatorName: "demo")
        for community in communities { try await past.territory.create(community, operatorName: "demo") }
        for grid in grids { try await past.territory.create(grid, operatorName: "demo") }

        let first = communities[0]
        let plan: [(String, Role, TerritoryScope)] = [
            ("street.admin", .streetAdmin, TerritoryScope(level: .street, code: street.code)),
            ("secretary", .communityAdmin, TerritoryScope(level: .community, code: first.code)),
            ("grid.worker", .gridWorker, TerritoryScope(level: .grid, code: grids[0].code)),
            ("grid.worker2", .gridWorker, TerritoryScope(level: .grid, code: grids[1].code)),
            ("party.member", .partyMember, TerritoryScope(level: .grid, code: grids[0].code)),
            ("volunteer", .volunteer, TerritoryScope(level: .community, code: first.code)),
            ("partner", .partner, TerritoryScope(level: .community, code: first.code)),
            ("resident", .resident, TerritoryScope(level: .grid, code: grids[0].code)),
            ("auditor", .auditor, TerritoryScope(level: .street, code: street.code)),
        ]
        var accounts: [DemoAccount] = []
        for (username, role, scope) in plan where role != .resident {
            let name = names.personName()
            // The member's account bears the name of the member it is linked to, made with the Party's accounts below;
            // its name is still drawn here so every name after it stays as it was.
            if username == "party.member" { continue }
            accounts.append(try await base.createAccount(username, name, role, scope, password: password))
        }
        // The second community's office and grid worker, before the grid workers are listed.
        var added = try await base.createSecondOffice(communities[1], grid: grids[4], password: password, names: &more)
        let admin = Principal(
            accountID: "demo", username: "demo", displayName: "demo", role: .streetAdmin,
            scope: TerritoryScope(level: .street, code: street.code), twoFactorEnabled: true)
        var residents = 0
        var households = 0
        var estate: Estate?
        for (index, grid) in grids.enumerated() {
            // Each community is a 2 × 2 block of grids; the two grids of a row share one estate.
            let place = DemoMap(community: index / 4, grid: index % 4)
            _ = try await past.territory.updateGrid(
                code: grid.code, name: grid.name, boundary: place.boundary, householdTarget: 260, by: admin)
            if index % 2 == 0 {
                let road = names.roadName()
                estate = try await past.estates.create(
                    communityCode: grid.communityCode, name: road + "小区", address: road + " 1 号", by: admin)
            }
            let (h, r) = try await base.seedRegistry(
                of: grid, place: place, estateID: estate?.id, county: String(street.code.prefix(6)), names: &names,
                by: admin)
            households += h
            residents += r
        }
        let members = try await base.seedParty(street: street, communities: communities, grids: grids, names: &names, by: admin)
        try await base.seedGridWorkersAndHubs(grids: grids, names: &names, by: admin)
        // The resident's account belongs to a registered resident of the first grid, so "My record" has a record.
        for (username, role, scope) in plan where role == .resident {
            guard let person = try await past.residents.list(for: admin, gridCode: grids[0].code, limit: 1).first else { continue }
            accounts.append(try await base.createAccount(username, person.name, role, scope, password: password))
            // Staff link an account by the ID number on the person's card; the demo reads it back, on the record.
            let idNumber = try await past.residents.reveal(
                .idNumber, of: person.id, reason: "演示数据：关联居民账号", by: admin)
            try await past.residents.linkAccount(username: username, idNumber: idNumber, toResident: person.id, by: admin)
        }
        added += try await base.createWorkAccounts(
            communities: communities, grids: grids, password: password, names: &more, by: admin)
        accounts += added

        // The set-up the year's work needs, once, at its start.
        let now = Date()
        try await DemoPartyWork(store: past, now: clock.now).setUp(community: first, grids: grids, by: admin)
        try await DemoPartyWork(store: past, now: clock.now).addRules(community: communities[1], managedBy: "secretary2", by: admin)
        try await DemoVolunteers(store: past, now: clock.now).setUp(community: first, by: admin)
        try await DemoTimeBank(store: past, now: clock.now).setUp(community: first, by: admin)
        try await DemoPartners(store: past, now: now).setUp(community: first, from: CalendarDay(containing: clock.now), by: admin)
        try await DemoCoBuilding(store: past, now: now).setUp(community: first, by: admin)
        let programmes = try await DemoProgrammes(store: past, now: now).setUp(
            community: first, from: CalendarDay(containing: clock.now), by: admin)
        var year: DemoYearSummary?
        if yearOfWork {
            year = try await DemoYear.walk(
                store: store, past: past, clock: clock, today: today, seed: seed, communities: communities, grids: grids,
                programmes: programmes)
        }

        // The current day, on the real clock: items at every stage, as the pages and the browser tests find them.
        _ = try await DemoCases(store: store, now: Date()).seed(community: first, grids: grids, by: admin)
        try await DemoPartyWork(store: store, now: Date()).seed(community: first, grids: grids, by: admin)
        try await DemoVolunteers(store: store, now: Date()).seed(community: first, by: admin)
        try await DemoTimeBank(store: store, now: Date()).seed(community: first, by: admin)
        try await DemoPartners(store: store, now: Date()).seed(community: first, grids: grids, yearOfWork: yearOfWork, by: admin)
        try await DemoCoBuilding(store: store, now: Date()).seed(community: first, grids: grids, by: admin)
        try await DemoProgrammes(store: store, now: Date()).seed(
            community: first, setUp: programmes, surveys: !yearOfWork, by: admin)
        return DemoCommunity(
            street: street, communities: communities, grids: grids, accounts: accounts, password: password,
            households: households, residents: residents, partyMembers: members, year: year)
    }

    func createAccount(_ username: String, _ name: String, _ role: Role, _ scope: TerritoryScope, password: String)
        async throws -> DemoAccount
    {
        _ = try await store.accounts.createFromCommandLine(
            NewAccount(username: username, displayName: name, role: role, scope: scope, password: password),
            operatorName: "demo")
        return DemoAccount(username: username, displayName: name, role: role, scope: scope)
    }

    /// A full-time worker per grid (the demo's grid-worker accounts where they exist) who leads it, two part-time
    /// workers, and two Party-member hubs per grid each leading ten households of its building.
    func seedGridWorkersAndHubs(
        grids: [Grid], names: inout DemoNames, by admin: Principal
    ) async throws {
        let accountsByGrid = try await store.accounts.list(for: admin).filter { $0.role == .gridWorker }
        for grid in grids {
            let account = accountsByGrid.first { $0.scope.code == grid.code }
            _ = try await store.gridWorkers.add(
                gridCode: grid.code, name: account?.displayName ?? names.personName(), accountID: account?.id,
                fullTime: true, isLeader: true, by: admin)
            for _ in 0..<2 {
                _ = try await store.gridWorkers.add(
                    gridCode: grid.code, name: names.personName(), accountID: nil, fullTime: false, isLeader: false, by: admin)
            }
            let residents = try await store.residents.list(for: admin, gridCode: grid.code, limit: 600)
            let households = Dictionary(uniqueKeysWithValues: residents.map { ($0.id, $0.householdID) })
            let members = try await store.party.members(for: admin).filter { $0.residentID.flatMap { households[$0] } != nil }
            var taken = Set<String>()
            var made = 0
            // Spouses may both be members: a household leads at most one hub.
            for member in members where made < 2 {
                guard let home = member.residentID.flatMap({ households[$0] }), !taken.contains(home) else { continue }
                made += 1
                let hub = try await store.hubs.createHub(memberID: member.id, by: admin)
                taken.insert(hub.householdID)
                for building in try await store.buildings.buildings(for: admin, gridCode: grid.code) {
                    let inBuilding = try await store.buildings.households(buildingID: building.id, for: admin).map(\.id)
                    guard inBuilding.contains(hub.householdID) else { continue }
                    let neighbours = inBuilding.filter { !taken.contains($0) }.prefix(10)
                    taken.formUnion(neighbours)
                    try await store.hubs.link(householdIDs: Array(neighbours), to: hub.id, by: admin)
                    break
                }
            }
        }
    }

    /// A working committee, a committee per community, a branch per grid with two building groups, and about
    /// eighteen members a grid drawn from its adult residents, plus a few employed members registering here (双报到).
    func seedParty(
        street: Street, communities: [Community], grids: [Grid], names: inout DemoNames, by admin: Principal
    ) async throws -> Int {
        let committee = try await store.party.createOrg(
            kind: .workCommittee, name: street.name + "党工委", parentID: nil, territoryCode: street.code, by: admin)
        var count = 0
        for community in communities {
            let communityOrg = try await store.party.createOrg(
                kind: .communityCommittee, name: community.name + "党委", parentID: committee.id,
                territoryCode: community.code, by: admin)
            for grid in grids where grid.communityCode == community.code {
                let branch = try await store.party.createOrg(
                    kind: .gridBranch, name: grid.name + "党支部", parentID: communityOrg.id, territoryCode: community.code,
                    gridCodes: [grid.code], by: admin)
                let buildings = try await store.buildings.buildings(for: admin, gridCode: grid.code)
                for (index, half) in [buildings.prefix(3), buildings.suffix(3)].enumerated() where !half.isEmpty {
                    _ = try await store.party.createOrg(
                        kind: .buildingGroup, name: "\(grid.name)第\(index + 1)党小组", parentID: branch.id,
                        territoryCode: community.code, buildingIDs: half.map(\.id), by: admin)
                }
                let adults = try await store.residents.list(for: admin, gridCode: grid.code, limit: 600)
                    .filter { ($0.birthYear ?? 9999) < 1998 }
                for resident in adults.shuffled(using: &names.generator).prefix(names.number(in: 16...20)) {
                    let born = resident.birthYear!
                    let joined = min(born + names.number(in: 22...40), 2025)
                    _ = try await store.party.addMember(
                        orgID: branch.id, name: resident.name, residentID: resident.id, dualCheckIn: false,
                        status: joined == 2025 && names.number(in: 0...2) == 0 ? .probationary : .full,
                        employment: born < 1966 ? .retired : .employed,
                        joinedOn: String(format: "%04d-%02d-01", joined, names.number(in: 1...12)), by: admin)
                    count += 1
                }
            }
            for _ in 0..<2 {
                let branch = try await store.party.orgs(for: admin).first {
                    $0.kind == .gridBranch && $0.territoryCode == community.code
                }!
                _ = try await store.party.addMember(
                    orgID: branch.id, name: names.personName(), residentID: nil, dualCheckIn: true, status: .full,
                    employment: .employed, joinedOn: String(format: "%04d-07-01", names.number(in: 1995...2020)), by: admin)
                count += 1
            }
        }
        return count
    }

    /// A password that meets the policy, for a demo whose operator did not choose one.
    public static func generatePassword() -> String {
        var generator = SystemRandomNumberGenerator()
        return "Demo-" + String(Int.random(in: 100_000...999_999, using: &generator))
    }
}
