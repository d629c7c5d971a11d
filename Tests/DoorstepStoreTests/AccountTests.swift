import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Accounts")
struct AccountTests {
    @Test("a new account is refused with every bad field named, and nothing is written", arguments: TestEngine.available)
    func refusals(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary", enrolled: true)
            let before = try await store.accounts.list(for: secretary).count
            await #expect(throws: ValidationFailure([
                FieldError("password", .tooFewCharacterClasses(minimum: 3)),
                FieldError("role", .roleNotAssignable),
                FieldError("scope", .outsideYourScope),
            ])) {
                try await store.accounts.create(
                    NewAccount(username: "li.si", displayName: "李四", role: .streetAdmin,
                               scope: TerritoryScope(level: .street, code: TestTerritory.street.code), password: "abcdefgh"),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("username", .alreadyExists)])) {
                try await store.accounts.create(
                    NewAccount(username: "grid.worker", displayName: "重名", role: .gridWorker,
                               scope: TerritoryScope(level: .grid, code: TestTerritory.gridA1.code), password: "Abcdefg1"),
                    by: secretary)
            }
            await #expect(throws: ValidationFailure([FieldError("scope", .notFound)])) {
                try await store.accounts.create(
                    NewAccount(username: "ghost", displayName: "无网格", role: .gridWorker,
                               scope: TerritoryScope(level: .grid, code: "320106005001099"), password: "Abcdefg1"),
                    by: secretary)
            }
            #expect(try await store.accounts.list(for: secretary).count == before)
        }
    }

    @Test("role and scope changes are audited with old and new values and end the sessions", arguments: TestEngine.available)
    func roleChange(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary", enrolled: true)
            let resident = territory.byUsername["resident"]!
            let token = try await store.sessions.open(for: resident)
            let changed = try await store.accounts.changeRole(
                id: resident.id, to: .volunteer, scope: TerritoryScope(level: .community, code: TestTerritory.communityA.code),
                by: secretary)
            #expect(changed.role == .volunteer)
            #expect(try await store.sessions.session(token: token) == nil)
            let rows = try await store.audit.entries(for: secretary, limit: 10)
            let role = rows.first { $0.action == .roleChanged }
            #expect(role?.detail == #"{"from":"resident","to":"volunteer"}"#)
            #expect(rows.contains { $0.action == .scopeChanged })
            await #expect(throws: StoreError.notFound) {
                try await store.accounts.changeRole(
                    id: territory.byUsername["grid.worker.b"]!.id, to: .gridWorker,
                    scope: TerritoryScope(level: .grid, code: TestTerritory.gridA1.code), by: secretary)
            }
        }
    }

    @Test("password change checks the current password and the policy", arguments: TestEngine.available)
    func passwordChange(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            let territory = try await TestTerritory.make(in: store)
            let worker = territory.principal("grid.worker")
            await #expect(throws: ValidationFailure([FieldError("newPassword", .tooShort(minimum: 8)), FieldError("currentPassword", .mismatch)])) {
                try await store.accounts.changePassword(for: worker, current: "wrong", new: "short")
            }
            try await store.accounts.changePassword(for: worker, current: TestTerritory.password, new: "New-Password-1")
            #expect(try await store.auth.authenticate(username: "grid.worker", password: "New-Password-1", clientAddress: nil) != .invalidCredentials)
            try await store.accounts.resetPassword(username: "grid.worker", to: "Reset-Password-2", operatorName: "cli")
            #expect(try await store.auth.authenticate(username: "grid.worker", password: "New-Password-1", clientAddress: nil) == .invalidCredentials)
        }
    }
}

@Suite("Unlocking and disabling accounts")
struct AccountAdministrationTests {
    @Test("an administrator clears failed sign-ins and disables at once; both are audited", arguments: TestEngine.available)
    func unlockAndDisable(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            // A clock that stands still: the first wait is a second, which a busy machine could let pass.
            let store = Store(database: database, settings: testSettings(), clock: TestClock().closure)
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary", enrolled: true)
            let worker = territory.byUsername["grid.worker"]!
            for _ in 1...5 { _ = try await store.auth.authenticate(username: "grid.worker", password: "wrong", clientAddress: nil) }
            guard case .throttled = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil)
            else { Issue.record("not slowed"); return }
            try await store.accounts.unlock(id: worker.id, by: secretary)
            guard case .succeeded = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil)
            else { Issue.record("still slowed"); return }

            let session = try await store.sessions.open(for: worker)
            let (_, token) = try await store.tokens.create(for: worker, name: "t", clientAddress: nil)
            try await store.accounts.setDisabled(true, id: worker.id, by: secretary)
            #expect(try await store.sessions.session(token: session) == nil)
            #expect(try await store.tokens.principal(bearer: token) == nil)
            #expect(try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil) == .disabled)
            try await store.accounts.setDisabled(false, id: worker.id, by: secretary)
            #expect(try await store.tokens.principal(bearer: token) == nil, "re-enabling does not bring a revoked token back")

            await #expect(throws: StoreError.notFound) {
                try await store.accounts.setDisabled(true, id: territory.byUsername["grid.worker.b"]!.id, by: secretary)
            }
            await #expect(throws: StoreError.twoFactorRequired) {
                try await store.accounts.unlock(id: worker.id, by: territory.principal("secretary"))
            }
            let actions = try await store.audit.entries(for: secretary, limit: 10).compactMap(\.action)
            #expect(Array(actions.prefix(3)) == [.accountEnabled, .accountDisabled, .tokenCreated])
            #expect(actions.contains(.accountUnlocked))
        }
    }
}
