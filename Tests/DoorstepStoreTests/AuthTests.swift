import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Sign-in, lockout, second factor")
struct AuthTests {
    @Test("five failures in the window lock the account until a time it reports", arguments: TestEngine.available)
    func lockout(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            _ = try await TestTerritory.make(in: store)
            for attempt in 1...4 {
                let outcome = try await store.auth.authenticate(username: "grid.worker", password: "wrong-\(attempt)", clientAddress: "127.0.0.1")
                #expect(outcome == .invalidCredentials)
                clock.advance(by: 60)
            }
            let fifth = try await store.auth.authenticate(username: "grid.worker", password: "wrong-5", clientAddress: nil)
            let until = clock.now.addingTimeInterval(15 * 60)
            guard case .locked(let reported) = fifth else {
                Issue.record("expected a lock, got \(fifth)")
                return
            }
            #expect(abs(reported.timeIntervalSince(until)) < 0.01)
            // Even the right password is refused while locked.
            let during = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil)
            #expect(during == .locked(until: reported))
            clock.advance(by: 15 * 60 + 1)
            let after = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil)
            guard case .succeeded(let account) = after else {
                Issue.record("expected success after the lock, got \(after)")
                return
            }
            #expect(account.username == "grid.worker")
            let actions = try await store.audit.entries(for: TestTerritory.streetAdminForAudit(store), limit: 200).compactMap(\.action)
            #expect(actions.filter { $0 == .loginFailed }.count == 5)
            #expect(actions.filter { $0 == .accountLocked }.count == 1)
        }
    }

    @Test("failures spread beyond the window do not lock", arguments: TestEngine.available)
    func window(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            _ = try await TestTerritory.make(in: store)
            for _ in 1...8 {
                let outcome = try await store.auth.authenticate(username: "resident", password: "nope-nope", clientAddress: nil)
                #expect(outcome == .invalidCredentials)
                clock.advance(by: 4 * 60)
            }
        }
    }

    @Test("an unknown username fails like a wrong password and is audited", arguments: TestEngine.available)
    func unknown(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            _ = try await TestTerritory.make(in: store)
            #expect(try await store.auth.authenticate(username: "nobody", password: "x", clientAddress: nil) == .invalidCredentials)
            #expect(try await store.audit.verify().isIntact)
        }
    }

    @Test("two-factor enrolment, then a code works once", arguments: TestEngine.available)
    func twoFactor(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary")
            await #expect(throws: StoreError.twoFactorRequired) {
                try await store.accounts.create(
                    NewAccount(username: "new.worker", displayName: "新网格员", role: .gridWorker,
                               scope: TerritoryScope(level: .grid, code: TestTerritory.gridA2.code), password: "Abcdefg1"),
                    by: secretary)
            }
            let totp = try await store.accounts.beginTwoFactor(for: secretary)
            await #expect(throws: ValidationFailure([FieldError("oneTimeCode", .invalidOneTimeCode)])) {
                try await store.accounts.confirmTwoFactor(code: "000000", for: secretary)
            }
            try await store.accounts.confirmTwoFactor(code: totp.code(step: TOTP.stepNumber(at: clock.now)), for: secretary)
            clock.advance(by: 30)
            let code = totp.code(step: TOTP.stepNumber(at: clock.now))
            #expect(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: code, clientAddress: nil) == .accepted)
            #expect(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: code, clientAddress: nil) == .rejected)
            var enrolled = secretary
            enrolled.twoFactorEnabled = true
            let created = try await store.accounts.create(
                NewAccount(username: "new.worker", displayName: "新网格员", role: .gridWorker,
                           scope: TerritoryScope(level: .grid, code: TestTerritory.gridA2.code), password: "Abcdefg1"),
                by: enrolled)
            #expect(created.scope.code == TestTerritory.gridA2.code)
        }
    }
}

extension TestTerritory {
    /// A street-level principal for reading the whole audit log in tests.
    static func streetAdminForAudit(_ store: Store) -> Principal {
        Principal(
            accountID: "test", username: "test", displayName: "test", role: .streetAdmin,
            scope: TerritoryScope(level: .street, code: street.code), twoFactorEnabled: true)
    }
}

@Suite("Second-factor failures and recovery")
struct SecondFactorTests {
    @Test("wrong one-time codes count toward the lock-out", arguments: TestEngine.available)
    func wrongCodesLock(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary")
            let totp = try await territory.enrolTwoFactor("secretary", clock: clock)
            var outcomes: [SecondFactorOutcome] = []
            for _ in 1...5 {
                outcomes.append(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: "000000", clientAddress: nil))
            }
            #expect(outcomes.prefix(4).allSatisfy { $0 == .rejected })
            #expect(outcomes.last == .locked(until: clock.now.addingTimeInterval(15 * 60)))
            let right = totp.code(step: TOTP.stepNumber(at: clock.now))
            #expect(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: right, clientAddress: nil) == .locked(until: clock.now.addingTimeInterval(15 * 60)))
        }
    }

    @Test("an operator resets a lost second factor; the person enrols again", arguments: TestEngine.available)
    func reset(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary")
            _ = try await territory.enrolTwoFactor("secretary", clock: clock)
            let session = try await store.sessions.open(for: try await store.accounts.account(id: secretary.accountID, for: secretary))
            try await store.accounts.resetTwoFactor(username: "secretary", operatorName: "cli")
            #expect(try await store.accounts.account(id: secretary.accountID, for: secretary).twoFactorEnabled == false)
            #expect(try await store.sessions.session(token: session) == nil)
            await #expect(throws: ValidationFailure([FieldError("username", .notFound)])) {
                try await store.accounts.resetTwoFactor(username: "nobody", operatorName: "cli")
            }
            let rows = try await store.audit.entries(for: TestTerritory.streetAdminForAudit(store), limit: 5)
            #expect(rows.first?.action == .twoFactorReset)
        }
    }

    @Test("changing a password ends the account's other sessions", arguments: TestEngine.available)
    func otherSessions(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let store = Store(database: database, settings: testSettings())
            let territory = try await TestTerritory.make(in: store)
            let account = territory.byUsername["volunteer"]!
            let here = try await store.sessions.open(for: account)
            let elsewhere = try await store.sessions.open(for: account)
            try await store.accounts.changePassword(
                for: account.principal, current: TestTerritory.password, new: "Changed-Pass-3", keepingSession: here)
            #expect(try await store.sessions.session(token: here) != nil)
            #expect(try await store.sessions.session(token: elsewhere) == nil)
        }
    }
}
