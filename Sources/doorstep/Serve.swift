import ArgumentParser
import DoorstepCore
import DoorstepServer
import DoorstepStore
import Foundation
import Hummingbird
import Logging

/// `doorstep serve`: apply migrations, optionally fill a demo, and serve until SIGTERM or SIGINT, finishing the
/// requests in flight before exiting 0.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web pages and the API.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on.")
    var host: String = ProcessInfo.processInfo.environment["DOORSTEP_HOST"] ?? "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = Int(ProcessInfo.processInfo.environment["DOORSTEP_PORT"] ?? "") ?? 8080

    @Flag(help: "On an empty database, create a demo street with two communities and one account per role.")
    var demo = false

    @Flag(help: "Always mark cookies Secure (when TLS ends in front of Doorstep without X-Forwarded-Proto).")
    var secureCookies = false

    func run() async throws {
        // Operators often pipe the output to a log; line buffering keeps the printed accounts from waiting there.
        setvbuf(stdout, nil, _IOLBF, 0)
        let logger = database.logger("doorstep")
        var configuration = AppConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.database = try database.location()
        configuration.secureCookies = secureCookies
        configuration.store = Settings.fromEnvironment()

        let db = try await Database.open(configuration.database, logger: logger)
        let store = Store(database: db, settings: configuration.store)
        let app = buildApplication(configuration: configuration, store: store, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            // PostgreSQL's pool only connects while the database service runs, so migrations wait for the app's
            // services to start; on SQLite they could run at once, but one path keeps both engines alike.
            group.addTask { try await app.runService() }
            do {
                let applied = try await Migrator.migrate(db)
                for name in applied { logger.info("migration applied: \(name)") }
                if demo { try await seedDemo(store: store) }
                print("Doorstep is serving on http://\(host):\(port)/ (\(configuration.database))")
            } catch {
                group.cancelAll()
                throw error
            }
            try await group.waitForAll()
        }
    }

    private func seedDemo(store: Store) async throws {
        let password = ProcessInfo.processInfo.environment["DOORSTEP_DEMO_PASSWORD"] ?? DemoSeeder.generatePassword()
        guard let demo = try await DemoSeeder(store: store).seedIfEmpty(password: password) else {
            print("The database already holds territory: the demo was not added. Sign in with your own accounts.")
            return
        }
        printDemo(demo)
    }
}

/// Store settings that operators may change through the environment.
enum Settings {
    static func fromEnvironment() -> Store.Settings {
        let environment = ProcessInfo.processInfo.environment
        var settings = Store.Settings()
        if let cost = environment["DOORSTEP_BCRYPT_COST"].flatMap(UInt8.init) { settings.passwordHasher = PasswordHasher(cost: cost) }
        if let failures = environment["DOORSTEP_LOCKOUT_FAILURES"].flatMap(Int.init) { settings.loginThrottle.maximumFailures = failures }
        if let minutes = environment["DOORSTEP_LOCKOUT_WINDOW_MINUTES"].flatMap(Int.init) {
            settings.loginThrottle.window = .seconds(minutes * 60)
        }
        if let minutes = environment["DOORSTEP_LOCKOUT_MINUTES"].flatMap(Int.init) {
            settings.loginThrottle.lockDuration = .seconds(minutes * 60)
        }
        if let minutes = environment["DOORSTEP_SESSION_IDLE_MINUTES"].flatMap(Int.init) {
            settings.sessionIdleTimeout = .seconds(minutes * 60)
        }
        return settings
    }
}
