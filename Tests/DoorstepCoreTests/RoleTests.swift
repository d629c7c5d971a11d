import Testing

@testable import DoorstepCore

@Suite("Roles and accounts")
struct RoleTests {
    let communityAdmin = Principal(
        accountID: "a", username: "sec", displayName: "书记", role: .communityAdmin,
        scope: TerritoryScope(level: .community, code: "320106005001"), twoFactorEnabled: true)

    @Test("administrators must enrol a second factor before changing anything")
    func twoFactorRule() {
        var admin = communityAdmin
        admin.twoFactorEnabled = false
        #expect(!admin.mayChange)
        let worker = Principal(
            accountID: "b", username: "w", displayName: "w", role: .gridWorker,
            scope: TerritoryScope(level: .grid, code: "320106005001001"), twoFactorEnabled: false)
        #expect(worker.mayChange)
    }

    @Test("a community admin cannot grant a street role or a scope outside the community")
    func grants() {
        let new = NewAccount(
            username: "zhang.san", displayName: "张三", role: .streetAdmin,
            scope: TerritoryScope(level: .street, code: "320106005"), password: "Abcdefg1")
        #expect(throws: ValidationFailure([FieldError("role", .roleNotAssignable), FieldError("scope", .outsideYourScope)])) {
            try new.validate(grantedBy: communityAdmin)
        }
    }

    @Test("every bad field is reported at once")
    func allFields() {
        let new = NewAccount(
            username: "Zhang San", displayName: " ", role: .gridWorker,
            scope: TerritoryScope(level: .community, code: "320106005001"), password: "short")
        do {
            try new.validate()
            Issue.record("validation passed")
        } catch {
            #expect(error.errors.map(\.field) == ["username", "displayName", "password", "scope"])
            #expect(error.errors[3].problem == .scopeNotAllowedForRole(role: .gridWorker))
        }
    }

    @Test("each role's scope levels", arguments: Role.allCases)
    func scopeLevels(role: Role) {
        #expect(!role.allowedScopeLevels.isEmpty)
        if role == .gridWorker { #expect(role.allowedScopeLevels == [.grid]) }
    }

    @Test("Accept-Language picks Chinese or English by preference")
    func languages() {
        #expect(Language.preferred(fromAcceptLanguage: "en-US,en;q=0.9,zh-CN;q=0.8") == .en)
        #expect(Language.preferred(fromAcceptLanguage: "fr, zh-TW;q=0.5") == .zhCN)
        #expect(Language.preferred(fromAcceptLanguage: "fr") == nil)
        #expect(Language.preferred(fromAcceptLanguage: "en;q=0.3, zh;q=0.9") == .zhCN)
    }
}
