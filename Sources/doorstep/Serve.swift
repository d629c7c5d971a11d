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
        FreedMemory.keptNearby()
        let logger = database.logger("doorstep")
        var configuration = AppConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.database = try database.location()
        configuration.secureCookies = secureCookies
        configuration.store = try Settings.fromEnvironment()
        if let seconds = ProcessInfo.processInfo.environment["DOORSTEP_CASE_CLOCK_SECONDS"].flatMap(Int.init), seconds > 0 {
            configuration.caseClockInterval = .seconds(seconds)
        }

        let db = try await Database.open(configuration.database, logger: logger)
        let replica = try await openReplica(primary: configuration.database, logger: logger)
        let store = Store(database: db, replica: replica, settings: configuration.store)
        let (host, port, demo) = (host, port, demo)
        let location = configuration.database
        let app = buildApplication(configuration: configuration, store: store, logger: logger) {
            if demo { try await seedDemo(store: store) }
            print(CLILanguage.say("cli_serving", ["host": host, "port": String(port), "location": "\(location)"]))
            // Operators often send the output to a log; flush so the address and accounts are there at once.
            fflush(nil)
        }
        try await app.runService()
    }

    /// `DATABASE_REPLICA_URL`, a streaming replica of the PostgreSQL database the figures are counted on.
    private func openReplica(primary: DatabaseLocation, logger: Logger) async throws -> Database? {
        guard let url = ProcessInfo.processInfo.environment["DATABASE_REPLICA_URL"], !url.isEmpty else { return nil }
        let location: DatabaseLocation
        do {
            location = try DatabaseLocation(parsing: url)
        } catch {
            throw ValidationError(error.description)
        }
        guard case .postgres = location, case .postgres = primary else {
            throw CLILanguage.refusal("cli_replica_postgres", [:])
        }
        return try await Database.open(location, logger: logger)
    }

    private func seedDemo(store: Store) async throws {
        let password = ProcessInfo.processInfo.environment["DOORSTEP_DEMO_PASSWORD"] ?? DemoSeeder.generatePassword()
        guard let demo = try await DemoSeeder(store: store).seedIfEmpty(password: password, yearOfWork: demoYearOfWork) else {
            print(CLILanguage.say("cli_demo_not_added"))
            return
        }
        printDemo(demo)
    }
}

