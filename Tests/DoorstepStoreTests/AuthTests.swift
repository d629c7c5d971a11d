import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import Testing

@Suite("Sign-in, slowing, second factor")
struct AuthTests {
    @Test("after five failures each further try for the username waits, doubling to a minute; the owner is slowed, never locked out",
          arguments: TestEngine.available)
    func slowedNotLocked(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            _ = try await TestTerritory.make(in: store)
            for attempt in 1...5 {
                let outcome = try await store.auth.authenticate(username: "grid.worker", password: "wrong-\(attempt)", clientAddress: "10.0.0.\(attempt)")
                #expect(outcome == .invalidCredentials)
            }
            // Even the right password waits its turn, and from any address: the wait is the username's.
            let during = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: "10.9.9.9")
            #expect(during == .throttled(until: clock.now.addingTimeInterval(1)))
            // Each further failure doubles the wait, never beyond a minute.
            var waits: [TimeInterval] = []
            for _ in 1...8 {
                guard case .throttled(let until) = try await store.auth.authenticate(username: "grid.worker", password: "x", clientAddress: nil)
                else { Issue.record("a try before the wait is over is refused"); return }
                waits.append(until.timeIntervalSince(clock.now))
                clock.advance(by: until.timeIntervalSince(clock.now))
                #expect(try await store.auth.authenticate(username: "grid.worker", password: "wrong", clientAddress: "10.0.1.1") == .invalidCredentials)
            }
            #expect(waits == [1, 2, 4, 8, 16, 32, 60, 60])
            clock.advance(by: 60)
            guard case .succeeded(let account) = try await store.auth.authenticate(username: "grid.worker", password: TestTerritory.password, clientAddress: nil)
            else { Issue.record("the owner gets in after the longest wait"); return }
            #expect(account.username == "grid.worker")
            let actions = try await store.audit.entries(for: TestTerritory.streetAdminForAudit(store), limit: 200).compactMap(\.action)
            #expect(actions.filter { $0 == .signInThrottled }.count == 1)
            #expect(!actions.contains(.accountLocked))
        }
    }

    @Test("an unknown username, a disabled account and a real one answer alike until the password is right",
          arguments: TestEngine.available)
    func noOracle(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            let territory = try await TestTerritory.make(in: store)
            let admin = territory.principal("street.admin", enrolled: true)
            try await store.accounts.setDisabled(true, id: territory.byUsername["volunteer"]!.id, by: admin)
            for name in ["nobody.here", "volunteer", "resident"] {
                var outcomes: [LoginOutcome] = []
                for _ in 1...6 {
                    outcomes.append(try await store.auth.authenticate(username: name, password: "wrong-password", clientAddress: name))
                }
                #expect(outcomes == Array(repeating: .invalidCredentials, count: 5) + [.throttled(until: clock.now.addingTimeInterval(1))], "\(name)")
            }
            clock.advance(by: 2)
            #expect(try await store.auth.authenticate(username: "volunteer", password: TestTerritory.password, clientAddress: nil) == .disabled,
                    "disabled is told only to someone who knows the password")
        }
    }

    @Test("many usernames tried from one address slow that address, not the accounts", arguments: TestEngine.available)
    func perAddress(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let clock = TestClock()
            let store = Store(database: database, settings: testSettings(), clock: clock.closure)
            _ = try await TestTerritory.make(in: store)
            for index in 1...20 {
                #expect(try await store.auth.authenticate(username: "guess\(index)", password: "x", clientAddress: "203.0.113.9") == .invalidCredentials)
            }
            #expect(try await store.auth.authenticate(username: "resident", password: TestTerritory.password, clientAddress: "203.0.113.9")
                    == .throttled(until: clock.now.addingTimeInterval(1)))
            guard case .succeeded = try await store.auth.authenticate(username: "resident", password: TestTerritory.password, clientAddress: "198.51.100.7")
            else { Issue.record("the owner signs in from their own address"); return }
        }
    }

    @Test("failures spread beyond the window do not slow", arguments: TestEngine.available)
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
    @Test("wrong one-time codes slow further tries like wrong passwords", arguments: TestEngine.available)
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
            #expect(outcomes.allSatisfy { $0 == .rejected })
            let right = totp.code(step: TOTP.stepNumber(at: clock.now))
            #expect(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: right, clientAddress: nil)
                    == .throttled(until: clock.now.addingTimeInterval(1)))
            clock.advance(by: 1)
            #expect(try await store.auth.verifySecondFactor(accountID: secretary.accountID, code: right, clientAddress: nil) == .accepted)
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
