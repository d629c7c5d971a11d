import DoorstepCore
import DoorstepStore
import DoorstepTestSupport
import Foundation
import SQLKit
import Testing

@Suite("Keys and sealed values at rest")
struct KeyTests {
    static func temporaryKeyFile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doorstep-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("doorstep.key").path
    }

    @Test("the key file is created with mode 0600 and read back the same")
    func keyFile() throws {
        let path = try Self.temporaryKeyFile()
        let first = try KeySource(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let second = try KeySource(path: path)
        let sealed = try first.current.seal("secret", context: "t.c")
        #expect(try second.current.open(sealed, context: "t.c") == "secret")
    }

    @Test("a two-factor secret is sealed in the database; rotation re-seals it and other instances keep reading", arguments: TestEngine.available)
    func rotation(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database in
            let path = try Self.temporaryKeyFile()
            var settings = testSettings()
            settings.keys = try KeySource(path: path)
            let store = Store(database: database, settings: settings)
            // A second server on the same database and key file, started before the rotation.
            var otherSettings = testSettings()
            otherSettings.keys = try KeySource(path: path)
            let other = Store(database: database, settings: otherSettings)

            let territory = try await TestTerritory.make(in: store)
            let secretary = territory.principal("secretary")
            let totp = try await store.accounts.beginTwoFactor(for: secretary)
            let raw = try await database.read { sql in
                try await sql.raw("SELECT totp_secret FROM accounts WHERE id = \(bind: secretary.accountID)").first()!
                    .decode(column: "totp_secret", as: String.self)
            }
            #expect(!raw.contains(totp.secret))
            #expect(raw.hasPrefix("v1:k1:"))

            #expect(try await store.keyRotation.rotate(batchSize: 2) == 1)
            let resealed = try await database.read { sql in
                try await sql.raw("SELECT totp_secret FROM accounts WHERE id = \(bind: secretary.accountID)").first()!
                    .decode(column: "totp_secret", as: String.self)
            }
            #expect(resealed.hasPrefix("v1:k2:"))
            #expect(try await other.accounts.pendingTwoFactor(for: secretary)?.secret == totp.secret)
            #expect(try await store.keyRotation.rotate() == 1)
        }
    }
}
