import DoorstepCore
import DoorstepStore

/// A small fixed territory for tests: one street, two communities, two grids in the first and one in the second,
/// and one account per role, each scoped as the demo scopes them, plus a second grid worker in another grid.
public struct TestTerritory: Sendable {
    public static let password = "Correct-Horse-9"
    public static let street = Street(code: "320106005", name: "测试街道")
    public static let communityA = Community(code: "320106005001", streetCode: "320106005", name: "甲社区")
    public static let communityB = Community(code: "320106005002", streetCode: "320106005", name: "乙社区")
    public static let gridA1 = Grid(code: "320106005001001", communityCode: "320106005001", name: "甲一网格")
    public static let gridA2 = Grid(code: "320106005001002", communityCode: "320106005001", name: "甲二网格")
    public static let gridB1 = Grid(code: "320106005002001", communityCode: "320106005002", name: "乙一网格")

    /// Each role with the scope its test account holds.
    public static let accounts: [(username: String, role: Role, scope: TerritoryScope)] = [
        ("street.admin", .streetAdmin, TerritoryScope(level: .street, code: street.code)),
        ("secretary", .communityAdmin, TerritoryScope(level: .community, code: communityA.code)),
        ("grid.worker", .gridWorker, TerritoryScope(level: .grid, code: gridA1.code)),
        ("party.member", .partyMember, TerritoryScope(level: .grid, code: gridA1.code)),
        ("volunteer", .volunteer, TerritoryScope(level: .community, code: communityA.code)),
        ("partner", .partner, TerritoryScope(level: .community, code: communityA.code)),
        ("resident", .resident, TerritoryScope(level: .grid, code: gridA1.code)),
        ("auditor", .auditor, TerritoryScope(level: .street, code: street.code)),
        ("grid.worker.b", .gridWorker, TerritoryScope(level: .grid, code: gridB1.code)),
    ]

    /// What each test account may see of the grids: the expectation every scope test checks against.
    public static let visibleGrids: [String: Set<String>] = [
        "street.admin": [gridA1.code, gridA2.code, gridB1.code],
        "secretary": [gridA1.code, gridA2.code],
        "grid.worker": [gridA1.code],
        "party.member": [gridA1.code],
        "volunteer": [gridA1.code, gridA2.code],
        "partner": [gridA1.code, gridA2.code],
        "resident": [gridA1.code],
        "auditor": [gridA1.code, gridA2.code, gridB1.code],
        "grid.worker.b": [gridB1.code],
    ]

    public let store: Store
    public private(set) var byUsername: [String: Account] = [:]

    /// Creates the territory and accounts in `store`.
    public static func make(in store: Store) async throws -> TestTerritory {
        try await store.territory.create(street, operatorName: "test")
        for community in [communityA, communityB] { try await store.territory.create(community, operatorName: "test") }
        for grid in [gridA1, gridA2, gridB1] { try await store.territory.create(grid, operatorName: "test") }
        var territory = TestTerritory(store: store)
        for (username, role, scope) in accounts {
            let account = try await store.accounts.createFromCommandLine(
                NewAccount(username: username, displayName: username, role: role, scope: scope, password: password),
                operatorName: "test")
            territory.byUsername[username] = account
        }
        return territory
    }

    /// Turns on two-step verification for a test account as a person would (begin, then confirm with the current
    /// code) and moves the clock past that code's step, so the next code is fresh.
    public func enrolTwoFactor(_ username: String, clock: TestClock) async throws -> TOTP {
        let principal = principal(username)
        let totp = try await store.accounts.beginTwoFactor(for: principal)
        try await store.accounts.confirmTwoFactor(code: totp.code(step: TOTP.stepNumber(at: clock.now)), for: principal)
        clock.advance(by: 30)
        return totp
    }

    /// The principal of a test account; `enrolled` as if it had turned on two-step verification, which
    /// administrators need before changing anything.
    public func principal(_ username: String, enrolled: Bool = false) -> Principal {
        var principal = byUsername[username]!.principal
        if enrolled { principal.twoFactorEnabled = true }
        return principal
    }
}
