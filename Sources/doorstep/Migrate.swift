import ArgumentParser
import DoorstepStore

/// `doorstep migrate`: apply pending migrations and exit.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let logger = database.logger("doorstep")
        let settings = try Settings.fromEnvironment()
        let upgrade = try await Database.withOpened(try database.location(), logger: logger) { db in
            try await Store(database: db, settings: settings).upgrade()
        }
        print(
            upgrade.applied.isEmpty
                ? CLILanguage.say("cli_up_to_date")
                : upgrade.applied.map { CLILanguage.say("cli_applied", ["name": "\($0)"]) }.joined(separator: "\n"))
        if upgrade.birthDatesSealed > 0 { print(CLILanguage.say("cli_birth_dates_sealed", ["n": String(upgrade.birthDatesSealed)])) }
    }
}
